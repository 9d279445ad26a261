#include "ShopReports.h"

#include "ShopActions.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "data/ProductRepository.h"
#include "data/ProductRequestRepository.h"
#include "data/ProductStockRepository.h"
#include "data/PromotionRepository.h"
#include "domain/ProductListRows.h"
#include "domain/ShopTime.h"
#include "settings/CompanySettings.h"

namespace shopdesk {

QList<ShopReports::Kind> ShopReports::kinds()
{
    return {Kind::Stock, Kind::Prices, Kind::Listings, Kind::Promotions, Kind::Products};
}

QString ShopReports::title(Kind kind)
{
    switch (kind) {
    case Kind::Stock: return tr("Product stock and days of cover");
    case Kind::Prices: return tr("Price changes");
    case Kind::Listings: return tr("Listing changes");
    case Kind::Promotions: return tr("Promotions");
    case Kind::Products: return tr("Product list");
    }
    return {};
}

QString ShopReports::key(Kind kind)
{
    switch (kind) {
    case Kind::Stock: return QStringLiteral("stock");
    case Kind::Prices: return QStringLiteral("prices");
    case Kind::Listings: return QStringLiteral("listings");
    case Kind::Promotions: return QStringLiteral("promotions");
    case Kind::Products: return QStringLiteral("products");
    }
    return {};
}

bool ShopReports::coversAPeriod(Kind kind)
{
    return kind == Kind::Prices || kind == Kind::Listings || kind == Kind::Promotions;
}

Report ShopReports::headed(Kind kind, const QDate &from, const QDate &to) const
{
    Report r;
    r.companyName = CompanySettings(m_db, m_clock).companyName();
    r.title = title(kind);
    r.subtitle = coversAPeriod(kind) ? tr("%1 to %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                                     : tr("As of %1").arg(ShopTime::text(m_clock.nowUtc()));
    return r;
}

Result<Report> ShopReports::build(const Actor &actor, Kind kind, const QDate &from, const QDate &to) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    if (coversAPeriod(kind) && (!from.isValid() || !to.isValid() || to < from))
        return fail(tr("Give the first and the last day of the report's period."));
    switch (kind) {
    case Kind::Stock: return stock();
    case Kind::Prices: return prices(from, to);
    case Kind::Listings: return listings(from, to);
    case Kind::Promotions: return promotions(from, to);
    case Kind::Products: return products();
    }
    return fail(tr("There is no such report."));
}

Result<Report> ShopReports::stock() const
{
    auto products = ProductRepository(m_db).all({});
    if (!products)
        return products.failure();
    auto sold = ProductStockRepository(m_db).soldSince(m_clock.nowUtc().addDays(-30));
    if (!sold)
        return sold.failure();
    Report r = headed(Kind::Stock, {}, {});
    ReportTable t;
    t.header = {tr("SKU code"), tr("Title"),       tr("Category"),      tr("Status"),       tr("On hand"),
                tr("Cost"),     tr("Stock value"), tr("Sold, 30 days"), tr("Days of cover")};
    t.widths = {12, 22, 8, 6, 7, 8, 10, 8, 7};
    t.frozenColumns = 2;
    t.textColumns = {2, 3};
    qint64 total = 0;
    int low = 0;
    for (const Product &p : *products) {
        const qint64 sold30 = sold->value(p.id);
        const auto cover = ProductStockRules::daysOfCover(p.onHand, sold30);
        t.rows.append({p.code, p.title, p.category, productStatusTitle(p.status), QString::number(p.onHand),
                       p.cost().toPlainString(), p.stockValue().toPlainString(), QString::number(sold30),
                       cover ? QString::number(*cover) : QStringLiteral("-")});
        total += p.stockValue().fen();
        low += p.lowOnStock() ? 1 : 0;
    }
    r.tables.append(t);
    r.endNotes << tr("Stock value at cost: %1 for %n SKU(s).", nullptr, int(products->size()))
                      .arg(Money::fromFen(total).toString())
               << tr("At or under the low stock mark: %n SKU(s).", nullptr, low)
               << tr("Days of cover: the stock on hand at the last 30 days' sales less returns; \"-\": nothing sold.");
    r.signatures = {tr("Prepared by (e-commerce assistant)"), tr("Checked by (department head)")};
    return r;
}

Result<Report> ShopReports::prices(const QDate &from, const QDate &to) const
{
    auto points = ProductRepository(m_db).prices(0, toStoredInstant(ShopTime::dayStart(from)),
                                                 toStoredInstant(ShopTime::dayStart(to.addDays(1))));
    if (!points)
        return points.failure();
    Report r = headed(Kind::Prices, from, to);
    r.landscape = false;
    ReportTable t;
    t.header = {tr("Published"), tr("SKU code"), tr("Title"), tr("Old price"), tr("New price"), tr("Change"), tr("By")};
    t.widths = {14, 12, 22, 9, 9, 8, 8};
    t.frozenColumns = 2;
    t.textColumns = {2, 6};
    for (const PricePoint &p : *points) {
        const bool first = p.priceChangeId == 0;
        t.rows.append({ShopTime::text(p.at), p.productCode, p.productTitle,
                       first ? tr("new product") : Money::fromFen(p.oldFen).toPlainString(),
                       Money::fromFen(p.newFen).toPlainString(),
                       first || p.oldFen == 0 ? QString()
                                              : QStringLiteral("%1%").arg(
                                                  double(p.newFen - p.oldFen) * 100.0 / double(p.oldFen), 0, 'f', 1),
                       p.by});
    }
    r.tables.append(t);
    r.endNotes << tr("Each new price was proposed by the product manager, approved by the leader and published by "
                     "the web editor (PRD-01).");
    return r;
}

Result<Report> ShopReports::listings(const QDate &from, const QDate &to) const
{
    auto changes = ProductRequestRepository(m_db).listingChanges(false, 0, toStoredInstant(ShopTime::dayStart(from)),
                                                                 toStoredInstant(ShopTime::dayStart(to.addDays(1))));
    if (!changes)
        return changes.failure();
    Report r = headed(Kind::Listings, from, to);
    ReportTable t;
    t.header = {tr("Asked"),    tr("SKU code"), tr("Title"),       tr("Change"), tr("Reason"),
                tr("Asked by"), tr("State"),    tr("Carried out"), tr("By")};
    t.widths = {14, 12, 18, 10, 20, 8, 10, 14, 8};
    t.frozenColumns = 2;
    t.textColumns = {2, 3, 4, 5, 6, 8};
    int automatic = 0;
    for (const ListingChange &c : *changes) {
        t.rows.append({ShopTime::text(c.requestedAt), c.productCode, c.productTitle,
                       c.automatic ? tr("Normal delisting") : listingKindTitle(c.kind),
                       c.automatic ? tr("Stock reached zero") : c.reason, c.requestedBy,
                       productRequestStateTitle(c.state()), ShopTime::text(c.doneAt), c.doneBy});
        automatic += c.automatic ? 1 : 0;
    }
    r.tables.append(t);
    r.endNotes << tr("Normal delistings at zero stock: %1; every other change went through the leader (PRD-02).")
                      .arg(automatic);
    return r;
}

Result<Report> ShopReports::promotions(const QDate &from, const QDate &to) const
{
    auto list = PromotionRepository(m_db).during(from, to);
    if (!list)
        return list.failure();
    Report r = headed(Kind::Promotions, from, to);
    ReportTable t;
    t.header = {tr("From"),        tr("To"),           tr("Promotion"), tr("Offer"),       tr("Products"),
                tr("Proposed by"), tr("Specified by"), tr("Stage"),     tr("Published by")};
    t.widths = {10, 10, 16, 10, 20, 8, 8, 10, 8};
    t.frozenColumns = 0;
    t.textColumns = {2, 3, 4, 5, 6, 7, 8};
    for (const Promotion &p : *list) {
        t.rows.append({p.startsOn.toString(Qt::ISODate), p.endsOn.toString(Qt::ISODate), p.title,
                       p.specifiedBy.isEmpty() ? QString() : PromotionRules::offerText(p),
                       p.productCodes.join(QStringLiteral(", ")), p.proposedBy, p.specifiedBy,
                       promotionStageTitle(p.stage()), p.publishedBy});
    }
    r.tables.append(t);
    r.endNotes << tr("Proposed by the planner, specified by the product manager, approved by the leader, published "
                     "by the web editor (PRD-03).");
    return r;
}

Result<Report> ShopReports::products() const
{
    auto list = ProductRepository(m_db).all({});
    if (!list)
        return list.failure();
    Report r = headed(Kind::Products, {}, {});
    ReportTable t;
    // The import's own headers first, so the file reads back (ProductListRows).
    t.header = ProductListRows::exportHeader() << tr("Status") << tr("On hand");
    t.widths = {12, 22, 10, 14, 8, 8, 8, 6, 6};
    t.frozenColumns = 1;
    t.textColumns = {1, 2, 3, 6, 7};
    for (const Product &p : *list)
        t.rows.append({p.code, p.title, p.specification, p.barcode, p.cost().toPlainString(), p.price().toPlainString(),
                       p.category, productStatusTitle(p.status), QString::number(p.onHand)});
    r.tables.append(t);
    return r;
}

} // namespace shopdesk
