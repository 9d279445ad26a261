#pragma once

#include "common/Result.h"
#include "domain/Purchasing.h"

#include <optional>

namespace shopdesk {

class Database;

// Purchase requests and orders with their lines and quotes (SUP-01..03).
class PurchaseRepository
{
public:
    explicit PurchaseRepository(Database &db) : m_db(db) {}

    // Inside Database::write.
    Result<qint64> addRequest(const PurchaseRequest &request);
    Status setRequestApproval(qint64 requestId, qint64 approvalId);
    // Moves the request from `from` to `to`; false when it no longer stood at `from`.
    Result<bool> moveRequest(qint64 requestId, PurchaseRequestState from, PurchaseRequestState to);
    Result<std::optional<PurchaseRequest>> request(qint64 id) const;
    // Newest first, at most `limit`.
    Result<QList<PurchaseRequest>> requests(int limit) const;

    Result<qint64> addOrder(const PurchaseOrder &order, qint64 userId, const QString &at);
    Result<std::optional<PurchaseOrder>> order(qint64 id) const;
    // Newest first; only the open ones when asked.
    Result<QList<PurchaseOrder>> orders(bool onlyOpen, int limit) const;
    // Adds to a line's received quantity; false when that would pass the ordered quantity.
    Result<bool> addReceived(qint64 lineId, qint64 quantity);
    Status setOrderState(qint64 orderId, PurchaseOrderState state);
    // Per item, what is on its way: outstanding on open orders, and on requests waiting for
    // approval (not withdrawn) or approved and not yet ordered (SUP-02).
    Result<QHash<qint64, qint64>> onOrder() const;

private:
    Result<QList<PurchaseLine>> lines(const QString &table, const QString &parentColumn, qint64 parentId) const;
    Result<QList<PurchaseRequest>> readRequests(const QString &where, const QVariantList &values) const;
    Result<QList<PurchaseOrder>> readOrders(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace shopdesk
