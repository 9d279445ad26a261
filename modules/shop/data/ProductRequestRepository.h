#pragma once

#include "common/Result.h"
#include "domain/ListingChange.h"
#include "domain/PriceChange.h"

#include <QList>
#include <optional>

namespace shopdesk {

class Database;

// Price changes (PRD-01) and listing changes (PRD-02): asked for, approved, carried out.
class ProductRequestRepository
{
public:
    explicit ProductRequestRepository(Database &db) : m_db(db) {}

    // Inside Database::write.
    Result<qint64> addPriceChange(const PriceChange &change, qint64 byUserId, const QString &at);
    Status setPriceChangeApproval(qint64 id, qint64 approvalId);
    // False when it was published meanwhile.
    Result<bool> markPriceApplied(qint64 id, qint64 byUserId, const QString &at);
    Result<std::optional<PriceChange>> priceChange(qint64 id) const;
    // Not yet published and not refused or withdrawn (`open`), or every one of `productId`
    // (0: of every product), newest first.
    Result<QList<PriceChange>> priceChanges(bool open, qint64 productId = 0) const;

    Result<qint64> addListingChange(const ListingChange &change, qint64 byUserId, const QString &at);
    Status setListingApproval(qint64 id, qint64 approvalId);
    Result<bool> markListingDone(qint64 id, qint64 byUserId, const QString &at);
    Result<std::optional<ListingChange>> listingChange(qint64 id) const;
    // As priceChanges(); `from`/`to` (UTC, stored form) limit it to changes asked for or made then.
    Result<QList<ListingChange>> listingChanges(bool open, qint64 productId = 0, const QString &from = {},
                                                const QString &to = {}) const;

private:
    Result<QList<PriceChange>> readPrices(const QString &where, const QVariantList &values) const;
    Result<QList<ListingChange>> readListings(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace shopdesk
