#include "domain/ReorderRules.h"

namespace shopdesk {

qint64 ReorderRules::suggestedQuantity(const SupplyItem &item, qint64 consumed, int months, qint64 onOrder)
{
    months = qMax(1, months);
    const qint64 days = kDaysPerMonth + qMax(0, item.leadTimeDays);
    // consumed / (months * 30 days) per day, over `days`, rounded up to whole units.
    const qint64 span = qint64(months) * kDaysPerMonth;
    const qint64 expected = (qMax<qint64>(0, consumed) * days + span - 1) / span;
    // Above the point, never just back to it: an item exactly at its point is suggested again.
    return item.reorderPoint - item.onHand - onOrder + qMax<qint64>(1, expected);
}

QList<ReorderSuggestion> ReorderRules::suggest(const QList<SupplyItem> &items,
                                               const QHash<qint64, qint64> &consumedByItem,
                                               const QHash<qint64, qint64> &onOrderByItem, int months)
{
    months = qMax(1, months);
    QList<ReorderSuggestion> out;
    for (const SupplyItem &item : items) {
        const qint64 consumed = consumedByItem.value(item.id);
        const qint64 onOrder = onOrderByItem.value(item.id);
        if (item.onHand + onOrder > item.reorderPoint || (item.reorderPoint <= 0 && consumed <= 0))
            continue;
        out.append({item, (consumed * 100 + months / 2) / months, onOrder,
                    suggestedQuantity(item, consumed, months, onOrder)});
    }
    return out;
}

} // namespace shopdesk
