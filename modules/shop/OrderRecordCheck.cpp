#include "OrderRecordCheck.h"

#include "OrderBook.h"
#include "data/OrderRepository.h"
#include "database/data/Database.h"

#include <QJsonDocument>
#include <QSet>

namespace shopdesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(OrderRecordCheck)
};
constexpr int kBatch = 2000;
constexpr int kNamed = 10; // problems named one by one; the rest counted
} // namespace

Result<ContentFindings> OrderRecordCheck::run(Database &db)
{
    ContentFindings found;
    int more = 0;
    auto problem = [&](const QString &line) {
        if (found.problems.size() < kNamed)
            found.problems.append(line);
        else
            ++more;
    };
    QSet<qint64> recorded; // the orders a record names and that are there
    qint64 gone = 0;
    OrderRepository repo(db);
    // The orders' audit records a batch at a time by their own id (a range of the log's rowid).
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
            return s.failure();
        if (batch.isEmpty())
            break;
        afterRecord = recordIds.constLast();
        auto orders = repo.withIds(ids);
        if (!orders)
            return orders.failure();
        QHash<qint64, const Order *> byId;
        for (const Order &o : std::as_const(*orders))
            byId.insert(o.id, &o);
        for (int i = 0; i < batch.size(); ++i) {
            const qint64 id = batch.at(i).first;
            QJsonObject kept = batch.at(i).second;
            kept.remove(OrderBook::kFirstChannelStatus);
            const Order *order = byId.value(id);
            if (order)
                recorded.insert(id);
            else
                ++gone;
            if (!order) {
                problem(Tr::tr("Order %1 (audit record %2) is gone: someone removed it behind the program's back.")
                            .arg(kept.value(QStringLiteral("number")).toString())
                            .arg(recordIds.at(i)));
                continue;
            }
            const QJsonObject now = OrderBook::recordedContent(*order);
            if (now == kept)
                continue;
            QStringList fields;
            for (auto it = now.begin(); it != now.end(); ++it)
                if (kept.value(it.key()) != it.value())
                    fields << it.key();
            problem(Tr::tr("Order %1 at %2 differs from its audit record %3 in %4: someone changed it behind the "
                           "program's back.")
                        .arg(order->number, order->channel)
                        .arg(recordIds.at(i))
                        .arg(fields.join(QStringLiteral(", "))));
        }
    }
    // An order no record names was added behind the program's back.
    qint64 total = 0;
    if (Status s = db.keptQuery(QStringLiteral("SELECT count(*) FROM orders"), {},
                                [&](const QSqlQuery &q) { total = q.value(0).toLongLong(); });
        !s)
        return s.failure();
    if (total > recorded.size()) {
        for (qint64 after = 0;;) {
            QList<std::pair<qint64, QString>> page;
            if (Status s = db.keptQuery(
                    QStringLiteral("SELECT id, channel || ' ' || number FROM orders WHERE id > ? ORDER BY id LIMIT %1")
                        .arg(kBatch),
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
                if (!recorded.contains(id))
                    problem(Tr::tr("Order %1 has no audit record: it was added behind the program's back.").arg(name));
        }
    }
    if (more > 0)
        found.problems.append(Tr::tr("... and %n more order problem(s).", nullptr, more));
    found.summary = Tr::tr("Orders as recorded: %n order(s), each as its audit record says", nullptr, int(total));
    return found;
}

} // namespace shopdesk
