#pragma once

#include "domain/Product.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace shopdesk {

// RULE PRD-04: what moves the shop's product stock (进销存). Every movement is an appended row of
// the product stock ledger; stock per SKU is its sum.
enum class ProductMovementKind {
    Receipt, // bought in from a supplier
    Sale, // sold in an order
    Return, // a customer sent it back
    Adjustment // a count found a difference (signed)
};
QString productMovementKindKey(ProductMovementKind kind); // receipt, sale, return, adjustment
std::optional<ProductMovementKind> productMovementKindFromKey(const QString &key);
QString productMovementKindTitle(ProductMovementKind kind); // translated
QList<ProductMovementKind> allProductMovementKinds();

// One row of the product stock ledger: never edited, never deleted (the database refuses both).
struct ProductMovement
{
    qint64 id = 0;
    qint64 productId = 0;
    ProductMovementKind kind = ProductMovementKind::Receipt;
    qint64 quantity = 0; // signed: + into stock, - out of it
    qint64 byUserId = 0;
    QString byUserName;
    QDateTime at; // UTC
    QString reason;
    QString reference; // order number, delivery note
};

// What a clerk asks to book: the kind, how many (a count; signed only for an adjustment), why.
struct ProductMovementRequest
{
    ProductMovementKind kind = ProductMovementKind::Receipt;
    qint64 quantity = 0;
    QString reason;
    QString reference;
};

namespace ProductStockRules {
// The signed quantity `request` moves: receipts and returns add, sales take away, an adjustment
// is as typed. nullopt with `problem` set when it cannot be booked on `onHand` (stock never goes
// below zero).
std::optional<qint64> signedQuantity(const ProductMovementRequest &request, qint64 onHand, QString *problem);
// RULE PRD-02: a listed product whose stock reaches zero is taken off sale by itself ("normal
// delisting"); any other delisting goes through approval.
bool delistsAutomatically(ProductStatus status, qint64 onHandAfter);
// Days the stock lasts at the last 30 days' sales; nullopt when nothing sold (it lasts).
std::optional<int> daysOfCover(qint64 onHand, qint64 soldInLast30Days);
} // namespace ProductStockRules

} // namespace shopdesk
