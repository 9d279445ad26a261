#pragma once

#include "common/Result.h"
#include "common/domain/Money.h"
#include "domain/StockMovement.h"

#include <QCoreApplication>

#include <optional>

namespace shopdesk {

// An item's stock as the ledger sums it.
struct StockPosition
{
    qint64 onHand = 0;
    qint64 valueFen = 0;
};

// A movement as a clerk enters it: quantities are positive, except a stocktake adjustment,
// which is the signed difference between counted and booked.
struct MovementRequest
{
    MovementKind kind = MovementKind::Issue;
    qint64 quantity = 0;
    std::optional<Money> unitCost; // receipts and local purchases: what one unit cost
    qint64 departmentId = 0;
    QString reason;
    QString reference;
};

// RULE SUP-07, SUP-08: the checks every movement passes and the value it moves at (moving average
// cost). Pure: the stock ledger service applies them inside the transaction that books the row,
// so that two clerks issuing the last units cannot both succeed.
class StockRules
{
    Q_DECLARE_TR_FUNCTIONS(StockRules)
public:
    // The largest quantity one movement may carry: a typing slip (a barcode scanned into the
    // quantity field) is refused rather than booked.
    static constexpr qint64 kMaxQuantity = 1'000'000;
    // The dearest unit price: ¥1,000,000. With kMaxQuantity it keeps every value far inside qint64.
    static constexpr qint64 kMaxUnitFen = 100'000'000;

    // The signed row to append for `request` against `position`, or why it is refused. The row's
    // item, person and time are the caller's.
    static Result<StockMovement> price(const StockPosition &position, const MovementRequest &request);
    // The rows `request` books: one, except a local purchase (SUP-05), which the department
    // bought for itself and used: it comes in at its price and goes out to the department at the
    // same value, so that it counts as the department's consumption and leaves the shelf as it was.
    static Result<QList<StockMovement>> rows(const StockPosition &position, const MovementRequest &request);
    static StockPosition after(const StockPosition &position, const StockMovement &movement);
    // "12.345" is not a price: at most two decimals (fen), never negative.
    static Result<Money> parseUnitCost(const QString &text);
};

} // namespace shopdesk
