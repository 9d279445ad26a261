#include "ProductCatalogue.h"

#include "ShopActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/ProductRepository.h"
#include "database/data/Database.h"

namespace shopdesk {

QJsonObject auditContent(const Product &p)
{
    return {{QStringLiteral("code"), p.code},
            {QStringLiteral("title"), p.title},
            {QStringLiteral("specification"), p.specification},
            {QStringLiteral("barcode"), p.barcode},
            {QStringLiteral("category"), p.category},
            {QStringLiteral("cost_fen"), p.costFen},
            {QStringLiteral("price_fen"), p.priceFen},
            {QStringLiteral("low_stock_at"), p.lowStockAt}};
}

namespace {
Product trimmed(Product p)
{
    for (QString *s : {&p.code, &p.title, &p.specification, &p.barcode, &p.category})
        *s = s->trimmed();
    return p;
}
} // namespace

Result<Page<Product>> ProductCatalogue::page(const Actor &actor, const ProductQuery &query, ProductOrder order,
                                             bool descending, const PageCursor &after, int pageSize) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    return ProductRepository(m_db).page(query, order, descending, after, pageSize);
}

Result<QList<Product>> ProductCatalogue::all(const Actor &actor, const ProductQuery &query) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    return ProductRepository(m_db).all(query);
}

Result<Product> ProductCatalogue::product(const Actor &actor, qint64 id) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    auto found = ProductRepository(m_db).find(id);
    if (!found)
        return found.failure();
    if (!*found)
        return fail(tr("The product no longer exists."));
    return **found;
}

Result<Product> ProductCatalogue::byCodeOrBarcode(const Actor &actor, const QString &code) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    ProductRepository repo(m_db);
    auto found = repo.byCode(code);
    if (found && !*found)
        found = repo.byBarcode(code);
    if (!found)
        return found.failure();
    if (!*found)
        return fail(tr("No product has the SKU code or barcode \"%1\".").arg(code.trimmed()));
    return **found;
}

Result<QStringList> ProductCatalogue::categories(const Actor &actor) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    return ProductRepository(m_db).categories();
}

Result<qint64> ProductCatalogue::save(const Actor &actor, const Product &given)
{
    return m_db.write([&]() -> Result<qint64> { return saveInTransaction(m_db, m_clock, actor, given); });
}

Result<qint64> ProductCatalogue::saveInTransaction(Database &db, const Clock &clock, const Actor &actor,
                                                   const Product &given)
{
    if (Status allowed = Permissions::require(actor, ShopAction::ManageProducts); !allowed)
        return allowed.failure();
    const Product product = trimmed(given);
    if (const QString problem = ProductRules::problem(product); !problem.isEmpty())
        return fail(problem);
    ProductRepository repo(db);
    auto sameCode = repo.byCode(product.code);
    if (!sameCode)
        return sameCode.failure();
    if (*sameCode && (*sameCode)->id != product.id)
        return fail(tr("The SKU code %1 is already used by %2.").arg(product.code, (*sameCode)->title));
    auto sameBarcode = repo.byBarcode(product.barcode);
    if (!sameBarcode)
        return sameBarcode.failure();
    if (*sameBarcode && (*sameBarcode)->id != product.id)
        return fail(tr("The barcode %1 is already on %2 (%3).")
                        .arg(product.barcode, (*sameBarcode)->code, (*sameBarcode)->title));
    QJsonObject before;
    QJsonObject after = auditContent(product);
    qint64 id = product.id;
    if (id == 0) {
        auto added = repo.add(product, toStoredInstant(clock.nowUtc()), actor.userId);
        if (!added)
            return added;
        id = *added;
    } else {
        auto stored = repo.find(id);
        if (!stored)
            return stored.failure();
        if (!*stored)
            return fail(tr("The product no longer exists."));
        if ((*stored)->code != product.code)
            return fail(tr("A SKU code is never changed (%1): add a new product instead.").arg((*stored)->code));
        before = auditContent(**stored);
        after.insert(QStringLiteral("price_fen"), (*stored)->priceFen); // PRD-01: not changed here
        auto changed = repo.update(product);
        if (!changed)
            return changed.failure();
        if (!*changed)
            return conflict(
                tr("Someone else changed %1 meanwhile; reload it and make the change again.").arg((*stored)->code));
    }
    if (Status s = AuditTrail(db, clock).record(actor, QStringLiteral("shop.product.save"), QStringLiteral("products"),
                                                QString::number(id), before, after);
        !s)
        return s.failure();
    return id;
}

Result<QList<PricePoint>> ProductCatalogue::priceHistory(const Actor &actor, qint64 productId) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    return ProductRepository(m_db).prices(productId);
}

} // namespace shopdesk
