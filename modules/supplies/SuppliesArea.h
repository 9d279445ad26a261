#pragma once

namespace shopdesk {

// What the supplies area defines once at start-up, above its services: its permissions and its
// request types (purchases, stocktakes). Called by the module, by shopdeskctl and by the tests.
namespace SuppliesArea {
void define();
} // namespace SuppliesArea

} // namespace shopdesk
