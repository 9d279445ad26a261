#pragma once

#include "common/Result.h"
#include "organisation/domain/Organisation.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QList>

namespace shopdesk {

class Clock;
class Database;

// The company's departments and who heads each: what a new company sets up on its first day
// (issue 19), before its employee list can name them and before approvals can reach a department
// head (LEAVE-02, APR-01). HR keeps it; every change is audited.
class OrgChart
{
    Q_DECLARE_TR_FUNCTIONS(OrgChart)
public:
    struct Row
    {
        Department department;
        QString headName; // empty: no head yet
        int people = 0;
    };

    OrgChart(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Row::people counts those on the staff: neither those who have left nor candidates.
    Result<QList<Row>> departments(const Actor &actor) const;
    // Everyone who may head a department: those on the staff.
    Result<QList<EmployeeSummary>> people(const Actor &actor) const;
    Result<qint64> add(const Actor &actor, const QString &name);
    Status rename(const Actor &actor, qint64 departmentId, const QString &name);
    // employeeId 0: the department has no head for now.
    Status setHead(const Actor &actor, qint64 departmentId, qint64 employeeId);

private:
    // The name as stored, or why it cannot be one (empty, too long, taken by another department).
    Result<QString> checkedName(const QString &name, qint64 departmentId) const;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
