#include "ShopRoles.h"

#include <QCoreApplication>

namespace shopdesk {

Status requireShopRole(const Actor &actor, const QString &action, const QString &role)
{
    if (Status s = Permissions::require(actor, action); !s)
        return s;
    if (!actor.roles.contains(role))
        return fail(
            QCoreApplication::translate("ShopRoles", "Only the %1 may do this.").arg(Role::title(role).toLower()));
    return success();
}

} // namespace shopdesk
