#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace shopdesk {

// The resident identity card number (GB 11643-1999): 6 digits of region, the birth date as
// yyyyMMdd, 3 digits of sequence, and a check character (0-9 or X) over the first 17.
class IdCardNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdCardNumber)
public:
    // The birth date when the number is well formed, else what is wrong with it.
    static Result<QDate> check(const QString &number);
    static QChar checkCharacter(const QString &first17);
};

} // namespace shopdesk
