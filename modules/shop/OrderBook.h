#pragma once

#include "audit/domain/AuditRecord.h"
#include "common/Result.h"
#include "common/domain/Page.h"
#include "domain/Order.h"
#include "domain/OrderQuery.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

namespace shopdesk {

class Clock;
class Database;

// RULE ORD-01..05: the shop's orders. An order is recorded once, as it is, and never changed
// (ORD-05: the database refuses it too); everything afterwards is an appended event, the state
// read from the events: accepted (the ORD-02 contact clock starts), contacted, confirmed (the
// ORD-03 hand-over clock starts), handed over, packed, shipped, delivered, cancelled, refunds,
// the channel's status, notes. Each write leaves an audit record.
class OrderBook
{
    Q_DECLARE_TR_FUNCTIONS(OrderBook)
public:
    OrderBook(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The new order's id; one the channel already has under that number is refused. The order's
    // channel status, when it has one, is recorded as its first event (ORD-05).
    Result<qint64> record(const Actor &actor, const Order &order);
    static Result<qint64> recordInTransaction(Database &db, const Clock &clock, const Actor &actor, const Order &order);
    // Many at once (an import), as the above each: their ids in their order; one refused, all are.
    static Result<QList<qint64>> recordAllInTransaction(Database &db, const Clock &clock, const Actor &actor,
                                                        const QList<Order> &orders);
    // What happened to the order; the state it leaves. A cancellation needs its reason, a
    // shipment its carrier and tracking number, a refund its amount (all refunds at most the
    // total).
    Result<OrderState> happen(const Actor &actor, qint64 orderId, OrderEventKind kind, const QString &text = {},
                              qint64 amountMinor = 0);
    static Result<OrderState> happenInTransaction(Database &db, const Clock &clock, const Actor &actor, qint64 orderId,
                                                  OrderEventKind kind, const QString &text, qint64 amountMinor);

    // The packing table (issue 17): the order number scanned from its packing slip opens the order
    // and records it packed; the order as it stands then.
    Result<Order> packScanned(const Actor &actor, const QString &scannedNumber);

    Result<Order> order(const Actor &actor, qint64 orderId) const;
    // The order with this number at any channel; two channels with the same number are named.
    Result<Order> byNumber(const Actor &actor, const QString &number) const;
    Result<QStringList> channels(const Actor &actor) const;
    // RULE ORD-05: an order as the audit record of its recording keeps it (what verify compares
    // it with): its id, its fields and its lines, in the order of kRecordedColumns.
    static QJsonArray recordedRow(const Order &order);
    static const QStringList kRecordedColumns;
    static const QStringList kRecordedLineColumns;
    // The one audit record of recorded orders (with their ids), however many: their rows, each
    // with the channel's status the order came with (its first event, not part of the order).
    // An import of 100,000 orders writes a hundred such records, not 100,000.
    static Status auditRecorded(Database &db, const Clock &clock, const Actor &actor, const QList<Order> &orders);
    // That record made ahead (AuditTrail::linked) from the orders' rows written already, to follow
    // `previous`.
    static AuditRecord auditRecord(const Clock &clock, const Actor &actor, const QList<Order> &orders,
                                   const QString &rows, const AuditRecord &previous);
    // The orders' rows as that record keeps them: compact JSON, an array of recordedRow and the
    // channel's status each (what OrderRepository::addRecorded writes, too).
    static QString recordedRows(const QList<Order> &orders);
    static inline const QString kRecordedAction = QStringLiteral("shop.orders.record");
    // RULE ORD-01: what arrived since the list last looked (orders recorded after `afterId`, at
    // most `limit`, the first first), and where to start looking (the newest id; 0: none yet).
    Result<QList<Order>> recordedAfter(const Actor &actor, qint64 afterId, int limit) const;
    Result<qint64> newestId(const Actor &actor) const;
    Result<QList<OrderEvent>> events(const Actor &actor, qint64 orderId) const;
    Result<Page<Order>> page(const Actor &actor, const OrderQuery &query, const PageCursor &after, int pageSize) const;

private:
    // Orders with their ids, their recordedRows and the audit record that tells them.
    struct Batch
    {
        QList<Order> orders;
        QString rows;
        AuditRecord record;
    };
    static Status recordSome(Database &db, const Clock &clock, const Actor &actor, const Batch &batch);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
