#include "data/StocktakeRepository.h"

#include "common/Clock.h"
#include "database/data/Database.h"

namespace shopdesk {

Result<qint64> StocktakeRepository::start(const QString &category, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execInsert(
            q,
            QStringLiteral("INSERT INTO stocktakes(category, state, started_by_user_id, started_at) "
                           "VALUES (?, 'counting', ?, ?)"),
            {category, userId, at});
        !s)
        return s.failure();
    const qint64 id = Database::insertedId(q);
    QSqlQuery lines = m_db.query();
    if (Status s = Database::execPrepared(
            lines,
            QStringLiteral("INSERT INTO stocktake_lines(stocktake_id, item_id, booked_quantity) "
                           "SELECT ?, id, on_hand FROM supply_items WHERE ? = '' OR category = ?"),
            {id, category, category});
        !s)
        return s.failure();
    return id;
}

Result<QList<Stocktake>> StocktakeRepository::read(const QString &where, const QVariantList &values,
                                                   bool withLines) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT s.id, s.category, s.state, coalesce(u.username, ''), s.started_at, "
                       "coalesce(s.approval_id, 0) FROM stocktakes s LEFT JOIN users u ON u.id = s.started_by_user_id ")
            + where,
        values);
    if (!s)
        return s.failure();
    QList<Stocktake> list;
    while (q.next())
        list.append({q.value(0).toLongLong(),
                     q.value(1).toString(),
                     stocktakeStateFromKey(q.value(2).toString()).value_or(StocktakeState::Rejected),
                     q.value(3).toString(),
                     fromStoredInstant(q.value(4).toString()),
                     q.value(5).toLongLong(),
                     {}});
    if (!withLines)
        return list;
    for (Stocktake &t : list) {
        QSqlQuery l = m_db.query();
        // By category and location: the order the sheet is walked in.
        if (Status done = Database::execPrepared(
                l,
                QStringLiteral("SELECT l.id, l.item_id, i.code, i.name, i.category, i.location, i.unit, "
                               "l.booked_quantity, l.counted_quantity, l.reason FROM stocktake_lines l "
                               "JOIN supply_items i ON i.id = l.item_id WHERE l.stocktake_id = ? "
                               "ORDER BY i.category, i.location, i.name"),
                {t.id});
            !done)
            return done.failure();
        while (l.next())
            t.lines.append({l.value(0).toLongLong(), l.value(1).toLongLong(), l.value(2).toString(),
                            l.value(3).toString(), l.value(4).toString(), l.value(5).toString(), l.value(6).toString(),
                            l.value(7).toLongLong(),
                            l.value(8).isNull() ? std::nullopt : std::optional<qint64>(l.value(8).toLongLong()),
                            l.value(9).toString()});
    }
    return list;
}

Result<std::optional<Stocktake>> StocktakeRepository::find(qint64 id) const
{
    auto list = read(QStringLiteral("WHERE s.id = ?"), {id}, true);
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<Stocktake>() : std::optional<Stocktake>(list->first());
}

Result<QList<Stocktake>> StocktakeRepository::list(int limit) const
{
    return read(QStringLiteral("ORDER BY s.id DESC LIMIT ?"), {limit}, false);
}

Result<QList<Stocktake>> StocktakeRepository::open() const
{
    return read(QStringLiteral("WHERE s.state IN ('counting', 'pending_approval')"), {}, false);
}

Result<bool> StocktakeRepository::setCount(qint64 stocktakeId, qint64 itemId, qint64 counted, const QString &reason)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q,
                                      QStringLiteral("UPDATE stocktake_lines SET counted_quantity = ?, reason = ?, "
                                                     "booked_quantity = (SELECT on_hand FROM supply_items "
                                                     "WHERE supply_items.id = stocktake_lines.item_id) "
                                                     "WHERE stocktake_id = ? AND item_id = ?"),
                                      {counted, reason, stocktakeId, itemId});
    if (!s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<bool> StocktakeRepository::move(qint64 id, StocktakeState from, StocktakeState to)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q, QStringLiteral("UPDATE stocktakes SET state = ?, version = version + 1 WHERE id = ? AND state = ?"),
        {stocktakeStateKey(to), id, stocktakeStateKey(from)});
    if (!s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Status StocktakeRepository::setApproval(qint64 id, qint64 approvalId)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q, QStringLiteral("UPDATE stocktakes SET approval_id = ? WHERE id = ?"),
                                  {approvalId, id});
}

} // namespace shopdesk
