#pragma once

#include "common/Result.h"
#include "organisation/domain/Organisation.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace shopdesk {

class Database;

// The organisation chart approvals route through: departments with their heads, and each
// employee's direct supervisor.
class OrgRepository
{
public:
    explicit OrgRepository(Database &db) : m_db(db) {}

    Result<QList<Department>> departments() const;
    // Everyone on record, or only those on the staff today (neither left nor a candidate who has
    // not yet joined).
    enum class Who { Everyone, OnStaff };
    Result<QList<EmployeeSummary>> employees(Who who = Who::Everyone) const;
    Result<EmployeeSummary> employee(qint64 id) const; // id 0: none
    // Everyone this employee supervises directly or heads as department head.
    Result<QSet<qint64>> managedBy(qint64 employeeId) const;

    // Inside Database::write.
    Result<qint64> addDepartment(const QString &name, qint64 parentId = 0);
    Status setDepartmentHead(qint64 departmentId, qint64 employeeId);
    Status renameDepartment(qint64 departmentId, const QString &name);
    Result<qint64> addEmployee(const EmployeeSummary &employee);

private:
    Result<qint64> positionId(const QString &name);
    Database &m_db;
};

} // namespace shopdesk
