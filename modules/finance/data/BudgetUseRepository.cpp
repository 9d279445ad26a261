#include "data/BudgetUseRepository.h"

#include "database/data/Database.h"

namespace shopdesk {

Result<QList<qint64>> BudgetUseRepository::spentByMonth(int year, qint64 departmentId, const QString &category) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        // An advance returned unspent (a reimbursement's receipt) was not spent.
        QStringLiteral("SELECT CAST(substr(day, 6, 2) AS INTEGER), sum(CASE WHEN direction = 'payment' THEN amount_fen "
                       "ELSE -amount_fen END) FROM cash_entries WHERE day BETWEEN ? AND ? AND department_id = ? "
                       "AND category = ? AND (direction = 'payment' OR source LIKE 'reimbursement %') "
                       "GROUP BY substr(day, 6, 2)"),
        {QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-12-31").arg(year), departmentId, category});
    if (!s)
        return s.failure();
    QList<qint64> months(12, 0);
    while (q.next()) {
        const int month = q.value(0).toInt();
        if (month >= 1 && month <= 12)
            months[month - 1] = q.value(1).toLongLong();
    }
    return months;
}

} // namespace shopdesk
