#include "data/SuppliesReportRepository.h"

#include "common/Clock.h"
#include "database/data/Database.h"

namespace shopdesk {

Result<QList<DepartmentUse>> SuppliesReportRepository::useByDepartment(const QDateTime &fromUtc) const
{
    QSqlQuery q = m_db.query();
    // Instants are stored in UTC; the office's month is Beijing time (UTC+8, no summer time).
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT d.id, d.name, %1 AS month, "
                       "-sum(m.value_fen), -sum(m.quantity) FROM supply_movements m "
                       "JOIN departments d ON d.id = m.department_id "
                       "WHERE m.at >= ? AND m.kind IN ('issue', 'return') GROUP BY d.id, d.name, month "
                       "ORDER BY d.name, month")
            .arg(m_db.dialect().monthAt(QStringLiteral("m.at"), 8 * 3600)),
        {toStoredInstant(fromUtc)});
    if (!s)
        return s.failure();
    QList<DepartmentUse> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                     q.value(4).toLongLong()});
    return list;
}

} // namespace shopdesk
