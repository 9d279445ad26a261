#pragma once

#include "common/Result.h"
#include "domain/Requisition.h"

#include <optional>

namespace shopdesk {

class Database;

// Custodians, requisitions and the audit of local purchases (SUP-05, SUP-06).
class RequisitionRepository
{
public:
    explicit RequisitionRepository(Database &db) : m_db(db) {}

    // Every department, with its custodian where one is named.
    Result<QList<Custodian>> custodians() const;
    Result<qint64> custodianOf(qint64 departmentId) const; // 0: none
    // Inside Database::write.
    Status setCustodian(qint64 departmentId, qint64 userId, qint64 byUserId, const QString &at);

    Result<qint64> add(const Requisition &requisition);
    Result<std::optional<Requisition>> find(qint64 id) const;
    Result<QList<Requisition>> list(int limit) const;
    // Awaiting → signed; false when it no longer waited.
    Result<bool> sign(qint64 id, qint64 userId, const QString &at);
    // Signed → filled, with what was issued per line id; false when it was no longer signed.
    Result<bool> fill(qint64 id, const QHash<qint64, qint64> &issued, qint64 userId, const QString &at);

    // Local purchases, newest first, with their newest review.
    Result<QList<LocalPurchase>> localPurchases(int limit) const;
    Result<bool> isLocalPurchase(qint64 movementId) const;
    Status addReview(qint64 movementId, LocalPurchaseStatus outcome, const QString &note, qint64 userId,
                     const QString &at);

private:
    Result<QList<Requisition>> read(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace shopdesk
