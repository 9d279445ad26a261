#pragma once

#include "common/Result.h"
#include "report/Report.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// The payroll export (issue 5): core's payroll lines of a month, whoever added them, one row per
// line with the employee's staff number and name, as XLSX or CSV through the report toolkit.
class PayrollExport
{
    Q_DECLARE_TR_FUNCTIONS(PayrollExport)
public:
    PayrollExport(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    Result<Report> report(const Actor &actor, const QDate &month) const;
    static QString kindTitle(const QString &kind);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
