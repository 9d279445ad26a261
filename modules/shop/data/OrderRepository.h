#pragma once

#include "common/Result.h"
#include "common/domain/Page.h"
#include "domain/Order.h"
#include "domain/OrderQuery.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <optional>

namespace shopdesk {

class Database;

// Orders, their lines and events (ORD-05: appended, never changed), and the progress the events
// give, kept beside each order.
class OrderRepository
{
public:
    explicit OrderRepository(Database &db) : m_db(db) {}

    // After many orders at once (an import, the demo): see Database::refreshStatistics.
    Status refreshStatistics() const;

    // Inside Database::write: the order, its lines and its progress (new).
    // The new order's id, or 0 when its channel already has an order of that number (asked of
    // the insert itself: a failed statement would end a server's transaction, issue 20).
    Result<qint64> add(const Order &order, qint64 byUserId, const QString &at);
    // Several (a few dozen a statement): each one's id in their order, or 0.
    Result<QList<qint64>> addAll(const QList<Order> &orders, qint64 byUserId, const QString &at);
    // Inside Database::write: orders as the audit record of their recording says them
    // (OrderBook::recordedRows), one JSON text, their ids taken before (Database::newIds); with
    // their lines, their progress (new) and the channel's status as their first event. Four
    // statements however many orders: no value bound one by one. The ids written: an order the
    // channel has already under its number is not, and when fewer than `count` are, nothing
    // more is (the caller ends the transaction).
    Result<QSet<qint64>> addRecorded(const QString &rowsJson, qsizetype count, qint64 byUserId, const QString &at);
    Result<qint64> addEvent(const OrderEvent &event, qint64 byUserId);
    // The progress the events give (Order's state, clocks and the channel's status).
    Status setProgress(const Order &order, const QDateTime &dueAt);

    // Of these numbers, the orders the channel has: their id and the channel's status, by number.
    struct Known
    {
        qint64 id = 0;
        QString channelStatus;
    };
    Result<QHash<QString, Known>> known(const QString &channel, const QStringList &numbers) const;
    Result<std::optional<Order>> find(qint64 id) const; // with its lines
    Result<QList<Order>> withIds(const QList<qint64> &ids) const; // with their lines, by id
    Result<QList<Order>> withNumber(const QString &number) const; // at every channel, without lines
    Result<std::optional<Order>> byNumber(const QString &channel, const QString &number) const;
    Result<QList<OrderEvent>> events(qint64 orderId) const;
    // A page at a time (issue 12), the newest first (keyset: creation time and id); with
    // runningClocksFirst, the orders whose clock runs before them, the nearest deadline first
    // (keyset: deadline and id).
    Result<Page<Order>> page(const OrderQuery &query, const PageCursor &after, int pageSize) const;
    // The orders recorded after the one with id `afterId`, the first first, at most `limit`.
    Result<QList<Order>> recordedAfter(qint64 afterId, int limit) const;
    Result<qint64> newestId() const; // 0: none yet
    // The channels that have orders, by name.
    Result<QStringList> channels() const;

private:
    Result<QList<Order>> read(const QString &where, const QVariantList &values) const;
    Status readLines(Order &order) const;
    Result<Page<Order>> newestFirst(QString where, QVariantList values, const PageCursor &after, int size) const;
    Database &m_db;
};

} // namespace shopdesk
