#include "organisation/data/OrgRepository.h"

#include "database/data/Database.h"

#include <QSqlError>

namespace shopdesk {

namespace {
const QString kEmployeeSelect =
    QStringLiteral("SELECT e.id, e.staff_no, e.name, e.department_id, coalesce(p.name, ''), e.supervisor_id, "
                   "e.clock_pin, e.phone, e.hire_date FROM employees e LEFT JOIN positions p ON p.id = e.position_id");

EmployeeSummary readEmployee(const QSqlQuery &q)
{
    EmployeeSummary e;
    e.id = q.value(0).toLongLong();
    e.staffNo = q.value(1).toString();
    e.name = q.value(2).toString();
    e.departmentId = q.value(3).toLongLong();
    e.position = q.value(4).toString();
    e.supervisorId = q.value(5).toLongLong();
    e.clockPin = q.value(6).toString();
    e.phone = q.value(7).toString();
    e.hireDate = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    return e;
}
} // namespace

Result<QList<Department>> OrgRepository::departments() const
{
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT id, name, parent_id, head_employee_id FROM departments ORDER BY id")))
        return Database::failure(q);
    QList<Department> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return list;
}

Result<QList<EmployeeSummary>> OrgRepository::employees(Who who) const
{
    QSqlQuery q = m_db.query();
    const QString where =
        who == Who::OnStaff ? QStringLiteral(" WHERE e.status NOT IN ('left', 'candidate')") : QString();
    if (!q.exec(kEmployeeSelect + where + QStringLiteral(" ORDER BY e.staff_no")))
        return Database::failure(q);
    QList<EmployeeSummary> list;
    while (q.next())
        list.append(readEmployee(q));
    return list;
}

Result<EmployeeSummary> OrgRepository::employee(qint64 id) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q, kEmployeeSelect + QStringLiteral(" WHERE e.id = ?"), {id});
    if (!s)
        return s.failure();
    return q.next() ? readEmployee(q) : EmployeeSummary{};
}

Result<QSet<qint64>> OrgRepository::managedBy(qint64 employeeId) const
{
    QSet<qint64> ids;
    if (employeeId == 0)
        return ids;
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT id FROM employees WHERE supervisor_id = ? UNION "
                       "SELECT e.id FROM employees e JOIN departments d ON d.id = e.department_id "
                       "WHERE d.head_employee_id = ? AND e.id <> ?"),
        {employeeId, employeeId, employeeId});
    if (!s)
        return s.failure();
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

Result<qint64> OrgRepository::addDepartment(const QString &name, qint64 parentId)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(q, QStringLiteral("INSERT INTO departments(name, parent_id) VALUES (?, ?)"),
                                    {name, Database::nullableId(parentId)});
    if (!s)
        return s.failure();
    return Database::insertedId(q);
}

Status OrgRepository::setDepartmentHead(qint64 departmentId, qint64 employeeId)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q, QStringLiteral("UPDATE departments SET head_employee_id = ?, version = version + 1 WHERE id = ?"),
        {Database::nullableId(employeeId), departmentId});
}

Status OrgRepository::renameDepartment(qint64 departmentId, const QString &name)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q, QStringLiteral("UPDATE departments SET name = ?, version = version + 1 WHERE id = ?"), {name, departmentId});
}

Result<qint64> OrgRepository::positionId(const QString &name)
{
    if (name.isEmpty())
        return qint64(0);
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q, QStringLiteral("INSERT INTO positions(name) VALUES (?) ON CONFLICT(name) DO NOTHING"), {name});
    if (s)
        s = Database::execPrepared(q, QStringLiteral("SELECT id FROM positions WHERE name = ?"), {name});
    if (!s || !q.next())
        return s.failure();
    return q.value(0).toLongLong();
}

Result<qint64> OrgRepository::addEmployee(const EmployeeSummary &e)
{
    auto position = positionId(e.position);
    if (!position)
        return position;
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO employees(staff_no, name, department_id, position_id, "
                       "supervisor_id, clock_pin, phone, hire_date) VALUES (?,?,?,?,?,?,?,?)"),
        {e.staffNo, e.name, Database::nullableId(e.departmentId), Database::nullableId(*position),
         Database::nullableId(e.supervisorId),
         e.clockPin.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.clockPin),
         e.phone.isNull() ? QStringLiteral("") : e.phone,
         e.hireDate.isValid() ? QVariant(e.hireDate.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString))});
    if (!s)
        return s.failure();
    return Database::insertedId(q);
}

} // namespace shopdesk
