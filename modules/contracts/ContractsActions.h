#pragma once

#include "users/domain/Permissions.h"

namespace shopdesk {

// The permissions the contracts area defines (DB-01: within the `contracts` scope).
namespace ContractsAction {
inline const QString View = QStringLiteral("contracts.view");
// RULE CON-01, CON-06: registering a contract: also the custodian of its archive.
inline const QString Register = QStringLiteral("contracts.register");
// RULE CON-05: anyone at clerk level may ask to take a contract out (a copy, or the original).
inline const QString Borrow = QStringLiteral("contracts.borrow");
// RULE CON-01, CON-06: the contract types and the archives with their custodians.
inline const QString Manage = QStringLiteral("contracts.manage");

inline QList<Permission> all()
{
    const QString contracts = QStringLiteral("contracts");
    return {{View, Level::Reader, contracts, false},
            {Register, Level::Clerk, contracts, false},
            {Borrow, Level::Clerk, QString(), false},
            {Manage, Level::DatabaseAdmin, QString(), false}};
}
} // namespace ContractsAction

} // namespace shopdesk
