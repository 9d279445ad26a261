#include "data/RequisitionRepository.h"

#include "common/Clock.h"
#include "database/data/Database.h"

namespace shopdesk {

Result<QList<Custodian>> RequisitionRepository::custodians() const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT d.id, d.name, coalesce(c.user_id, 0), coalesce(u.username, '') FROM departments d "
                       "LEFT JOIN supply_custodians c ON c.department_id = d.id LEFT JOIN users u ON u.id = c.user_id "
                       "ORDER BY d.name"),
        {});
    if (!s)
        return s.failure();
    QList<Custodian> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString()});
    return list;
}

Result<qint64> RequisitionRepository::custodianOf(qint64 departmentId) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q, QStringLiteral("SELECT user_id FROM supply_custodians WHERE department_id = ?"), {departmentId});
    if (!s)
        return s.failure();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Status RequisitionRepository::setCustodian(qint64 departmentId, qint64 userId, qint64 byUserId, const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO supply_custodians(department_id, user_id, named_by_user_id, named_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT(department_id) DO UPDATE SET user_id = excluded.user_id, "
                       "named_by_user_id = excluded.named_by_user_id, named_at = excluded.named_at"),
        {departmentId, userId, byUserId, at});
}

Result<qint64> RequisitionRepository::add(const Requisition &r)
{
    QSqlQuery q = m_db.query();
    const bool signedAlready = r.state == RequisitionState::Signed;
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO supply_requisitions(department_id, requested_by_user_id, requested_at, reason, "
                       "state, signed_by_user_id, signed_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {r.departmentId, r.requestedByUserId, toStoredInstant(r.requestedAt), r.reason, requisitionStateKey(r.state),
         signedAlready ? QVariant(r.requestedByUserId) : QVariant(QMetaType(QMetaType::LongLong)),
         signedAlready ? QVariant(toStoredInstant(r.requestedAt)) : QVariant(QMetaType(QMetaType::QString))});
    if (!s)
        return s.failure();
    const qint64 id = Database::insertedId(q);
    for (const RequisitionLine &l : r.lines) {
        QSqlQuery line = m_db.query();
        if (Status done = Database::execPrepared(line,
                                                 QStringLiteral("INSERT INTO supply_requisition_lines(requisition_id, "
                                                                "item_id, quantity) VALUES (?, ?, ?)"),
                                                 {id, l.itemId, l.quantity});
            !done)
            return done.failure();
    }
    return id;
}

Result<QList<Requisition>> RequisitionRepository::read(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral(
            "SELECT r.id, r.department_id, d.name, r.requested_by_user_id, coalesce(u.username, ''), "
            "r.requested_at, r.reason, r.state, coalesce(g.username, '') FROM supply_requisitions r "
            "JOIN departments d ON d.id = r.department_id LEFT JOIN users u ON u.id = r.requested_by_user_id "
            "LEFT JOIN users g ON g.id = r.signed_by_user_id ")
            + where,
        values);
    if (!s)
        return s.failure();
    QList<Requisition> list;
    while (q.next()) {
        Requisition r;
        r.id = q.value(0).toLongLong();
        r.departmentId = q.value(1).toLongLong();
        r.departmentName = q.value(2).toString();
        r.requestedByUserId = q.value(3).toLongLong();
        r.requestedByName = q.value(4).toString();
        r.requestedAt = fromStoredInstant(q.value(5).toString());
        r.reason = q.value(6).toString();
        r.state = requisitionStateFromKey(q.value(7).toString()).value_or(RequisitionState::Filled);
        r.signedByName = q.value(8).toString();
        list.append(r);
    }
    for (Requisition &r : list) {
        QSqlQuery l = m_db.query();
        if (Status done = Database::execPrepared(
                l,
                QStringLiteral("SELECT l.id, l.item_id, i.code, i.name, i.unit, l.quantity, l.issued_quantity "
                               "FROM supply_requisition_lines l JOIN supply_items i ON i.id = l.item_id "
                               "WHERE l.requisition_id = ? ORDER BY l.id"),
                {r.id});
            !done)
            return done.failure();
        while (l.next())
            r.lines.append({l.value(0).toLongLong(), l.value(1).toLongLong(), l.value(2).toString(),
                            l.value(3).toString(), l.value(4).toString(), l.value(5).toLongLong(),
                            l.value(6).toLongLong()});
    }
    return list;
}

Result<std::optional<Requisition>> RequisitionRepository::find(qint64 id) const
{
    auto list = read(QStringLiteral("WHERE r.id = ?"), {id});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<Requisition>() : std::optional<Requisition>(list->first());
}

Result<QList<Requisition>> RequisitionRepository::list(int limit) const
{
    return read(QStringLiteral("ORDER BY r.id DESC LIMIT ?"), {limit});
}

Result<bool> RequisitionRepository::sign(qint64 id, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("UPDATE supply_requisitions SET state = 'signed', signed_by_user_id = ?, signed_at = ?, "
                       "version = version + 1 WHERE id = ? AND state = 'awaiting_custodian'"),
        {userId, at, id});
    if (!s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<bool> RequisitionRepository::fill(qint64 id, const QHash<qint64, qint64> &issued, qint64 userId,
                                         const QString &at)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("UPDATE supply_requisitions SET state = 'filled', filled_by_user_id = ?, filled_at = ?, "
                       "version = version + 1 WHERE id = ? AND state = 'signed'"),
        {userId, at, id});
    if (!s)
        return s.failure();
    if (q.numRowsAffected() != 1)
        return false;
    for (auto it = issued.cbegin(); it != issued.cend(); ++it) {
        QSqlQuery line = m_db.query();
        if (Status done = Database::execPrepared(
                line,
                QStringLiteral("UPDATE supply_requisition_lines SET issued_quantity = ? WHERE id = ? AND "
                               "requisition_id = ?"),
                {it.value(), it.key(), id});
            !done)
            return done.failure();
    }
    return true;
}

Result<QList<LocalPurchase>> RequisitionRepository::localPurchases(int limit) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT m.id, i.name, coalesce(d.name, ''), m.quantity, m.value_fen, m.at, "
                       "coalesce(u.username, ''), m.reference, m.reason, "
                       "coalesce(r.outcome, 'pending'), coalesce(r.note, '') FROM supply_movements m "
                       "JOIN supply_items i ON i.id = m.item_id LEFT JOIN departments d ON d.id = m.department_id "
                       "LEFT JOIN users u ON u.id = m.by_user_id "
                       "LEFT JOIN local_purchase_reviews r ON r.id = (SELECT max(id) FROM local_purchase_reviews "
                       "WHERE movement_id = m.id) "
                       "WHERE m.kind = 'local_purchase' ORDER BY m.id DESC LIMIT ?"),
        {limit});
    if (!s)
        return s.failure();
    QList<LocalPurchase> list;
    while (q.next()) {
        LocalPurchase p;
        p.movementId = q.value(0).toLongLong();
        p.itemName = q.value(1).toString();
        p.departmentName = q.value(2).toString();
        p.quantity = q.value(3).toLongLong();
        p.valueFen = q.value(4).toLongLong();
        p.at = fromStoredInstant(q.value(5).toString());
        p.byName = q.value(6).toString();
        p.receipt = q.value(7).toString();
        p.reason = q.value(8).toString();
        const QString outcome = q.value(9).toString();
        p.status = outcome == u"accepted" ? LocalPurchaseStatus::Accepted
            : outcome == u"queried"       ? LocalPurchaseStatus::Queried
                                          : LocalPurchaseStatus::Pending;
        p.note = q.value(10).toString();
        list.append(p);
    }
    return list;
}

Result<bool> RequisitionRepository::isLocalPurchase(qint64 movementId) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q, QStringLiteral("SELECT 1 FROM supply_movements WHERE id = ? AND kind = 'local_purchase'"), {movementId});
    if (!s)
        return s.failure();
    return q.next();
}

Status RequisitionRepository::addReview(qint64 movementId, LocalPurchaseStatus outcome, const QString &note,
                                        qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO local_purchase_reviews(movement_id, outcome, note, reviewed_by_user_id, "
                       "reviewed_at) VALUES (?, ?, ?, ?, ?)"),
        {movementId, localPurchaseStatusKey(outcome), note, userId, at});
}

} // namespace shopdesk
