#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace shopdesk {

class Clock;

struct DemoOptions
{
    int employees = 40;
    int months = 3; // history the areas generate back from today (attendance, orders, ...)
    quint32 seed = 2026;
};

struct DemoSummary
{
    int departments = 0;
    int employees = 0;
    QStringList logins; // "admin / Admin2026", ...
};

// `shopdeskctl demo`: a realistic sample company, reproducible from its seed. Later areas add
// their own data here.
class DemoCompany
{
    Q_DECLARE_TR_FUNCTIONS(DemoCompany)

public:
    static Result<DemoSummary> create(const QString &path, const DemoOptions &options, const Clock &clock);
};

} // namespace shopdesk
