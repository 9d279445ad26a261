#include "data/StockLedgerRepository.h"

#include "common/Clock.h"
#include "database/data/Database.h"

namespace shopdesk {

Result<StockPosition> StockLedgerRepository::position(qint64 itemId) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, QStringLiteral("SELECT on_hand, value_fen FROM supply_items WHERE id = ?"),
                                          {itemId});
        !s)
        return s.failure();
    if (!q.next())
        return StockPosition{};
    return StockPosition{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

Result<qint64> StockLedgerRepository::append(const StockMovement &m)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO supply_movements(item_id, kind, quantity, value_fen, department_id, by_user_id, "
                       "at, reason, reference) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {m.itemId, movementKindKey(m.kind), m.quantity, m.valueFen, Database::nullableId(m.departmentId), m.byUserId,
         toStoredInstant(m.at), m.reason, m.reference});
    if (!s)
        return s.failure();
    return Database::insertedId(q);
}

Result<QList<StockMovement>> StockLedgerRepository::movements(qint64 itemId, int limit) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT m.id, m.item_id, m.kind, m.quantity, m.value_fen, coalesce(m.department_id, 0), "
                       "m.by_user_id, coalesce(u.username, ''), m.at, m.reason, m.reference, coalesce(d.name, '') "
                       "FROM supply_movements m LEFT JOIN users u ON u.id = m.by_user_id "
                       "LEFT JOIN departments d ON d.id = m.department_id "
                       "WHERE m.item_id = ? ORDER BY m.id DESC LIMIT ?"),
        {itemId, limit});
    if (!s)
        return s.failure();
    QList<StockMovement> list;
    while (q.next()) {
        StockMovement m;
        m.id = q.value(0).toLongLong();
        m.itemId = q.value(1).toLongLong();
        m.kind = movementKindFromKey(q.value(2).toString()).value_or(MovementKind::Adjustment);
        m.quantity = q.value(3).toLongLong();
        m.valueFen = q.value(4).toLongLong();
        m.departmentId = q.value(5).toLongLong();
        m.byUserId = q.value(6).toLongLong();
        m.byUserName = q.value(7).toString();
        m.at = fromStoredInstant(q.value(8).toString());
        m.reason = q.value(9).toString();
        m.reference = q.value(10).toString();
        m.departmentName = q.value(11).toString();
        list.append(m);
    }
    return list;
}

Result<QHash<qint64, qint64>> StockLedgerRepository::consumedSince(const QDateTime &fromUtc,
                                                                   bool onlyAtReorderPoint) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT item_id, -sum(quantity) FROM supply_movements WHERE at >= ? "
                       "AND kind IN ('issue', 'return') %1 GROUP BY item_id")
            .arg(onlyAtReorderPoint
                     ? QStringLiteral("AND item_id IN (SELECT id FROM supply_items WHERE on_hand <= reorder_point)")
                     : QString()),
        {toStoredInstant(fromUtc)});
    if (!s)
        return s.failure();
    QHash<qint64, qint64> used;
    while (q.next())
        used.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return used;
}

} // namespace shopdesk
