#pragma once

#include "common/domain/Money.h"

#include <QString>

#include <optional>

namespace shopdesk {

// RULE PRD-02: where a product stands in the shop: being prepared, on sale, taken off sale.
enum class ProductStatus { Draft, Listed, Delisted };
QString productStatusKey(ProductStatus status); // stored form: draft, listed, delisted
std::optional<ProductStatus> productStatusFromKey(const QString &key);
QString productStatusTitle(ProductStatus status); // translated

// One product the shop sells, one row per SKU (a colour or size of the same article is its own
// SKU with its own code). `onHand` is the product stock ledger's sum (PRD-04); the record only
// carries it. The price changes only through an approved price change (PRD-01), the status only
// through listing and delisting (PRD-02).
struct Product
{
    qint64 id = 0;
    QString code; // the SKU code, unique
    QString title;
    QString specification;
    QString barcode; // EAN-13/EAN-8 or the shop's own; empty: none
    QString category;
    qint64 costFen = 0;
    qint64 priceFen = 0;
    ProductStatus status = ProductStatus::Draft;
    qint64 lowStockAt = 0; // the low stock list shows it at or under this
    qint64 onHand = 0;
    int version = 1;

    Money cost() const { return Money::fromFen(costFen); }
    Money price() const { return Money::fromFen(priceFen); }
    Money stockValue() const { return Money::fromFen(onHand * costFen); }
    bool lowOnStock() const { return onHand <= lowStockAt; }
};

// What the product list asks for: a text over code, barcode and title (any part, 1 character
// and up), a category, a status, and only the products at or under their low stock mark.
struct ProductQuery
{
    QString text;
    QString category;
    std::optional<ProductStatus> status;
    bool onlyLowStock = false;
};

// The order of the product list; the SKU code breaks ties.
enum class ProductOrder { ByCode, ByTitle, ByCategory, ByPrice, ByStock, ByStatus };

namespace ProductRules {
// Why `product` cannot be saved as typed, translated; empty when it can.
QString problem(const Product &product);
// A barcode of 8 or 13 digits is an EAN and must carry its check digit; other codes the shop
// prints itself may be 1-32 printable ASCII characters (Code 128). Empty when it is fine.
QString barcodeProblem(const QString &barcode);
} // namespace ProductRules

} // namespace shopdesk
