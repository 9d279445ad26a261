#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace shopdesk {

class Database;

// One department's use of supplies in one month, at the value it left the shelf (SUP-06).
struct DepartmentUse
{
    qint64 departmentId = 0;
    QString department;
    QString month; // yyyy-MM, in UTC+8 (the office's calendar)
    qint64 valueFen = 0;
    qint64 units = 0;
};

// The aggregates behind the supplies reports.
class SuppliesReportRepository
{
public:
    explicit SuppliesReportRepository(Database &db) : m_db(db) {}
    // Issues less returns per department and month since `fromUtc`.
    Result<QList<DepartmentUse>> useByDepartment(const QDateTime &fromUtc) const;

private:
    Database &m_db;
};

} // namespace shopdesk
