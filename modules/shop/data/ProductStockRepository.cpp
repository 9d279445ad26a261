#include "data/ProductStockRepository.h"

#include "common/Clock.h"
#include "database/data/Database.h"

namespace shopdesk {

Result<qint64> ProductStockRepository::append(const ProductMovement &m)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execInsert(
            q,
            QStringLiteral("INSERT INTO product_movements(product_id, kind, quantity, by_user_id, at, reason, "
                           "reference) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {m.productId, productMovementKindKey(m.kind), m.quantity, m.byUserId, toStoredInstant(m.at), m.reason,
             m.reference});
        !s)
        return s.failure();
    return Database::insertedId(q);
}

Result<QList<ProductMovement>> ProductStockRepository::movements(qint64 productId, int limit) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT m.id, m.product_id, m.kind, m.quantity, m.by_user_id, "
                           "coalesce(nullif(u.display_name, ''), u.username, ''), m.at, m.reason, m.reference "
                           "FROM product_movements m LEFT JOIN users u ON u.id = m.by_user_id "
                           "WHERE m.product_id = ? ORDER BY m.id DESC LIMIT ?"),
            {productId, limit});
        !s)
        return s.failure();
    QList<ProductMovement> list;
    while (q.next()) {
        ProductMovement m;
        m.id = q.value(0).toLongLong();
        m.productId = q.value(1).toLongLong();
        m.kind = productMovementKindFromKey(q.value(2).toString()).value_or(ProductMovementKind::Adjustment);
        m.quantity = q.value(3).toLongLong();
        m.byUserId = q.value(4).toLongLong();
        m.byUserName = q.value(5).toString();
        m.at = fromStoredInstant(q.value(6).toString());
        m.reason = q.value(7).toString();
        m.reference = q.value(8).toString();
        list.append(m);
    }
    return list;
}

Result<QHash<qint64, qint64>> ProductStockRepository::soldSince(const QDateTime &fromUtc) const
{
    QSqlQuery q = m_db.query();
    if (Status s =
            Database::execPrepared(q,
                                   QStringLiteral("SELECT product_id, -sum(quantity) FROM product_movements "
                                                  "WHERE kind IN ('sale', 'return') AND at >= ? GROUP BY product_id"),
                                   {toStoredInstant(fromUtc)});
        !s)
        return s.failure();
    QHash<qint64, qint64> sold;
    while (q.next())
        sold.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return sold;
}

} // namespace shopdesk
