#include "ShopModule.h"

#include "Listings.h"
#include "PriceChanges.h"
#include "ProductCatalogue.h"
#include "ShopArea.h"
#include "ui/ShopPanel.h"

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
    return lines;
}

} // namespace shopdesk
