#include "data/MonthCloseRepository.h"

#include "database/data/Database.h"
#include "ledgers/domain/PaymentVoucher.h"

namespace shopdesk {

Result<QStringList> MonthCloseRepository::unpaidVouchers(const QString &before) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q,
                                      QStringLiteral("SELECT id FROM payment_vouchers WHERE state IN "
                                                     "('pending_approval', 'approved') AND issued_at < ? ORDER BY id"),
                                      {before});
    if (!s)
        return s.failure();
    QStringList numbers;
    while (q.next())
        numbers << PaymentVoucher::numberOf(q.value(0).toLongLong());
    return numbers;
}

Result<QList<MonthSummaryRow>> MonthCloseRepository::summary(const QDate &first, const QDate &last,
                                                             const QString &paidFrom, const QString &paidBefore) const
{
    // Cash entries, and vouchers paid in the month (by bank or cash) under "@vouchers".
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral(
            "WITH moves(category, department, receipts, payments) AS ("
            "SELECT e.category, coalesce(d.name, ''), CASE WHEN e.direction = 'receipt' THEN e.amount_fen ELSE 0 END, "
            "CASE WHEN e.direction = 'payment' THEN e.amount_fen ELSE 0 END "
            "FROM cash_entries e LEFT JOIN departments d ON d.id = e.department_id WHERE e.day BETWEEN ? AND ? "
            "UNION ALL SELECT '@vouchers', coalesce(d.name, ''), 0, v.amount_fen FROM payment_vouchers v "
            "LEFT JOIN departments d ON d.id = v.department_id WHERE v.state = 'paid' AND v.paid_at >= ? "
            "AND v.paid_at < ?) "
            "SELECT 'category', category, sum(receipts), sum(payments) FROM moves GROUP BY category "
            "UNION ALL SELECT 'department', department, sum(receipts), sum(payments) FROM moves GROUP BY department "
            "ORDER BY 1, 2"),
        {first.toString(Qt::ISODate), last.toString(Qt::ISODate), paidFrom, paidBefore});
    if (!s)
        return s.failure();
    QList<MonthSummaryRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong()});
    return rows;
}

} // namespace shopdesk
