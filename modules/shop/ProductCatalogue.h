#pragma once

#include "common/Result.h"
#include "common/domain/Page.h"
#include "domain/PriceChange.h"
#include "domain/Product.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace shopdesk {

class Clock;
class Database;

// The shop's products, one card per SKU. The price and the status are not edited here: a price
// changes through PriceChanges (PRD-01), the status through Listings (PRD-02), the stock through
// ProductStock (PRD-04).
class ProductCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(ProductCatalogue)
public:
    ProductCatalogue(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<Page<Product>> page(const Actor &actor, const ProductQuery &query, ProductOrder order, bool descending,
                               const PageCursor &after, int pageSize) const;
    Result<QList<Product>> all(const Actor &actor, const ProductQuery &query) const;
    Result<Product> product(const Actor &actor, qint64 id) const;
    // What a barcode scanner or a clerk typed: the product with this SKU code or barcode.
    Result<Product> byCodeOrBarcode(const Actor &actor, const QString &code) const;
    Result<QStringList> categories(const Actor &actor) const;
    // Adds (id 0: a draft, at its first price) or changes a card; returns its id. A change made
    // by someone else meanwhile is refused as a conflict.
    Result<qint64> save(const Actor &actor, const Product &product);
    // Inside a write (the import's): the same checks and audit as save().
    static Result<qint64> saveInTransaction(Database &db, const Clock &clock, const Actor &actor,
                                            const Product &product);
    // RULE PRD-01: every price the SKU has had, newest first.
    Result<QList<PricePoint>> priceHistory(const Actor &actor, qint64 productId) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

// What the audit log keeps of a card.
QJsonObject auditContent(const Product &product);

} // namespace shopdesk
