#pragma once

#include "domain/SupplyItem.h"

#include <QHash>
#include <QList>

namespace shopdesk {

// One line of the reorder suggestions (SUP-02).
struct ReorderSuggestion
{
    SupplyItem item;
    qint64 consumedPerMonthTimes100 = 0; // average monthly consumption, two decimals
    qint64 onOrder = 0; // already requested or ordered, not yet arrived
    qint64 quantity = 0; // suggested order quantity
};

// RULE SUP-02: what to order follows stock and consumption. An item at or under its reorder
// point is suggested with enough to bring it back to that point and to last through the
// delivery lead time and one month more at its average consumption over the last `months`
// (at least one more than the point, so that what was ordered lifts it above).
// Items that have no reorder point and were never used are not suggested. What is already on
// order (requested, approved or ordered and not yet arrived) counts as stock, so that an item is
// not bought twice.
namespace ReorderRules {
constexpr int kDaysPerMonth = 30;
QList<ReorderSuggestion> suggest(const QList<SupplyItem> &items, const QHash<qint64, qint64> &consumedByItem,
                                 const QHash<qint64, qint64> &onOrderByItem, int months);
qint64 suggestedQuantity(const SupplyItem &item, qint64 consumed, int months, qint64 onOrder = 0);
} // namespace ReorderRules

} // namespace shopdesk
