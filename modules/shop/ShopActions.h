#pragma once

#include "users/domain/Permissions.h"

namespace shopdesk {

// The permissions the shop's product side defines (DB-01: within the `shop` scope). The PRD rules
// add the business role each step needs (ShopRoles.h).
namespace ShopAction {
inline const QString View = QStringLiteral("shop.view");
inline const QString ManageProducts = QStringLiteral("shop.products.manage"); // cards, import
// RULE PRD-04: the e-commerce assistant keeps the shop's stock.
inline const QString MoveStock = QStringLiteral("shop.stock.move");
// RULE PRD-01, PRD-02, PRD-03: proposing a price, a listing, a promotion or its specification.
inline const QString Propose = QStringLiteral("shop.products.propose");
// RULE PRD-01..03: the web editor publishes what the leader approved.
inline const QString Publish = QStringLiteral("shop.products.publish");
// RULE ORD-01..05: the e-commerce assistant records orders and what happens to them.
inline const QString Orders = QStringLiteral("shop.orders");
// RULE WEB-05: recording what went wrong on the web side and its report to the partner company.
inline const QString WebIncidents = QStringLiteral("shop.web.incidents");
// RULES CS-01..04: customer service: feedback, proposed flags; the roster and the flags' decisions
// add the service supervisor's role.
inline const QString Service = QStringLiteral("shop.service");

inline QList<Permission> all()
{
    const QString shop = QStringLiteral("shop");
    return {{View, Level::Reader, shop, false},        {ManageProducts, Level::Clerk, shop, false},
            {MoveStock, Level::Clerk, shop, false},    {Propose, Level::Clerk, shop, false},
            {Publish, Level::Clerk, shop, false},      {Orders, Level::Clerk, shop, false},
            {WebIncidents, Level::Clerk, shop, false}, {Service, Level::Clerk, shop, false}};
}
} // namespace ShopAction

} // namespace shopdesk
