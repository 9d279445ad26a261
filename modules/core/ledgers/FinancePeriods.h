#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace shopdesk {

class Database;

// RULE FIN-03: finance closes a month for money entries through core's period lock; every area
// that writes money (cash journal, vouchers, advances, reimbursements, allowances) asks here
// first, inside its own write, so that a close on another PC is seen.
class FinancePeriods
{
    Q_DECLARE_TR_FUNCTIONS(FinancePeriods)
public:
    static inline const QString Kind = QStringLiteral("finance");
    // Success when `day`'s month is open; otherwise the translated refusal naming the month.
    static Status requireOpen(Database &db, const QDate &day);
};

} // namespace shopdesk
