#include "ShopArea.h"

#include "AccountVault.h"
#include "Listings.h"
#include "OrderRecordCheck.h"
#include "PriceChanges.h"
#include "Promotions.h"
#include "ShopActions.h"
#include "WebPublishing.h"
#include "audit/domain/AuditActionTitles.h"
#include "database/DatabaseCheck.h"

namespace shopdesk::ShopArea {

void define()
{
    for (const Permission &p : ShopAction::all())
        Permissions::define(p);
    ApprovalTypes::define(PriceChanges::type());
    ApprovalTypes::define(Listings::type());
    ApprovalTypes::define(Promotions::type());
    ApprovalTypes::define(AccountVault::type());
    ApprovalTypes::define(WebPublishing::type());
    // RULE ORD-05: `verify` reports an order table whose protection was removed.
    for (const char *table : {"orders", "order_lines", "order_events"})
        for (const char *what : {"_no_update", "_no_delete"})
            DatabaseCheck::protect(QString::fromLatin1(table) + QString::fromLatin1(what));
    DatabaseCheck::addContentCheck(QStringLiteral("shop.orders"), &OrderRecordCheck::run);
    // What the audit log says for this area's records, and for the tables they name.
    const std::pair<const char *, const char *> titles[] = {
        {"shop.product.save", QT_TRANSLATE_NOOP("AuditAction", "Product card saved")},
        {"shop.stock.move", QT_TRANSLATE_NOOP("AuditAction", "Product stock moved")},
        {"shop.price.ask", QT_TRANSLATE_NOOP("AuditAction", "Price change asked for")},
        {"shop.price.publish", QT_TRANSLATE_NOOP("AuditAction", "Price published")},
        {"shop.listing.ask", QT_TRANSLATE_NOOP("AuditAction", "Listing change asked for")},
        {"shop.listing.carry_out", QT_TRANSLATE_NOOP("AuditAction", "Listing change carried out")},
        {"shop.listing.automatic", QT_TRANSLATE_NOOP("AuditAction", "Taken off sale at zero stock")},
        {"shop.promotion.propose", QT_TRANSLATE_NOOP("AuditAction", "Promotion proposed")},
        {"shop.promotion.specify", QT_TRANSLATE_NOOP("AuditAction", "Promotion specified")},
        {"shop.promotion.publish", QT_TRANSLATE_NOOP("AuditAction", "Promotion published")},
        {"shop.promotion.withdraw", QT_TRANSLATE_NOOP("AuditAction", "Promotion withdrawn")},
        {"shop.products.import", QT_TRANSLATE_NOOP("AuditAction", "Product list imported")},
        {"shop.image.add", QT_TRANSLATE_NOOP("AuditAction", "Product picture added")},
        {"shop.image.remove", QT_TRANSLATE_NOOP("AuditAction", "Product picture removed")},
        {"product_images", QT_TRANSLATE_NOOP("AuditAction", "Product picture")},
        {"shop.order.record", QT_TRANSLATE_NOOP("AuditAction", "Order recorded")},
        {"shop.orders.record", QT_TRANSLATE_NOOP("AuditAction", "Orders recorded")},
        {"shop.order.event", QT_TRANSLATE_NOOP("AuditAction", "Order event")},
        {"shop.vault.keys", QT_TRANSLATE_NOOP("AuditAction", "Vault keys made")},
        {"shop.vault.passphrase", QT_TRANSLATE_NOOP("AuditAction", "Vault passphrase changed")},
        {"shop.vault.keeper", QT_TRANSLATE_NOOP("AuditAction", "Vault keeper added")},
        {"shop.vault.keeper_removed", QT_TRANSLATE_NOOP("AuditAction", "Vault keeper removed")},
        {"shop.vault.entry", QT_TRANSLATE_NOOP("AuditAction", "Official account saved")},
        {"shop.vault.rotate", QT_TRANSLATE_NOOP("AuditAction", "Vault key changed")},
        {"shop.vault.view", QT_TRANSLATE_NOOP("AuditAction", "Official account's secret viewed")},
        {"shop.vault.copy", QT_TRANSLATE_NOOP("AuditAction", "Official account's secret copied")},
        {"shop.web.ask", QT_TRANSLATE_NOOP("AuditAction", "Web publication asked for")},
        {"shop.web.publish", QT_TRANSLATE_NOOP("AuditAction", "Web publication published")},
        {"shop.incident.record", QT_TRANSLATE_NOOP("AuditAction", "Security incident recorded")},
        {"shop.incident.update", QT_TRANSLATE_NOOP("AuditAction", "Security incident updated")},
        {"shop.service.hours", QT_TRANSLATE_NOOP("AuditAction", "Chat hours set")},
        {"shop.service.pools", QT_TRANSLATE_NOOP("AuditAction", "Customer service pools set")},
        {"shop.service.roster", QT_TRANSLATE_NOOP("AuditAction", "Customer service roster generated")},
        {"shop.service.assign", QT_TRANSLATE_NOOP("AuditAction", "Customer service duty assigned")},
        {"shop.feedback.record", QT_TRANSLATE_NOOP("AuditAction", "Customer feedback recorded")},
        {"shop.feedback.outcome", QT_TRANSLATE_NOOP("AuditAction", "Customer feedback outcome")},
        {"shop.flag.propose", QT_TRANSLATE_NOOP("AuditAction", "Bad customer flag proposed")},
        {"shop.flag.decide", QT_TRANSLATE_NOOP("AuditAction", "Bad customer flag decided")},
        {"service_pools", QT_TRANSLATE_NOOP("AuditAction", "Customer service pools")},
        {"service_roster", QT_TRANSLATE_NOOP("AuditAction", "Customer service roster")},
        {"customer_feedback", QT_TRANSLATE_NOOP("AuditAction", "Customer feedback")},
        {"customer_flags", QT_TRANSLATE_NOOP("AuditAction", "Bad customer flag")},
        {"web_publications", QT_TRANSLATE_NOOP("AuditAction", "Web publication")},
        {"security_incidents", QT_TRANSLATE_NOOP("AuditAction", "Security incident")},
        {"vault_keepers", QT_TRANSLATE_NOOP("AuditAction", "Vault keeper")},
        {"vault_entries", QT_TRANSLATE_NOOP("AuditAction", "Official account")},
        {"orders", QT_TRANSLATE_NOOP("AuditAction", "Order")},
        {"order_events", QT_TRANSLATE_NOOP("AuditAction", "Order event")},
        {"products", QT_TRANSLATE_NOOP("AuditAction", "Product")},
        {"product_movements", QT_TRANSLATE_NOOP("AuditAction", "Product stock movement")},
        {"price_changes", QT_TRANSLATE_NOOP("AuditAction", "Price change")},
        {"listing_changes", QT_TRANSLATE_NOOP("AuditAction", "Listing change")},
        {"promotions", QT_TRANSLATE_NOOP("AuditAction", "Promotion")},
    };
    for (const auto &[code, title] : titles)
        AuditActionTitles::define(QString::fromLatin1(code), title);
}

} // namespace shopdesk::ShopArea
