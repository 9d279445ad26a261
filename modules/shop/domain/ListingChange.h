#pragma once

#include "domain/Product.h"
#include "domain/ProductRequestState.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace shopdesk {

// RULE PRD-02: putting a product on sale, or taking it off.
enum class ListingKind { List, Delist };
QString listingKindKey(ListingKind kind); // list, delist
std::optional<ListingKind> listingKindFromKey(const QString &key);
QString listingKindTitle(ListingKind kind); // translated

// RULE PRD-02: a listing, or an out-of-the-ordinary delisting, is proposed by the product
// manager, approved by the leader and carried out by the web editor. The normal delisting, when
// stock reaches zero, happens by itself and is recorded here as `automatic`.
struct ListingChange
{
    qint64 id = 0;
    qint64 productId = 0;
    QString productCode;
    QString productTitle;
    ListingKind kind = ListingKind::List;
    bool automatic = false; // the normal delisting at zero stock
    QString reason;
    QString requestedBy;
    QDateTime requestedAt; // UTC
    qint64 approvalId = 0;
    RequestState approvalState = RequestState::Pending;
    QDateTime doneAt; // invalid: not carried out
    QString doneBy;

    ProductRequestState state() const
    {
        return automatic ? ProductRequestState::Done : productRequestState(approvalState, doneAt.isValid());
    }
};

namespace ListingRules {
// Why the change cannot be asked for on a product in `status`, translated; empty when it can.
QString requestProblem(ListingKind kind, ProductStatus status, const QString &reason);
// Why the approved change cannot be carried out now, translated; empty when it can. A product
// with nothing in stock, or without a price, is not put on sale: it would be taken off again at
// once, or sold for nothing.
QString carryOutProblem(ListingKind kind, ProductStatus status, qint64 onHand, qint64 priceFen);
// An approved delisting of a product that is off sale already (stock reached zero meanwhile):
// carried out by being closed, nothing left to change.
bool alreadyDone(ListingKind kind, ProductStatus status);
// The status a carried-out change leaves.
ProductStatus statusAfter(ListingKind kind);
} // namespace ListingRules

} // namespace shopdesk
