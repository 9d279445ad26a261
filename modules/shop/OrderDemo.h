#pragma once

#include "common/Result.h"

namespace shopdesk {

class Clock;
class Database;

// The orders of `shopdeskctl demo` (issue 17): a year of the shop's orders from Taobao, JD, the
// company's own web shop and Shopify (in US dollars), of the SKUs on sale, `orderCount` of them
// (0: kDefaultOrders), one to three lines each; the old ones delivered, some cancelled or
// refunded, and today's at every step, a few with their ORD-02/ORD-03 clocks running (one
// overdue) and notes for the packing table. Past data, written as it would have been, in chunks;
// reproducible from the seed. The benchmark grows it to 1,000,000 orders of `linesPerOrder` lines
// each (0: one to three).
namespace OrderDemo {
inline constexpr int kDefaultOrders = 3000;
Result<int> create(Database &db, const Clock &clock, quint32 seed, int orderCount = 0, int linesPerOrder = 0);
} // namespace OrderDemo

} // namespace shopdesk
