#pragma once

#include "common/Result.h"

#include <QStringList>

namespace shopdesk {

class Clock;
class Database;

struct ShopDemoSummary
{
    int products = 0;
    int movements = 0;
    int priceChanges = 0;
    int promotions = 0;
    QStringList logins;
};

// The shop of `shopdeskctl demo`: the e-commerce department's people signing in as "ops" (its
// head, the leader who approves), "product" (product manager), "planner" and "editor" (web
// editor), all with password Shop2026; `skuCount` SKUs of the company's gifts and tea ware, put
// on sale a year ago; a year of receipts, sales, returns and counts in `movementCount` ledger
// rows (0: about 100 a SKU), with the normal delistings that selling out brings (PRD-02); price
// changes, promotions and a delisting at every step of their routes (PRD-01..03). Reproducible
// from the seed. The benchmark grows it with the counts (20,000 SKUs, 2,000,000 rows).
namespace ShopDemo {
inline constexpr int kDefaultProducts = 120;
Result<ShopDemoSummary> create(Database &db, const Clock &clock, quint32 seed, int skuCount = kDefaultProducts,
                               int movementCount = 0);
} // namespace ShopDemo

} // namespace shopdesk
