#include "ProductStock.h"

#include "ShopActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/ProductRepository.h"
#include "data/ProductRequestRepository.h"
#include "data/ProductStockRepository.h"
#include "database/data/Database.h"

namespace shopdesk {

Result<qint64> ProductStock::book(const Actor &actor, qint64 productId, const ProductMovementRequest &request,
                                  std::optional<qint64> expectedOnHand)
{
    if (Status allowed = Permissions::require(actor, ShopAction::MoveStock); !allowed)
        return allowed.failure();
    return m_db.write([&]() -> Result<qint64> {
        auto product = ProductRepository(m_db).find(productId);
        if (!product)
            return product.failure();
        if (!*product)
            return fail(tr("The product no longer exists."));
        if (expectedOnHand && *expectedOnHand != (*product)->onHand)
            return conflict(tr("The stock of %1 changed meanwhile: %2 on hand now. Check the quantity and book again.")
                                .arg((*product)->code)
                                .arg((*product)->onHand));
        return appendInTransaction(m_db, m_clock, actor, productId, request);
    });
}

Result<qint64> ProductStock::appendInTransaction(Database &db, const Clock &clock, const Actor &actor, qint64 productId,
                                                 const ProductMovementRequest &request)
{
    if (Status allowed = Permissions::require(actor, ShopAction::MoveStock); !allowed)
        return allowed.failure();
    ProductRepository products(db);
    auto product = products.find(productId);
    if (!product)
        return product.failure();
    if (!*product)
        return fail(tr("The product no longer exists."));
    const Product &p = **product;
    QString problem;
    const auto moved = ProductStockRules::signedQuantity(request, p.onHand, &problem);
    if (!moved)
        return fail(tr("%1: %2").arg(p.code, problem));
    ProductMovement m;
    m.productId = productId;
    m.kind = request.kind;
    m.quantity = *moved;
    m.byUserId = actor.userId;
    m.at = clock.nowUtc();
    m.reason = request.reason.trimmed();
    m.reference = request.reference.trimmed();
    auto id = ProductStockRepository(db).append(m);
    if (!id)
        return id;
    AuditTrail audit(db, clock);
    if (Status s = audit.record(actor, QStringLiteral("shop.stock.move"), QStringLiteral("product_movements"),
                                QString::number(*id), {},
                                {{QStringLiteral("product"), p.code},
                                 {QStringLiteral("kind"), productMovementKindKey(m.kind)},
                                 {QStringLiteral("quantity"), m.quantity},
                                 {QStringLiteral("reason"), m.reason},
                                 {QStringLiteral("reference"), m.reference}});
        !s)
        return s.failure();
    // RULE PRD-02: the normal delisting, in the same write as the movement that emptied the shelf.
    if (ProductStockRules::delistsAutomatically(p.status, p.onHand + *moved)) {
        if (Status s = products.setStatus(productId, ProductStatus::Delisted); !s)
            return s.failure();
        ListingChange change;
        change.productId = productId;
        change.kind = ListingKind::Delist;
        change.automatic = true;
        change.reason = tr("Normal delisting: stock reached zero (PRD-02)");
        auto listing = ProductRequestRepository(db).addListingChange(change, actor.userId, toStoredInstant(m.at));
        if (!listing)
            return listing.failure();
        if (Status s = audit.record(
                actor, QStringLiteral("shop.listing.automatic"), QStringLiteral("listing_changes"),
                QString::number(*listing), {{QStringLiteral("status"), QStringLiteral("listed")}},
                {{QStringLiteral("product"), p.code}, {QStringLiteral("status"), QStringLiteral("delisted")}});
            !s)
            return s.failure();
    }
    return id;
}

Result<QList<ProductMovement>> ProductStock::movements(const Actor &actor, qint64 productId, int limit) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    return ProductStockRepository(m_db).movements(productId, limit);
}

} // namespace shopdesk
