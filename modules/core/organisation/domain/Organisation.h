#pragma once

#include <QDate>
#include <QString>

namespace shopdesk {

// The organisation chart every area routes through (APR-01): departments with their heads,
// and each employee's place in it.
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

} // namespace shopdesk
