#include "FinanceRoles.h"

#include <QCoreApplication>

namespace shopdesk {

Status requireFinanceRole(const Actor &actor, const QString &action, const QString &role)
{
    if (Status s = Permissions::require(actor, action); !s)
        return s;
    if (const QString problem = Role::separationProblem(actor.roles); !problem.isEmpty())
        return fail(problem);
    if (!actor.roles.contains(role))
        return fail(QCoreApplication::translate("FinanceRoles", "Only the %1 may do this (FIN-02).")
                        .arg(Role::title(role).toLower()));
    return success();
}

} // namespace shopdesk
