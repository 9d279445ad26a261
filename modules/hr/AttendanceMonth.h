#pragma once

#include "common/Result.h"
#include "domain/AttendancePolicy.h"
#include "domain/AttendanceRules.h"
#include "organisation/domain/Organisation.h"
#include "users/domain/Permissions.h"

#include <optional>

namespace shopdesk {

class Clock;
class Database;

struct EmployeeMonth
{
    EmployeeSummary employee;
    QString departmentName;
    MonthOutcome outcome;
    QStringList changesAfterConfirmation; // what changed after HR confirmed the month
    // The disciplinary register's word on the month (HR-03): fines confirmed there, which may
    // differ from the engine's proposal once HR waived some.
    qint64 confirmedFinesFen = 0;
    bool registerDecided = false;
    double compTimeBalanceHours = 0; // the ledger at the month's last day (OT-02)
};

// One department's month as the report shows it (ATT-11).
struct AttendanceSheet
{
    QDate month; // the first day
    QString companyName;
    QString departmentName; // empty: every department
    QList<DayType> dayTypes; // one per day of the month
    QList<EmployeeMonth> employees;
    bool confirmed = false;
    QString confirmedAt;
};

// Gathers what the rules engine needs from the database (calendar, shifts, roster, punches,
// filings, findings, policy), judges each employee's month, and confirms months (core's period
// lock for attendance).
class AttendanceMonth
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceMonth)
public:
    AttendanceMonth(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // departmentId 0: everyone. `draft`: judge under this policy instead of the saved one
    // (the policy simulator).
    Result<AttendanceSheet> sheet(const Actor &actor, const QDate &month, qint64 departmentId = 0,
                                  const std::optional<AttendancePolicy> &draft = std::nullopt) const;
    // What the month and the roster choose from.
    Result<QList<Department>> departments(const Actor &actor) const;
    Result<QList<EmployeeSummary>> people(const Actor &actor, qint64 departmentId) const;
    // ATT-11: HR confirms a month once it is printed; later changes are flagged.
    Status confirm(const Actor &actor, const QDate &month);

private:
    Status addPayrollLines(const AttendanceSheet &sheet, const AttendancePolicy &policy, const QString &now);
    Status payOutExpiredCompTime(const QDate &month, qint64 employeeId, const AttendancePolicy &policy,
                                 const QString &source, const QString &now);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
