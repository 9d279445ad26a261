#include "data/SalesRepository.h"

#include "database/data/Database.h"
#include "domain/ShopTime.h"

namespace shopdesk {

Result<QList<SalesRow>> SalesRepository::sales(By by, const QString &fromUtc, const QString &toUtc) const
{
    // An order's pieces and refunds from its lines and events; its day is China's (UTC+8).
    const QString perOrder =
        QStringLiteral(
            "SELECT o.id, o.channel, o.currency, o.total_minor, "
            "%1 AS day, "
            "CASE WHEN p.state = 'cancelled' THEN 1 ELSE 0 END AS cancelled, "
            "(SELECT coalesce(sum(quantity), 0) FROM order_lines l WHERE l.order_id = o.id) AS pieces, "
            "(SELECT coalesce(sum(amount_minor), 0) FROM order_events e WHERE e.order_id = o.id AND e.kind = "
            "'refunded') AS refunded "
            "FROM orders o JOIN order_progress p ON p.order_id = o.id WHERE o.created_at >= ? AND o.created_at < ?")
            .arg(m_db.dialect().dayAt(QStringLiteral("o.created_at"), ShopTime::kChinaOffsetSeconds));
    QString sql;
    if (by == By::Sku)
        sql = QStringLiteral(
            "SELECT l.sku, max(l.title), o.currency, count(DISTINCT o.id), 0, sum(l.quantity), "
            "sum(l.quantity * l.unit_price_minor - l.discount_minor), 0 "
            "FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN order_progress p ON p.order_id = o.id "
            "WHERE o.created_at >= ? AND o.created_at < ? AND p.state <> 'cancelled' "
            "GROUP BY l.sku, o.currency ORDER BY 7 DESC, 1");
    else
        sql = QStringLiteral("SELECT %1, '', currency, sum(1 - cancelled), sum(cancelled), "
                             "sum(CASE WHEN cancelled = 1 THEN 0 ELSE pieces END), "
                             "sum(CASE WHEN cancelled = 1 THEN 0 ELSE total_minor END), "
                             "sum(CASE WHEN cancelled = 1 THEN 0 ELSE refunded END) "
                             "FROM (%2) AS per_order GROUP BY 1, currency ORDER BY %3")
                  .arg(by == By::Day ? QStringLiteral("day") : QStringLiteral("channel"), perOrder,
                       by == By::Day ? QStringLiteral("1, currency") : QStringLiteral("7 DESC, 1, currency"));
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, sql, {fromUtc, toUtc}); !s)
        return s.failure();
    QList<SalesRow> rows;
    while (q.next())
        rows.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                     q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong(),
                     q.value(7).toLongLong()});
    return rows;
}

} // namespace shopdesk
