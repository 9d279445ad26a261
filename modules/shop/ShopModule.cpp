#include "ShopModule.h"

#include "CustomerServiceRoster.h"
#include "Listings.h"
#include "PriceChanges.h"
#include "ProductCatalogue.h"
#include "SecurityIncidents.h"
#include "ShopArea.h"
#include "WebPublishing.h"
#include "common/Clock.h"
#include "ui/ShopPanel.h"

#include <algorithm>

namespace shopdesk {

QWidget *ShopModule::createPanel(const AppContext &context, QWidget *parent) const
{
    return new ShopPanel(context, parent);
}

void ShopModule::defineTypes() const
{
    ShopArea::define();
}

QStringList ShopModule::overview(const AppContext &context) const
{
    QStringList lines;
    int toPublish = 0;
    if (auto prices = PriceChanges(*context.database, *context.clock).changes(context.actor, true))
        for (const PriceChange &c : *prices)
            toPublish += c.state() == ProductRequestState::ToCarryOut ? 1 : 0;
    if (auto listings = Listings(*context.database, *context.clock).changes(context.actor, true))
        for (const ListingChange &c : *listings)
            toPublish += c.state() == ProductRequestState::ToCarryOut ? 1 : 0;
    if (toPublish > 0)
        lines << tr("%n approved price or listing change(s) for the web editor to publish", nullptr, toPublish);
    ProductQuery low;
    low.onlyLowStock = true;
    low.status = ProductStatus::Listed;
    if (auto products = ProductCatalogue(*context.database, *context.clock).all(context.actor, low);
        products && !products->isEmpty())
        lines << tr("%n product(s) on sale at or under their low stock mark", nullptr, int(products->size()));
    // RULE WEB-02: approved publications and their 48 hours; RULE WEB-05: incidents not reported.
    if (auto publications = WebPublishing(*context.database, *context.clock).publications(context.actor, true)) {
        int toPublish = 0, overdue = 0;
        const QDateTime now = context.clock->nowUtc();
        for (const WebPublication &p : *publications) {
            toPublish += p.stage() == WebPublicationStage::ToPublish ? 1 : 0;
            overdue += WebPublishingRules::secondsLeft(p, now).value_or(0) < 0 ? 1 : 0;
        }
        if (toPublish > 0)
            lines << tr("%n approved web publication(s) to publish", nullptr, toPublish);
        if (overdue > 0)
            lines << tr("%n web publication(s) past their 48 hours", nullptr, overdue);
    }
    if (auto incidents = SecurityIncidents(*context.database, *context.clock).incidents(context.actor)) {
        const auto unreported =
            std::count_if(incidents->cbegin(), incidents->cend(), &SecurityIncidentRules::unreported);
        if (unreported > 0)
            lines << tr("%n security incident(s) not yet reported to the partner company", nullptr, int(unreported));
    }
    return lines;
}

QString ShopModule::statusLine(const AppContext &context) const
{
    auto cover = CustomerServiceRoster(*context.database, *context.clock).coverNow();
    if (!cover || !*cover)
        return {};
    const Cover &c = **cover;
    return tr("Customer service now: %1, %2 until %3")
        .arg(serviceDutyTitle(c.duty), c.name, c.until.toString(QStringLiteral("HH:mm")));
}

} // namespace shopdesk
