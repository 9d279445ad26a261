#pragma once

#include "common/Result.h"
#include "common/domain/Page.h"
#include "domain/PriceChange.h"
#include "domain/Product.h"

#include <QList>
#include <optional>

namespace shopdesk {

class Database;

// Products (one row per SKU) and their price history (PRD-01).
class ProductRepository
{
public:
    explicit ProductRepository(Database &db) : m_db(db) {}

    Result<std::optional<Product>> find(qint64 id) const;
    Result<std::optional<Product>> byCode(const QString &code) const;
    Result<std::optional<Product>> byBarcode(const QString &barcode) const;
    // The page after `after` in `order` (issue 12: a keyset, never OFFSET).
    Result<Page<Product>> page(const ProductQuery &query, ProductOrder order, bool descending, const PageCursor &after,
                               int pageSize) const;
    // Every product matching `query`, by code: for reports and exports.
    Result<QList<Product>> all(const ProductQuery &query) const;
    Result<QStringList> categories() const;

    // Inside Database::write. A new product's first price is its first history row.
    Result<qint64> add(const Product &product, const QString &at, qint64 byUserId);
    // Title, specification, barcode, category, cost, low stock mark; false when the version moved.
    Result<bool> update(const Product &product);
    Status setStatus(qint64 productId, ProductStatus status);
    Status addPrice(qint64 productId, qint64 oldFen, qint64 newFen, qint64 priceChangeId, qint64 byUserId,
                    const QString &at);
    // One SKU's prices, newest first, or (productId 0) every price published in [from, to).
    Result<QList<PricePoint>> prices(qint64 productId, const QString &from = {}, const QString &to = {}) const;

private:
    Result<std::optional<Product>> one(const QString &where, const QVariant &value) const;
    Database &m_db;
};

} // namespace shopdesk
