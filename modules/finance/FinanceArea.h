#pragma once

namespace shopdesk {

// What the finance area defines once at start-up, above its services: its permissions and its
// request type (expenses). Called by the module, by shopdeskctl and by the tests.
namespace FinanceArea {
void define();
} // namespace FinanceArea

} // namespace shopdesk
