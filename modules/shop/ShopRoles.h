#pragma once

#include "common/Result.h"
#include "users/domain/Permissions.h"

namespace shopdesk {

// RULE PRD-01..03: each step of a price, listing or promotion is its own role's: the permission
// and the business role (the product manager proposes, the planner proposes promotions, the web
// editor publishes). A database administrator is no exception: the rule names people, not levels.
Status requireShopRole(const Actor &actor, const QString &action, const QString &role);

} // namespace shopdesk
