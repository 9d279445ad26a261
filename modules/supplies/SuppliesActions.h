#pragma once

#include "users/domain/Permissions.h"

namespace shopdesk {

// The permissions the supplies area defines (DB-01: within the `supplies` scope).
namespace SuppliesAction {
inline const QString View = QStringLiteral("supplies.view");
inline const QString ManageItems = QStringLiteral("supplies.items.manage"); // items, suppliers
// RULE SUP-08: nobody moves supplies without permission.
inline const QString MoveStock = QStringLiteral("supplies.stock.move");
// RULE SUP-01: purchase requests and orders, at the one purchasing desk.
inline const QString Purchase = QStringLiteral("supplies.purchase");
// RULE SUP-05, SUP-06: a department's requisition, filed and signed by its custodian.
inline const QString Requisitions = QStringLiteral("supplies.requisition");

inline QList<Permission> all()
{
    const QString supplies = QStringLiteral("supplies");
    return {{View, Level::Reader, supplies, false},
            {ManageItems, Level::Clerk, supplies, false},
            {MoveStock, Level::Clerk, supplies, false},
            {Purchase, Level::Clerk, supplies, false},
            {Requisitions, Level::Clerk, supplies, false}};
}
} // namespace SuppliesAction

} // namespace shopdesk
