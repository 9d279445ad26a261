#include "OrderBook.h"

#include "ShopActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/OrderRepository.h"
#include "database/data/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <future>

namespace shopdesk {

const QStringList OrderBook::kRecordedColumns{QStringLiteral("id"),
                                              QStringLiteral("channel"),
                                              QStringLiteral("number"),
                                              QStringLiteral("customer"),
                                              QStringLiteral("contact_name"),
                                              QStringLiteral("phone"),
                                              QStringLiteral("address"),
                                              QStringLiteral("currency"),
                                              QStringLiteral("goods_minor"),
                                              QStringLiteral("shipping_minor"),
                                              QStringLiteral("discount_minor"),
                                              QStringLiteral("total_minor"),
                                              QStringLiteral("created_at"),
                                              QStringLiteral("lines")};
const QStringList OrderBook::kRecordedLineColumns{QStringLiteral("sku"), QStringLiteral("title"),
                                                  QStringLiteral("quantity"), QStringLiteral("unit_price_minor"),
                                                  QStringLiteral("discount_minor")};

QJsonArray OrderBook::recordedRow(const Order &o)
{
    // Arrays, not objects: a record keeps a thousand orders, and Qt builds an object's keys one by
    // one (the names are said once, in the record's columns).
    QJsonArray lines;
    for (const OrderLine &l : o.lines)
        lines.append(QJsonArray{l.sku, l.title, l.quantity, l.unitPriceMinor, l.discountMinor});
    return {o.id,
            o.channel,
            o.number,
            o.customer,
            o.contactName,
            o.phone,
            o.address,
            o.currency,
            o.goodsMinor,
            o.shippingMinor,
            o.discountMinor,
            o.totalMinor,
            toStoredInstant(o.createdAt),
            lines};
}

QString OrderBook::recordedRows(const QList<Order> &orders)
{
    QJsonArray rows;
    for (const Order &o : orders) {
        QJsonArray row = recordedRow(o);
        row.append(o.channelStatus); // RULE ORD-05: the status it came with, its first event
        rows.append(row);
    }
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

Status OrderBook::auditRecorded(Database &db, const Clock &clock, const Actor &actor, const QList<Order> &orders)
{
    if (orders.isEmpty())
        return success();
    AuditTrail audit(db, clock);
    auto end = audit.chainEnd();
    if (!end)
        return end.failure();
    return audit.append(auditRecord(clock, actor, orders, recordedRows(orders), *end));
}

AuditRecord OrderBook::auditRecord(const Clock &clock, const Actor &actor, const QList<Order> &orders,
                                   const QString &rows, const AuditRecord &previous)
{
    // The record's content as QJsonDocument would write the object {columns, line_columns,
    // orders} (keys in order, compact), the rows' text put in as it is, not built twice.
    static const QString columns = [] {
        QJsonArray c = QJsonArray::fromStringList(kRecordedColumns);
        c.append(QStringLiteral("channel_status"));
        return QString::fromUtf8(QJsonDocument(c).toJson(QJsonDocument::Compact));
    }();
    static const QString lineColumns = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(kRecordedLineColumns)).toJson(QJsonDocument::Compact));
    const QString ids = orders.size() == 1 ? QString::number(orders.first().id)
                                           : QStringLiteral("%1-%2").arg(orders.first().id).arg(orders.last().id);
    return AuditTrail::linked(clock, actor, kRecordedAction, QStringLiteral("orders"), ids,
                              QStringLiteral("{\"columns\":") + columns + QStringLiteral(",\"line_columns\":")
                                  + lineColumns + QStringLiteral(",\"orders\":") + rows + QLatin1Char('}'),
                              previous);
}

Result<qint64> OrderBook::record(const Actor &actor, const Order &order)
{
    return m_db.write([&]() -> Result<qint64> { return recordInTransaction(m_db, m_clock, actor, order); });
}

Result<qint64> OrderBook::recordInTransaction(Database &db, const Clock &clock, const Actor &actor, const Order &order)
{
    auto ids = recordAllInTransaction(db, clock, actor, {order});
    if (!ids)
        return ids.failure();
    return ids->first();
}

Result<QList<qint64>> OrderBook::recordAllInTransaction(Database &db, const Clock &clock, const Actor &actor,
                                                        const QList<Order> &given)
{
    if (Status allowed = Permissions::require(actor, ShopAction::Orders); !allowed)
        return allowed.failure();
    QList<Order> orders;
    orders.reserve(given.size());
    for (Order order : given) {
        order.channel = order.channel.trimmed();
        order.number = order.number.trimmed();
        order.currency = order.currency.trimmed().toUpper();
        if (const QString problem = OrderRules::problem(order); !problem.isEmpty())
            return fail(tr("Order %1: %2").arg(order.number, problem));
        order.state = OrderState::New;
        orders.append(order);
    }
    if (orders.isEmpty())
        return QList<qint64>();
    // RULE ORD-05: one text says the orders to the tables and to their audit record; their ids are
    // taken first, so that it can say them.
    auto ids = db.newIds(QStringLiteral("orders"), orders.size());
    if (!ids)
        return ids;
    for (qsizetype i = 0; i < orders.size(); ++i)
        orders[i].id = ids->at(i);
    auto end = AuditTrail(db, clock).chainEnd();
    if (!end)
        return end.failure();
    // A thousand a statement and a record (100,000 orders' rows at once would take hundreds of
    // megabytes). The next thousand's text and audit record are made on another thread meanwhile:
    // that takes about half as long as the database takes to store the thousand before.
    constexpr qsizetype kAtATime = 1000;
    const auto made = [&](qsizetype from, const AuditRecord &previous) {
        Batch batch{orders.mid(from, kAtATime), {}, {}};
        batch.rows = recordedRows(batch.orders);
        batch.record = auditRecord(clock, actor, batch.orders, batch.rows, previous);
        return batch;
    };
    Batch batch = made(0, *end); // one order (a web shop's, say) starts no thread
    std::future<Batch> next;
    for (qsizetype from = 0; from < orders.size(); from += kAtATime) {
        if (from > 0)
            batch = next.get();
        if (from + kAtATime < orders.size())
            next = std::async(std::launch::async, made, from + kAtATime, batch.record);
        if (Status s = recordSome(db, clock, actor, batch); !s)
            return s.failure(); // the batch being made is waited for, then dropped
    }
    return ids;
}

Status OrderBook::recordSome(Database &db, const Clock &clock, const Actor &actor, const Batch &batch)
{
    auto added =
        OrderRepository(db).addRecorded(batch.rows, batch.orders.size(), actor.userId, toStoredInstant(clock.nowUtc()));
    if (!added)
        return added.failure();
    // The key (channel, number) keeps out a second copy, not a look-up before every order of an
    // import.
    for (const Order &order : batch.orders)
        if (!added->contains(order.id))
            return conflict(tr("%1 order %2 is recorded already; read the list or the file again.")
                                .arg(order.channel, order.number)); // by another PC's import meanwhile, say
    return AuditTrail(db, clock).append(batch.record);
}

Result<OrderState> OrderBook::happen(const Actor &actor, qint64 orderId, OrderEventKind kind, const QString &text,
                                     qint64 amountMinor)
{
    return m_db.write([&]() -> Result<OrderState> {
        return happenInTransaction(m_db, m_clock, actor, orderId, kind, text, amountMinor);
    });
}

Result<OrderState> OrderBook::happenInTransaction(Database &db, const Clock &clock, const Actor &actor, qint64 orderId,
                                                  OrderEventKind kind, const QString &given, qint64 amountMinor)
{
    if (Status allowed = Permissions::require(actor, ShopAction::Orders); !allowed)
        return allowed.failure();
    const QString text = given.trimmed();
    if (kind == OrderEventKind::Cancelled && text.isEmpty())
        return fail(tr("Say why the order is cancelled."));
    if (kind == OrderEventKind::Shipped && text.isEmpty())
        return fail(tr("Give the carrier and the tracking number."));
    if (kind == OrderEventKind::Note && text.isEmpty())
        return fail(tr("Write the note."));
    OrderRepository repo(db);
    auto found = repo.find(orderId);
    if (!found)
        return found.failure();
    if (!*found)
        return fail(tr("The order no longer exists."));
    Order order = **found;
    if (kind == OrderEventKind::Refunded) {
        auto past = repo.events(orderId);
        if (!past)
            return past.failure();
        qint64 refunded = 0;
        for (const OrderEvent &e : *past)
            refunded += e.kind == OrderEventKind::Refunded ? e.amountMinor : 0;
        if (amountMinor <= 0 || refunded + amountMinor > order.totalMinor)
            return fail(tr("A refund is more than zero and all refunds at most the order's total %1 (%2 refunded "
                           "so far).")
                            .arg(order.totalMinor)
                            .arg(refunded));
    }
    QString why;
    const auto next = OrderRules::after(order.state, kind, &why);
    if (!next)
        return fail(tr("Order %1: %2").arg(order.number, why));
    OrderEvent event;
    event.orderId = orderId;
    event.kind = kind;
    event.text = text;
    event.amountMinor = kind == OrderEventKind::Refunded ? amountMinor : 0;
    event.at = clock.nowUtc();
    auto id = repo.addEvent(event, actor.userId);
    if (!id)
        return id.failure();
    order.state = *next;
    if (kind == OrderEventKind::Accepted)
        order.acceptedAt = event.at; // RULE ORD-02: the contact clock starts
    if (kind == OrderEventKind::Confirmed)
        order.confirmedAt = event.at; // RULE ORD-03: the hand-over clock starts
    if (kind == OrderEventKind::ChannelStatus)
        order.channelStatus = text;
    if (Status s = repo.setProgress(order, OrderRules::deadline(order)); !s)
        return s.failure();
    if (Status s = AuditTrail(db, clock).record(actor, QStringLiteral("shop.order.event"),
                                                QStringLiteral("order_events"), QString::number(*id), {},
                                                {{QStringLiteral("order"), order.number},
                                                 {QStringLiteral("channel"), order.channel},
                                                 {QStringLiteral("kind"), orderEventKindKey(kind)},
                                                 {QStringLiteral("text"), text},
                                                 {QStringLiteral("amount_minor"), event.amountMinor}});
        !s)
        return s.failure();
    return order.state;
}

Result<Order> OrderBook::order(const Actor &actor, qint64 orderId) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    auto found = OrderRepository(m_db).find(orderId);
    if (!found)
        return found.failure();
    if (!*found)
        return fail(tr("The order no longer exists."));
    return **found;
}

Result<Order> OrderBook::byNumber(const Actor &actor, const QString &number) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    const QString wanted = number.trimmed();
    auto same = OrderRepository(m_db).withNumber(wanted); // at any channel
    if (!same)
        return same.failure();
    if (same->isEmpty())
        return fail(tr("There is no order %1.").arg(wanted));
    if (same->size() > 1) {
        QStringList channels;
        for (const Order &o : std::as_const(*same))
            channels << o.channel;
        return fail(tr("Order number %1 is at more than one channel (%2): open it from the list.")
                        .arg(wanted, channels.join(QStringLiteral(", "))));
    }
    return order(actor, same->first().id);
}

Result<Order> OrderBook::packScanned(const Actor &actor, const QString &scannedNumber)
{
    auto found = byNumber(actor, scannedNumber);
    if (!found)
        return found;
    if (auto packed = happen(actor, found->id, OrderEventKind::Packed); !packed)
        return packed.failure();
    return order(actor, found->id);
}

Result<QStringList> OrderBook::channels(const Actor &actor) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    return OrderRepository(m_db).channels();
}

Result<QList<Order>> OrderBook::recordedAfter(const Actor &actor, qint64 afterId, int limit) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    return OrderRepository(m_db).recordedAfter(afterId, limit);
}

Result<qint64> OrderBook::newestId(const Actor &actor) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    return OrderRepository(m_db).newestId();
}

Result<QList<OrderEvent>> OrderBook::events(const Actor &actor, qint64 orderId) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    return OrderRepository(m_db).events(orderId);
}

Result<Page<Order>> OrderBook::page(const Actor &actor, const OrderQuery &query, const PageCursor &after,
                                    int pageSize) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    return OrderRepository(m_db).page(query, after, pageSize);
}

} // namespace shopdesk
