#include "ReorderPlanner.h"

#include "SuppliesActions.h"
#include "common/Clock.h"
#include "data/PurchaseRepository.h"
#include "data/StockLedgerRepository.h"
#include "data/SupplyItemRepository.h"
#include "settings/data/SettingsStore.h"

namespace shopdesk {

int ReorderPlanner::consumptionMonths() const
{
    return qBound(1, SettingsStore(m_db).intValue(MonthsSetting, kDefaultMonths), 24);
}

Result<QList<ReorderSuggestion>> ReorderPlanner::suggestions(const Actor &actor) const
{
    if (Status allowed = Permissions::require(actor, SuppliesAction::View); !allowed)
        return allowed.failure();
    const int months = consumptionMonths();
    auto items = SupplyItemRepository(m_db).items({{}, {}, true});
    if (!items)
        return items.failure();
    const QDateTime from = m_clock.nowUtc().addDays(-qint64(months) * ReorderRules::kDaysPerMonth);
    auto used = StockLedgerRepository(m_db).consumedSince(from, true);
    if (!used)
        return used.failure();
    auto coming = PurchaseRepository(m_db).onOrder();
    if (!coming)
        return coming.failure();
    return ReorderRules::suggest(*items, *used, *coming, months);
}

} // namespace shopdesk
