#pragma once

namespace shopdesk::ShopArea {

// What the shop's product side defines at start-up, before any database opens: its permissions,
// its request types (price change, listing change, promotion) and its audit titles.
void define();

} // namespace shopdesk::ShopArea
