#include "data/BudgetUseRepository.h"

#include "database/data/Database.h"

namespace shopdesk {

Result<QHash<BudgetUseRepository::Line, QList<qint64>>> BudgetUseRepository::spent(int year, qint64 departmentId,
                                                                                   const QString &category) const
{
    // What left the cash box, less an advance returned unspent (a reimbursement's receipt), and
    // the vouchers paid by bank transfer on the day they were paid (one paid from the box is
    // already its cash journal line). Department 0: all.
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral(
            "SELECT department_id, category, CAST(substr(day, 6, 2) AS INTEGER), sum(fen) FROM ("
            " SELECT department_id, category, day, "
            "  CASE WHEN direction = 'payment' THEN amount_fen ELSE -amount_fen END AS fen FROM cash_entries "
            "  WHERE direction = 'payment' OR source LIKE 'reimbursement %' "
            " UNION ALL SELECT v.department_id, v.category, %1, v.amount_fen "
            "  FROM payment_vouchers v WHERE v.state = 'paid' AND v.paid_at BETWEEN ? AND ? "
            "  AND NOT EXISTS (SELECT 1 FROM cash_entries c WHERE c.source = 'voucher ' || v.id)) AS spent "
            "WHERE day BETWEEN ? AND ? AND department_id IS NOT NULL AND (? = 0 OR department_id = ?) "
            "AND (? = '' OR category = ?) GROUP BY department_id, category, substr(day, 6, 2)")
            .arg(m_db.dialect().localDay(QStringLiteral("v.paid_at"))),
        {QStringLiteral("%1-12-31").arg(year - 1), QStringLiteral("%1-01-02").arg(year + 1), // UTC, a day around
         QStringLiteral("%1-01-01").arg(year), QStringLiteral("%1-12-31").arg(year), departmentId, departmentId,
         category, category});
    if (!s)
        return s.failure();
    QHash<Line, QList<qint64>> lines;
    while (q.next()) {
        QList<qint64> &months = lines[{q.value(0).toLongLong(), q.value(1).toString()}];
        if (months.isEmpty())
            months = QList<qint64>(12, 0);
        const int month = q.value(2).toInt();
        if (month >= 1 && month <= 12)
            months[month - 1] = q.value(3).toLongLong();
    }
    return lines;
}

Result<QList<qint64>> BudgetUseRepository::spentByMonth(int year, qint64 departmentId, const QString &category) const
{
    auto lines = spent(year, departmentId, category);
    if (!lines)
        return lines.failure();
    return lines->value({departmentId, category}, QList<qint64>(12, 0));
}

Result<QHash<BudgetUseRepository::Line, QList<qint64>>> BudgetUseRepository::spentByLine(int year) const
{
    return spent(year, 0, QString());
}

} // namespace shopdesk
