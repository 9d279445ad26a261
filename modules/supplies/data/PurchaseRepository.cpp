#include "data/PurchaseRepository.h"

#include "common/Clock.h"
#include "database/data/Database.h"

namespace shopdesk {

Result<qint64> PurchaseRepository::addRequest(const PurchaseRequest &r)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral(
            "INSERT INTO purchase_requests(department_id, requested_by_user_id, requested_at, reason, state) "
            "VALUES (?, ?, ?, ?, ?)"),
        {Database::nullableId(r.departmentId), r.requestedByUserId, toStoredInstant(r.requestedAt), r.reason,
         purchaseRequestStateKey(r.state)});
    if (!s)
        return s.failure();
    const qint64 id = Database::insertedId(q);
    for (const PurchaseLine &l : r.lines) {
        QSqlQuery line = m_db.query();
        if (Status done =
                Database::execPrepared(line,
                                       QStringLiteral("INSERT INTO purchase_request_lines(purchase_request_id, "
                                                      "item_id, quantity, unit_fen) VALUES (?, ?, ?, ?)"),
                                       {id, l.itemId, l.quantity, l.unitFen});
            !done)
            return done.failure();
    }
    return id;
}

Status PurchaseRepository::setRequestApproval(qint64 requestId, qint64 approvalId)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q, QStringLiteral("UPDATE purchase_requests SET approval_id = ? WHERE id = ?"),
                                  {approvalId, requestId});
}

Result<bool> PurchaseRepository::moveRequest(qint64 requestId, PurchaseRequestState from, PurchaseRequestState to)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q, QStringLiteral("UPDATE purchase_requests SET state = ?, version = version + 1 WHERE id = ? AND state = ?"),
        {purchaseRequestStateKey(to), requestId, purchaseRequestStateKey(from)});
    if (!s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<QList<PurchaseLine>> PurchaseRepository::lines(const QString &table, const QString &parentColumn,
                                                      qint64 parentId) const
{
    const bool received = table == u"purchase_order_lines";
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT l.id, l.item_id, i.code, i.name, i.unit, l.quantity, l.unit_fen, %1 FROM %2 l "
                       "JOIN supply_items i ON i.id = l.item_id WHERE l.%3 = ? ORDER BY l.id")
            .arg(received ? QStringLiteral("l.received_quantity") : QStringLiteral("0"), table, parentColumn),
        {parentId});
    if (!s)
        return s.failure();
    QList<PurchaseLine> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                     q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toLongLong()});
    return list;
}

Result<QList<PurchaseRequest>> PurchaseRepository::readRequests(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT r.id, coalesce(r.department_id, 0), coalesce(d.name, ''), r.requested_by_user_id, "
                       "coalesce(u.username, ''), r.requested_at, r.reason, r.state, coalesce(r.approval_id, 0) "
                       "FROM purchase_requests r LEFT JOIN departments d ON d.id = r.department_id "
                       "LEFT JOIN users u ON u.id = r.requested_by_user_id ")
            + where,
        values);
    if (!s)
        return s.failure();
    QList<PurchaseRequest> list;
    while (q.next()) {
        PurchaseRequest r;
        r.id = q.value(0).toLongLong();
        r.departmentId = q.value(1).toLongLong();
        r.departmentName = q.value(2).toString();
        r.requestedByUserId = q.value(3).toLongLong();
        r.requestedByName = q.value(4).toString();
        r.requestedAt = fromStoredInstant(q.value(5).toString());
        r.reason = q.value(6).toString();
        r.state = purchaseRequestStateFromKey(q.value(7).toString()).value_or(PurchaseRequestState::Rejected);
        r.approvalId = q.value(8).toLongLong();
        list.append(r);
    }
    for (PurchaseRequest &r : list) {
        auto l = lines(QStringLiteral("purchase_request_lines"), QStringLiteral("purchase_request_id"), r.id);
        if (!l)
            return l.failure();
        r.lines = *l;
    }
    return list;
}

Result<std::optional<PurchaseRequest>> PurchaseRepository::request(qint64 id) const
{
    auto list = readRequests(QStringLiteral("WHERE r.id = ?"), {id});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<PurchaseRequest>() : std::optional<PurchaseRequest>(list->first());
}

Result<QList<PurchaseRequest>> PurchaseRepository::requests(int limit) const
{
    return readRequests(QStringLiteral("ORDER BY r.id DESC LIMIT ?"), {limit});
}

Result<qint64> PurchaseRepository::addOrder(const PurchaseOrder &o, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO purchase_orders(purchase_request_id, supplier_id, delivery_date, choice_reason, "
                       "state, ordered_by_user_id, ordered_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {o.requestId, o.supplierId, o.deliveryDate.toString(Qt::ISODate), o.choiceReason,
         purchaseOrderStateKey(o.state), userId, at});
    if (!s)
        return s.failure();
    const qint64 id = Database::insertedId(q);
    for (const PurchaseLine &l : o.lines) {
        QSqlQuery line = m_db.query();
        if (Status done = Database::execPrepared(line,
                                                 QStringLiteral("INSERT INTO purchase_order_lines(purchase_order_id, "
                                                                "item_id, quantity, unit_fen) VALUES (?, ?, ?, ?)"),
                                                 {id, l.itemId, l.quantity, l.unitFen});
            !done)
            return done.failure();
    }
    for (const Quote &quote : o.quotes) {
        QSqlQuery row = m_db.query();
        if (Status done = Database::execPrepared(
                row,
                QStringLiteral(
                    "INSERT INTO purchase_quotes(purchase_order_id, supplier_id, total_fen) VALUES (?, ?, ?)"),
                {id, quote.supplierId, quote.totalFen});
            !done)
            return done.failure();
    }
    return id;
}

Result<QList<PurchaseOrder>> PurchaseRepository::readOrders(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT o.id, o.purchase_request_id, o.supplier_id, s.name, o.delivery_date, o.choice_reason, "
                       "o.state FROM purchase_orders o JOIN suppliers s ON s.id = o.supplier_id ")
            + where,
        values);
    if (!s)
        return s.failure();
    QList<PurchaseOrder> list;
    while (q.next()) {
        PurchaseOrder o;
        o.id = q.value(0).toLongLong();
        o.requestId = q.value(1).toLongLong();
        o.supplierId = q.value(2).toLongLong();
        o.supplierName = q.value(3).toString();
        o.deliveryDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        o.choiceReason = q.value(5).toString();
        o.state = purchaseOrderStateFromKey(q.value(6).toString()).value_or(PurchaseOrderState::Received);
        list.append(o);
    }
    for (PurchaseOrder &o : list) {
        auto l = lines(QStringLiteral("purchase_order_lines"), QStringLiteral("purchase_order_id"), o.id);
        if (!l)
            return l.failure();
        o.lines = *l;
        QSqlQuery quotes = m_db.query();
        if (Status done = Database::execPrepared(
                quotes,
                QStringLiteral("SELECT q.supplier_id, s.name, q.total_fen FROM purchase_quotes q "
                               "JOIN suppliers s ON s.id = q.supplier_id WHERE q.purchase_order_id = ? ORDER BY q.id"),
                {o.id});
            !done)
            return done.failure();
        while (quotes.next())
            o.quotes.append({quotes.value(0).toLongLong(), quotes.value(1).toString(), quotes.value(2).toLongLong()});
    }
    return list;
}

Result<std::optional<PurchaseOrder>> PurchaseRepository::order(qint64 id) const
{
    auto list = readOrders(QStringLiteral("WHERE o.id = ?"), {id});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<PurchaseOrder>() : std::optional<PurchaseOrder>(list->first());
}

Result<QList<PurchaseOrder>> PurchaseRepository::orders(bool onlyOpen, int limit) const
{
    return readOrders(onlyOpen ? QStringLiteral("WHERE o.state = 'open' ORDER BY o.id DESC LIMIT ?")
                               : QStringLiteral("ORDER BY o.id DESC LIMIT ?"),
                      {limit});
}

Result<bool> PurchaseRepository::addReceived(qint64 lineId, qint64 quantity)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q,
                                      QStringLiteral("UPDATE purchase_order_lines SET received_quantity = "
                                                     "received_quantity + ? WHERE id = ? AND received_quantity + ? <= "
                                                     "quantity"),
                                      {quantity, lineId, quantity});
    if (!s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Status PurchaseRepository::setOrderState(qint64 orderId, PurchaseOrderState state)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q, QStringLiteral("UPDATE purchase_orders SET state = ?, version = version + 1 WHERE id = ?"),
        {purchaseOrderStateKey(state), orderId});
}

Result<QHash<qint64, qint64>> PurchaseRepository::onOrder() const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT item_id, sum(quantity) FROM ("
                       "SELECT l.item_id, l.quantity - l.received_quantity AS quantity FROM purchase_order_lines l "
                       "JOIN purchase_orders o ON o.id = l.purchase_order_id WHERE o.state = 'open' "
                       "UNION ALL SELECT l.item_id, l.quantity FROM purchase_request_lines l "
                       "JOIN purchase_requests r ON r.id = l.purchase_request_id "
                       "LEFT JOIN approval_requests a ON a.id = r.approval_id "
                       "WHERE r.state IN ('pending_approval', 'approved') "
                       "AND coalesce(a.state, '') <> 'withdrawn') AS coming GROUP BY item_id"),
        {});
    if (!s)
        return s.failure();
    QHash<qint64, qint64> coming;
    while (q.next())
        coming.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return coming;
}

} // namespace shopdesk
