#pragma once

#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

namespace shopdesk {

class Database;

struct Department
{
    qint64 id = 0;
    QString name;
    qint64 parentId = 0;
    qint64 headEmployeeId = 0;
};

// The part of an employee that the organisation chart needs; the HR area keeps the rest.
struct EmployeeSummary
{
    qint64 id = 0;
    QString staffNo;
    QString name;
    qint64 departmentId = 0;
    QString position;
    qint64 supervisorId = 0;
    QString clockPin;
    QString phone;
    QDate hireDate;
};

// The organisation chart approvals route through: departments with their heads, and each
// employee's direct supervisor.
class OrgRepository
{
public:
    explicit OrgRepository(Database &db) : m_db(db) {}

    Result<QList<Department>> departments() const;
    Result<QList<EmployeeSummary>> employees() const;
    Result<EmployeeSummary> employee(qint64 id) const; // id 0: none
    // Everyone this employee supervises directly or heads as department head.
    Result<QSet<qint64>> managedBy(qint64 employeeId) const;

    // Inside Database::write.
    Result<qint64> addDepartment(const QString &name, qint64 parentId = 0);
    Status setDepartmentHead(qint64 departmentId, qint64 employeeId);
    Result<qint64> addEmployee(const EmployeeSummary &employee);

private:
    Result<qint64> positionId(const QString &name);
    Database &m_db;
};

} // namespace shopdesk
