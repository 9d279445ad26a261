#include "data/OrderRepository.h"

#include "common/Clock.h"
#include "data/StoredInstants.h"
#include "database/data/Database.h"
#include "domain/ShopTime.h"

#include <QSqlQuery>

namespace shopdesk {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT o.id, o.channel, o.number, o.customer, o.contact_name, o.phone, o.address, o.currency, o.goods_minor, "
    "o.shipping_minor, o.discount_minor, o.total_minor, o.created_at, coalesce(p.state, 'new'), "
    "coalesce(p.accepted_at, ''), coalesce(p.confirmed_at, ''), coalesce(p.channel_status, '') "
    "FROM orders o JOIN order_progress p ON p.order_id = o.id "); // every order has its progress row
} // namespace

Status OrderRepository::refreshStatistics() const
{
    return m_db.refreshStatistics({QStringLiteral("orders"), QStringLiteral("order_lines"),
                                   QStringLiteral("order_events"), QStringLiteral("order_progress")});
}

Result<qint64> OrderRepository::add(const Order &o, qint64 byUserId, const QString &at)
{
    auto ids = addAll({o}, byUserId, at);
    if (!ids)
        return ids.failure();
    return ids->first();
}

Result<QList<qint64>> OrderRepository::addAll(const QList<Order> &orders, qint64 byUserId, const QString &at)
{
    QList<QVariantList> rows;
    rows.reserve(orders.size());
    for (const Order &o : orders)
        rows.append({o.channel, o.number, o.customer, o.contactName, o.phone, o.address, o.currency, o.goodsMinor,
                     o.shippingMinor, o.discountMinor, o.totalMinor, qint64(o.lines.size()),
                     toStoredInstant(o.createdAt), at, byUserId});
    QHash<std::pair<QString, QString>, qint64> added; // by channel and number
    added.reserve(orders.size());
    if (Status s = m_db.insertRows(
            QStringLiteral("INSERT INTO orders(channel, number, customer, contact_name, phone, address, currency, "
                           "goods_minor, shipping_minor, discount_minor, total_minor, line_count, created_at, "
                           "recorded_at, recorded_by_user_id)"),
            rows, QStringLiteral("ON CONFLICT (channel, number) DO NOTHING RETURNING id, channel, number"),
            [&](const QSqlQuery &q) {
                added.insert({q.value(1).toString(), q.value(2).toString()}, q.value(0).toLongLong());
            });
        !s)
        return s.failure();
    QList<qint64> ids;
    ids.reserve(orders.size());
    QList<QVariantList> lines, progress;
    progress.reserve(orders.size());
    for (const Order &o : orders) {
        // take(): of two copies of a number, the second was not added.
        const qint64 id = added.take({o.channel, o.number});
        ids.append(id);
        if (!id)
            continue;
        for (int i = 0; i < o.lines.size(); ++i) {
            const OrderLine &l = o.lines.at(i);
            lines.append({id, i + 1, l.sku, l.title, l.quantity, l.unitPriceMinor, l.discountMinor});
        }
        progress.append({id, orderStateKey(o.state), o.channelStatus});
    }
    if (Status s = m_db.insertRows(QStringLiteral("INSERT INTO order_lines(order_id, line_no, sku, title, quantity, "
                                                  "unit_price_minor, discount_minor)"),
                                   lines);
        !s)
        return s.failure();
    if (Status s =
            m_db.insertRows(QStringLiteral("INSERT INTO order_progress(order_id, state, channel_status)"), progress);
        !s)
        return s.failure();
    return ids;
}

Result<QSet<qint64>> OrderRepository::addRecorded(const QString &rowsJson, qsizetype count, qint64 byUserId,
                                                  const QString &at)
{
    // A row: [id, channel, number, customer, contact_name, phone, address, currency, goods_minor,
    // shipping_minor, discount_minor, total_minor, created_at, lines, channel_status]; a line:
    // [sku, title, quantity, unit_price_minor, discount_minor] (OrderBook::kRecordedColumns).
    const SqlDialect sql = m_db.dialect();
    // The JSON read once, into a table of this connection's own (TEMP, in memory) that the four
    // inserts read: SQLite would parse the text again for each, and write a row's text out again
    // for every field read (MATERIALIZED stops that). Measured in order_bench: 1.3 s for 100,000
    // orders, where each insert reading the JSON itself took 2.1 s.
    const QString staging = QStringLiteral("recorded_orders");
    // Run, not prepared: a server prepares no CREATE.
    QSqlQuery create = m_db.query();
    if (!create.exec(
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 (id BIGINT PRIMARY KEY, channel TEXT, number TEXT, "
                           "customer TEXT, contact_name TEXT, phone TEXT, address TEXT, currency TEXT, goods_minor "
                           "BIGINT, shipping_minor BIGINT, discount_minor BIGINT, total_minor BIGINT, created_at TEXT, "
                           "lines TEXT, line_count BIGINT, channel_status TEXT)")
                .arg(staging)))
        return Database::failure(create);
    if (Status s = m_db.keptQuery(
            QStringLiteral("WITH r(v) AS MATERIALIZED (SELECT o.value FROM %1) INSERT INTO %2 SELECT "
                           "CAST(v->>0 AS BIGINT), v->>1, v->>2, v->>3, v->>4, v->>5, v->>6, v->>7, CAST(v->>8 AS "
                           "BIGINT), CAST(v->>9 AS BIGINT), CAST(v->>10 AS BIGINT), CAST(v->>11 AS BIGINT), v->>12, "
                           "CAST(v->13 AS TEXT), json_array_length(v->13), v->>14 FROM r")
                .arg(sql.jsonElements(QStringLiteral("?"), QStringLiteral("o")), staging),
            {rowsJson});
        !s)
        return s.failure();
    QSet<qint64> added;
    // WHERE true: SQLite would read ON CONFLICT as the join's.
    if (Status s = m_db.keptQuery(
            QStringLiteral("INSERT INTO orders(id, channel, number, customer, contact_name, phone, address, currency, "
                           "goods_minor, shipping_minor, discount_minor, total_minor, line_count, created_at, "
                           "recorded_at, recorded_by_user_id) SELECT id, channel, number, customer, contact_name, "
                           "phone, address, currency, goods_minor, shipping_minor, discount_minor, total_minor, "
                           "line_count, created_at, ?, ? FROM %1 WHERE true ON CONFLICT DO "
                           "NOTHING RETURNING id")
                .arg(staging),
            {at, byUserId}, [&](const QSqlQuery &q) { added.insert(q.value(0).toLongLong()); });
        !s)
        return s.failure();
    if (added.size() < count)
        return added; // the transaction ends: the rest would only fail
    const QList<std::pair<QString, QVariantList>> rest{
        {QStringLiteral("INSERT INTO order_lines(order_id, line_no, sku, title, quantity, unit_price_minor, "
                        "discount_minor) SELECT s.id, %1, l.value->>0, l.value->>1, CAST(l.value->>2 AS BIGINT), "
                        "CAST(l.value->>3 AS BIGINT), CAST(l.value->>4 AS BIGINT) FROM %2 s, %3")
             .arg(sql.position(QStringLiteral("l")), staging,
                  sql.jsonElements(QStringLiteral("s.lines"), QStringLiteral("l"))),
         {}},
        {QStringLiteral("INSERT INTO order_progress(order_id, state, channel_status) SELECT id, 'new', channel_status "
                        "FROM %1")
             .arg(staging),
         {}},
        {QStringLiteral("INSERT INTO order_events(order_id, kind, text, amount_minor, by_user_id, at) SELECT id, "
                        "'channel_status', channel_status, 0, ?, ? FROM %1 WHERE channel_status <> '' ORDER BY id")
             .arg(staging),
         {byUserId, at}}};
    for (const auto &[statement, values] : rest)
        if (Status s = m_db.keptQuery(statement, values); !s)
            return s.failure();
    if (Status s = m_db.keptQuery(QStringLiteral("DELETE FROM %1").arg(staging), {}); !s)
        return s.failure();
    return added;
}

Result<qint64> OrderRepository::addEvent(const OrderEvent &e, qint64 byUserId)
{
    return m_db.keptInsert(
        QStringLiteral("INSERT INTO order_events(order_id, kind, text, amount_minor, by_user_id, at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {e.orderId, orderEventKindKey(e.kind), e.text, e.amountMinor, byUserId, toStoredInstant(e.at)});
}

Status OrderRepository::setProgress(const Order &o, const QDateTime &dueAt)
{
    return m_db.keptQuery(
        QStringLiteral("UPDATE order_progress SET state = ?, accepted_at = ?, confirmed_at = ?, due_at = ?, "
                       "channel_status = ? WHERE order_id = ?"),
        {orderStateKey(o.state), storedInstantOrNull(o.acceptedAt), storedInstantOrNull(o.confirmedAt),
         storedInstantOrNull(dueAt), o.channelStatus, o.id});
}

Result<QHash<QString, OrderRepository::Known>> OrderRepository::known(const QString &channel,
                                                                      const QStringList &numbers) const
{
    // A few hundred numbers a statement: an import of 100,000 orders asks a few hundred times,
    // always the same statement (the last numbers repeated to fill it), kept: Qt names each `?`
    // for SQLite, which takes time growing with the square of their count to prepare.
    constexpr int kBatch = 400;
    static const QString sql =
        QStringLiteral("SELECT o.id, o.number, coalesce(p.channel_status, '') FROM orders o LEFT JOIN "
                       "order_progress p ON p.order_id = o.id WHERE o.channel = ? AND o.number IN (%1)")
            .arg(QStringLiteral("?,").repeated(kBatch).chopped(1));
    QHash<QString, Known> found;
    for (int from = 0; from < numbers.size(); from += kBatch) {
        QVariantList values{channel};
        for (int i = 0; i < kBatch; ++i)
            values << numbers.at(qMin<qsizetype>(from + i, numbers.size() - 1));
        if (Status s = m_db.keptQuery(
                sql, values,
                [&](const QSqlQuery &q) {
                    found.insert(q.value(1).toString(), {q.value(0).toLongLong(), q.value(2).toString()});
                });
            !s)
            return s.failure();
    }
    return found;
}

Result<QList<Order>> OrderRepository::read(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, kSelect + where, values); !s)
        return s.failure();
    QList<Order> list;
    while (q.next()) {
        Order o;
        o.id = q.value(0).toLongLong();
        o.channel = q.value(1).toString();
        o.number = q.value(2).toString();
        o.customer = q.value(3).toString();
        o.contactName = q.value(4).toString();
        o.phone = q.value(5).toString();
        o.address = q.value(6).toString();
        o.currency = q.value(7).toString();
        o.goodsMinor = q.value(8).toLongLong();
        o.shippingMinor = q.value(9).toLongLong();
        o.discountMinor = q.value(10).toLongLong();
        o.totalMinor = q.value(11).toLongLong();
        o.createdAt = fromStoredInstant(q.value(12).toString());
        o.state = orderStateFromKey(q.value(13).toString()).value_or(OrderState::New);
        if (const QString t = q.value(14).toString(); !t.isEmpty())
            o.acceptedAt = fromStoredInstant(t);
        if (const QString t = q.value(15).toString(); !t.isEmpty())
            o.confirmedAt = fromStoredInstant(t);
        o.channelStatus = q.value(16).toString();
        list.append(o);
    }
    return list;
}

Status OrderRepository::readLines(Order &o) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT sku, title, quantity, unit_price_minor, discount_minor FROM order_lines "
                           "WHERE order_id = ? ORDER BY line_no"),
            {o.id});
        !s)
        return s;
    o.lines.clear();
    while (q.next())
        o.lines.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toLongLong(),
                        q.value(4).toLongLong()});
    return success();
}

Result<std::optional<Order>> OrderRepository::find(qint64 id) const
{
    auto list = read(QStringLiteral("WHERE o.id = ?"), {id});
    if (!list)
        return list.failure();
    if (list->isEmpty())
        return std::optional<Order>();
    Order o = list->first();
    if (Status s = readLines(o); !s)
        return s.failure();
    return std::optional<Order>(o);
}

Result<QList<Order>> OrderRepository::withNumber(const QString &number) const
{
    return read(QStringLiteral("WHERE o.number = ? ORDER BY o.channel"), {number});
}

Result<QList<Order>> OrderRepository::withIds(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return QList<Order>();
    QVariantList values;
    for (qint64 id : ids)
        values << id;
    const QString marks = QStringLiteral("?,").repeated(ids.size()).chopped(1);
    auto orders = read(QStringLiteral("WHERE o.id IN (%1) ORDER BY o.id").arg(marks), values);
    if (!orders)
        return orders;
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < orders->size(); ++i)
        at.insert(orders->at(i).id, i);
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT order_id, sku, title, quantity, unit_price_minor, discount_minor FROM order_lines "
                           "WHERE order_id IN (%1) ORDER BY order_id, line_no")
                .arg(marks),
            values);
        !s)
        return s.failure();
    while (q.next())
        if (const auto i = at.constFind(q.value(0).toLongLong()); i != at.cend())
            (*orders)[*i].lines.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                                        q.value(4).toLongLong(), q.value(5).toLongLong()});
    return orders;
}

Result<std::optional<Order>> OrderRepository::byNumber(const QString &channel, const QString &number) const
{
    auto list = read(QStringLiteral("WHERE o.channel = ? AND o.number = ?"), {channel, number});
    if (!list)
        return list.failure();
    if (list->isEmpty())
        return std::optional<Order>();
    Order o = list->first();
    if (Status s = readLines(o); !s)
        return s.failure();
    return std::optional<Order>(o);
}

Result<QList<OrderEvent>> OrderRepository::events(qint64 orderId) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT e.id, e.order_id, e.kind, e.text, e.amount_minor, "
                           "coalesce(nullif(u.display_name, ''), u.username, ''), e.at FROM order_events e "
                           "LEFT JOIN users u ON u.id = e.by_user_id WHERE e.order_id = ? ORDER BY e.id"),
            {orderId});
        !s)
        return s.failure();
    QList<OrderEvent> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                     orderEventKindFromKey(q.value(2).toString()).value_or(OrderEventKind::Note), q.value(3).toString(),
                     q.value(4).toLongLong(), q.value(5).toString(), fromStoredInstant(q.value(6).toString())});
    return list;
}

Result<Page<Order>> OrderRepository::page(const OrderQuery &query, const PageCursor &after, int pageSize) const
{
    QString where = QStringLiteral("WHERE 1=1");
    QVariantList values;
    if (const QString text = query.text.trimmed(); text.size() >= OrderQuery::kShortestStart) {
        // An order number, a phone or a buyer's account, whole or its start: a range of each
        // index (a LIKE would read the whole table).
        const QString end = text + QChar(0xFFFF);
        where += QStringLiteral(" AND ((o.number >= ? AND o.number < ?) OR (o.phone >= ? AND o.phone < ?) "
                                "OR (o.customer >= ? AND o.customer < ?))");
        values << text << end << text << end << text << end;
    } else if (!text.isEmpty()) {
        // A few characters are the start of too many: whole values only.
        where += QStringLiteral(" AND (o.number = ? OR o.phone = ? OR o.customer = ?)");
        values << text << text << text;
    }
    if (!query.channel.isEmpty()) {
        where += QStringLiteral(" AND o.channel = ?");
        values << query.channel;
    }
    if (query.state) {
        where += QStringLiteral(" AND p.state = ?");
        values << orderStateKey(*query.state);
    }
    if (const QString sku = query.sku.trimmed(); !sku.isEmpty()) {
        where += QStringLiteral(" AND o.id IN (SELECT order_id FROM order_lines WHERE sku = ?)");
        values << sku;
    }
    if (query.from.isValid()) {
        where += QStringLiteral(" AND o.created_at >= ?");
        values << toStoredInstant(ShopTime::dayStart(query.from));
    }
    if (query.to.isValid()) {
        where += QStringLiteral(" AND o.created_at < ?");
        values << toStoredInstant(ShopTime::dayStart(query.to.addDays(1)));
    }
    const int size = qBound(1, pageSize, 10000);
    // A cursor of the rest (the newest first) holds its creation time and id; one of the running
    // clocks "due", the deadline and the id; "rest" alone: the rest from its first row.
    const bool inRest = after.after.size() == 2 || after.after.size() == 1;
    if (!query.onlyRunningClocks && (!query.runningClocksFirst || inRest)) {
        if (query.runningClocksFirst)
            where += QStringLiteral(" AND p.due_at IS NULL");
        return newestFirst(where, values, after.after.size() == 2 ? after : PageCursor{}, size);
    }
    // The orders whose clock runs, the nearest deadline first (keyset: deadline, id).
    QString running = where + QStringLiteral(" AND p.due_at IS NOT NULL");
    QVariantList runningValues = values;
    if (after.after.size() == 3) {
        running += QStringLiteral(" AND (p.due_at, p.order_id) > (?, ?)");
        runningValues << after.after.at(1) << after.after.at(2);
    }
    // By the partial index of the running clocks, in its own order.
    auto rows = read(running + QStringLiteral(" ORDER BY p.due_at, p.order_id LIMIT %1").arg(size + 1), runningValues);
    if (!rows)
        return rows.failure();
    if (query.onlyRunningClocks || rows->size() > size)
        return pageOf(std::move(*rows), size, [](const Order &last) {
            return PageCursor{{QStringLiteral("due"), toStoredInstant(OrderRules::deadline(last)), last.id}};
        });
    // The last running clock is on this page: the page goes on with the rest, the newest first.
    Page<Order> page;
    page.rows = std::move(*rows);
    const int room = size - int(page.rows.size());
    if (room == 0) {
        page.more = true; // the next page finds out
        page.next = PageCursor{{QStringLiteral("rest")}};
        return page;
    }
    auto rest = newestFirst(where + QStringLiteral(" AND p.due_at IS NULL"), values, {}, room);
    if (!rest)
        return rest.failure();
    page.rows.append(rest->rows);
    page.more = rest->more;
    page.next = rest->next;
    return page;
}

Result<Page<Order>> OrderRepository::newestFirst(QString where, QVariantList values, const PageCursor &after,
                                                 int size) const
{
    if (after.after.size() == 2) {
        // A row value: a range of the creation index, not a scan from the top to the cursor.
        where += QStringLiteral(" AND (o.created_at, o.id) < (?, ?)");
        values << after.after.at(0) << after.after.at(1);
    }
    auto rows = read(where + QStringLiteral(" ORDER BY o.created_at DESC, o.id DESC LIMIT %1").arg(size + 1), values);
    if (!rows)
        return rows.failure();
    return pageOf(std::move(*rows), size, [](const Order &last) {
        return PageCursor{{toStoredInstant(last.createdAt), last.id}};
    });
}

Result<QList<Order>> OrderRepository::recordedAfter(qint64 afterId, int limit) const
{
    return read(QStringLiteral("WHERE o.id > ? ORDER BY o.id LIMIT %1").arg(qBound(1, limit, 10000)), {afterId});
}

Result<qint64> OrderRepository::newestId() const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, QStringLiteral("SELECT coalesce(max(id), 0) FROM orders"), {}); !s)
        return s.failure();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<QStringList> OrderRepository::channels() const
{
    // One step through the (channel, number) index per channel, not a read of every order.
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("WITH RECURSIVE c(channel) AS (SELECT min(channel) FROM orders UNION ALL "
                           "SELECT (SELECT min(channel) FROM orders WHERE channel > c.channel) FROM c "
                           "WHERE c.channel IS NOT NULL) SELECT channel FROM c WHERE channel IS NOT NULL"),
            {});
        !s)
        return s.failure();
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

} // namespace shopdesk
