#pragma once

#include "common/domain/Money.h"

#include <QString>

namespace shopdesk {

// An office-supplies item (SUP-08: kept by category) with its stock position. `onHand` and
// `valueFen` are derived from the stock ledger (SUP-07); the item record only carries them.
struct SupplyItem
{
    qint64 id = 0;
    QString code; // the barcode on the shelf label
    QString name;
    QString category; // SUP-08
    QString unit; // 个, 包, 箱 ...
    QString specification;
    QString location; // cabinet and shelf, for the stocktake sheet
    qint64 reorderPoint = 0; // SUP-02
    int leadTimeDays = 7; // from order to delivery, for the reorder quantity
    qint64 preferredSupplierId = 0;
    qint64 onHand = 0;
    qint64 valueFen = 0; // at moving average cost
    qint64 lastReceiptUnitFen = 0; // what one unit cost at the newest receipt; 0: never received
    int version = 1;

    // The moving average cost of one unit (0 when none is on hand).
    Money averageCost() const { return Money::fromFen(onHand > 0 ? valueFen / onHand : 0); }
    // What one more is likely to cost: the average, or on an empty shelf the last price paid.
    Money expectedUnitCost() const { return onHand > 0 ? averageCost() : Money::fromFen(lastReceiptUnitFen); }
    bool atOrUnderReorderPoint() const { return onHand <= reorderPoint; }
};

struct Supplier
{
    qint64 id = 0;
    QString name;
    QString contact;
    QString phone;
    QString notes;
    int version = 1;
};

// What the item list asks for: a text over code, name and specification, a category, and only
// the items at or under their reorder point.
struct SupplyItemQuery
{
    QString text;
    QString category;
    bool onlyToReorder = false;
};

} // namespace shopdesk
