#pragma once

namespace shopdesk {

// What the contracts area defines once at start-up, above its services: its permissions and its
// request type (contract loans). Called
// by the module, by shopdeskctl and by the tests.
namespace ContractsArea {
void define();
} // namespace ContractsArea

} // namespace shopdesk
