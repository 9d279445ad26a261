#pragma once

#include "common/Result.h"
#include "users/domain/Permissions.h"

namespace shopdesk {

// RULE FIN-02: an action of the cash box or of the books needs the permission, the role, and a
// user who does not hold both roles (checked again on every action, not only when roles are
// given).
Status requireFinanceRole(const Actor &actor, const QString &action, const QString &role);

} // namespace shopdesk
