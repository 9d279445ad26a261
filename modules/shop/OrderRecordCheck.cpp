#include "OrderRecordCheck.h"

#include "OrderBook.h"
#include "common/Clock.h"
#include "data/OrderRepository.h"
#include "database/data/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace shopdesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OrderRecordCheck)
};
constexpr int kNamed = 10; // problems named one by one; the rest counted

// What the check learns from the records, as it reads them.
struct Findings
{
    ContentFindings found;
    int more = 0;
    QSet<qint64> recorded; // the orders a record names and that are there

    void problem(const QString &line)
    {
        if (found.problems.size() < kNamed)
            found.problems.append(line);
        else
            ++more;
    }
    // The order `id` against what record `recordId` kept of it, field by field.
    void compare(qint64 recordId, qint64 id, const QString &number, const Order *order, const QStringList &fields,
                 const QJsonArray &kept, const QJsonArray &now)
    {
        if (!order) {
            problem(Tr::tr("Order %1 (audit record %2) is gone: someone removed it behind the program's back.")
                        .arg(number)
                        .arg(recordId));
            return;
        }
        recorded.insert(id);
        if (now == kept)
            return;
        QStringList differ;
        for (qsizetype i = 0; i < qMax(now.size(), kept.size()); ++i)
            if (now.at(i) != kept.at(i))
                differ << fields.value(i, QString::number(i));
        problem(Tr::tr("Order %1 at %2 differs from its audit record %3 in %4: someone changed it behind the "
                       "program's back.")
                    .arg(order->number, order->channel)
                    .arg(recordId)
                    .arg(differ.join(QStringLiteral(", "))));
    }
};

// The orders of `ids` by id.
Result<QHash<qint64, Order>> ordersWithIds(Database &db, const QList<qint64> &ids)
{
    auto orders = OrderRepository(db).withIds(ids);
    if (!orders)
        return orders.failure();
    QHash<qint64, Order> byId;
    for (const Order &o : std::as_const(*orders))
        byId.insert(o.id, o);
    return byId;
}

// Records of recorded orders (OrderBook::auditRecorded), a few at a time: each keeps up to a
// thousand orders.
Status checkRecords(Database &db, Findings &f)
{
    constexpr int kRecordsAtATime = 2; // up to 2,000 orders a look-up
    for (qint64 afterRecord = 0;;) {
        QList<std::pair<qint64, QJsonArray>> records; // record id, its rows
        if (Status s = db.keptQuery(
                QStringLiteral("SELECT id, after_json FROM audit_log WHERE id > ? AND action = ? ORDER BY id LIMIT %1")
                    .arg(kRecordsAtATime),
                {afterRecord, OrderBook::kRecordedAction},
                [&](const QSqlQuery &q) {
                    records.append({q.value(0).toLongLong(),
                                    QJsonDocument::fromJson(q.value(1).toByteArray())
                                        .object()
                                        .value(QStringLiteral("orders"))
                                        .toArray()});
                });
            !s)
            return s;
        if (records.isEmpty())
            return success();
        afterRecord = records.constLast().first;
        QList<qint64> ids;
        for (const auto &[recordId, rows] : std::as_const(records))
            for (const QJsonValue &row : rows)
                ids << row.toArray().first().toInteger();
        auto orders = ordersWithIds(db, ids);
        if (!orders)
            return orders.failure();
        for (const auto &[recordId, rows] : std::as_const(records))
            for (const QJsonValue &value : rows) {
                QJsonArray kept = value.toArray();
                kept.removeLast(); // the channel's status it came with: its first event, not the order
                const qint64 id = kept.first().toInteger();
                const auto order = orders->constFind(id);
                const bool there = order != orders->cend();
                f.compare(recordId, id, kept.at(2).toString(), there ? &*order : nullptr, OrderBook::kRecordedColumns,
                          kept, there ? OrderBook::recordedRow(*order) : QJsonArray());
            }
    }
}

// Before records of many orders, each order had a record of its own ("shop.order.record"), an
// object of its fields; databases keep them.
QJsonObject oneOrderContent(const Order &o)
{
    QJsonArray lines;
    for (const OrderLine &l : o.lines)
        lines.append(QJsonObject{{QStringLiteral("sku"), l.sku},
                                 {QStringLiteral("title"), l.title},
                                 {QStringLiteral("quantity"), l.quantity},
                                 {QStringLiteral("unit_price_minor"), l.unitPriceMinor},
                                 {QStringLiteral("discount_minor"), l.discountMinor}});
    return {{QStringLiteral("channel"), o.channel},
            {QStringLiteral("number"), o.number},
            {QStringLiteral("customer"), o.customer},
            {QStringLiteral("contact_name"), o.contactName},
            {QStringLiteral("phone"), o.phone},
            {QStringLiteral("address"), o.address},
            {QStringLiteral("currency"), o.currency},
            {QStringLiteral("goods_minor"), o.goodsMinor},
            {QStringLiteral("shipping_minor"), o.shippingMinor},
            {QStringLiteral("discount_minor"), o.discountMinor},
            {QStringLiteral("total_minor"), o.totalMinor},
            {QStringLiteral("created_at"), toStoredInstant(o.createdAt)},
            {QStringLiteral("lines"), lines}};
}

Status checkOneOrderRecords(Database &db, Findings &f)
{
    constexpr int kBatch = 2000;
    for (qint64 afterRecord = 0;;) {
        QList<std::pair<qint64, QJsonObject>> batch; // order id, what the record says
        QList<qint64> recordIds, ids;
        if (Status s = db.keptQuery(
                QStringLiteral("SELECT id, entity_id, after_json FROM audit_log WHERE id > ? AND action = "
                               "'shop.order.record' ORDER BY id LIMIT %1")
                    .arg(kBatch),
                {afterRecord},
                [&](const QSqlQuery &q) {
                    recordIds << q.value(0).toLongLong();
                    ids << q.value(1).toLongLong();
                    batch.append({ids.constLast(), QJsonDocument::fromJson(q.value(2).toByteArray()).object()});
                });
            !s)
            return s;
        if (batch.isEmpty())
            return success();
        afterRecord = recordIds.constLast();
        auto orders = ordersWithIds(db, ids);
        if (!orders)
            return orders.failure();
        for (int i = 0; i < batch.size(); ++i) {
            QJsonObject kept = batch.at(i).second;
            kept.remove(QStringLiteral("channel_status")); // its first event, not the order
            const qint64 id = batch.at(i).first;
            const auto order = orders->constFind(id);
            const bool there = order != orders->cend();
            const QJsonObject now = there ? oneOrderContent(*order) : QJsonObject();
            // Compared as rows of the fields' values, the fields named as the record names them.
            QJsonArray keptRow, nowRow;
            for (const QString &key : now.keys()) {
                keptRow.append(kept.value(key));
                nowRow.append(now.value(key));
            }
            f.compare(recordIds.at(i), id, kept.value(QStringLiteral("number")).toString(), there ? &*order : nullptr,
                      now.keys(), keptRow, nowRow);
        }
    }
}
} // namespace

Result<ContentFindings> OrderRecordCheck::run(Database &db)
{
    Findings f;
    if (Status s = checkRecords(db, f); !s)
        return s.failure();
    if (Status s = checkOneOrderRecords(db, f); !s)
        return s.failure();
    // An order no record names was added behind the program's back.
    qint64 total = 0;
    if (Status s = db.keptQuery(QStringLiteral("SELECT count(*) FROM orders"), {},
                                [&](const QSqlQuery &q) { total = q.value(0).toLongLong(); });
        !s)
        return s.failure();
    if (total > f.recorded.size()) {
        constexpr int kPage = 2000;
        for (qint64 after = 0;;) {
            QList<std::pair<qint64, QString>> page;
            if (Status s = db.keptQuery(
                    QStringLiteral("SELECT id, channel || ' ' || number FROM orders WHERE id > ? ORDER BY id LIMIT %1")
                        .arg(kPage),
                    {after},
                    [&](const QSqlQuery &q) {
                        page.append({q.value(0).toLongLong(), q.value(1).toString()});
                    });
                !s)
                return s.failure();
            if (page.isEmpty())
                break;
            after = page.constLast().first;
            for (const auto &[id, name] : std::as_const(page))
                if (!f.recorded.contains(id))
                    f.problem(
                        Tr::tr("Order %1 has no audit record: it was added behind the program's back.").arg(name));
        }
    }
    if (f.more > 0)
        f.found.problems.append(Tr::tr("... and %n more order problem(s).", nullptr, f.more));
    f.found.summary = Tr::tr("Orders as recorded: %n order(s), each as its audit record says", nullptr, int(total));
    return f.found;
}

} // namespace shopdesk
