#include "SalesReports.h"

#include "ShopActions.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "data/OrderRepository.h"
#include "data/SalesRepository.h"
#include "domain/ShopTime.h"
#include "report/ReportFigures.h"
#include "settings/CompanySettings.h"

#include <QMap>

namespace shopdesk {

namespace {
QString plain(qint64 minor)
{
    return Money::fromFen(minor).toPlainString();
}
} // namespace

QList<SalesReports::Kind> SalesReports::kinds()
{
    return {Kind::ByDay, Kind::ByChannel, Kind::BySku, Kind::Orders};
}

QString SalesReports::title(Kind kind)
{
    switch (kind) {
    case Kind::ByDay: return tr("Sales by day");
    case Kind::ByChannel: return tr("Sales by channel");
    case Kind::BySku: return tr("Sales by SKU");
    case Kind::Orders: return tr("Orders of the period");
    }
    return {};
}

QString SalesReports::key(Kind kind)
{
    switch (kind) {
    case Kind::ByDay: return QStringLiteral("days");
    case Kind::ByChannel: return QStringLiteral("channels");
    case Kind::BySku: return QStringLiteral("skus");
    case Kind::Orders: return QStringLiteral("orders");
    }
    return {};
}

std::optional<SalesReports::Kind> SalesReports::fromKey(const QString &key)
{
    for (Kind k : kinds())
        if (SalesReports::key(k) == key)
            return k;
    return std::nullopt;
}

int SalesReports::currencyColumn(Kind kind)
{
    return kind == Kind::BySku ? 2 : 1;
}

int SalesReports::netColumn(Kind kind)
{
    return kind == Kind::BySku ? 5 : 7;
}

Result<Report> SalesReports::build(const Actor &actor, Kind kind, const QDate &from, const QDate &to) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(tr("Give the first and the last day of the report's period."));
    if (kind == Kind::Orders)
        return orders(from, to);
    const QString fromUtc = toStoredInstant(ShopTime::dayStart(from));
    const QString toUtc = toStoredInstant(ShopTime::dayStart(to.addDays(1)));
    const auto by = kind == Kind::ByDay ? SalesRepository::By::Day
        : kind == Kind::ByChannel       ? SalesRepository::By::Channel
                                        : SalesRepository::By::Sku;
    auto rows = SalesRepository(m_db).sales(by, fromUtc, toUtc);
    if (!rows)
        return rows.failure();
    Report r;
    r.companyName = CompanySettings(m_db, m_clock).companyName();
    r.title = title(kind);
    r.subtitle = tr("Orders created %1 to %2 (China's days)").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    ReportTable t;
    QMap<QString, qint64> sales, refunded, count; // by currency, for the totals
    if (kind == Kind::BySku) {
        t.header = {tr("SKU code"), tr("Item"), tr("Currency"), tr("Orders"), tr("Pieces"), tr("Sales")};
        t.widths = {12, 26, 6, 7, 7, 10};
        t.frozenColumns = 2;
        for (const SalesRow &s : std::as_const(*rows)) {
            t.rows.append({s.key.isEmpty() ? tr("(no SKU)") : s.key, s.title, s.currency, QString::number(s.orders),
                           QString::number(s.pieces), plain(s.salesMinor)});
            sales[s.currency] += s.salesMinor;
        }
        r.landscape = false;
    } else {
        t.header = {kind == Kind::ByDay ? tr("Day") : tr("Channel"),
                    tr("Currency"),
                    tr("Orders"),
                    tr("Cancelled"),
                    tr("Pieces"),
                    tr("Sales"),
                    tr("Refunded"),
                    tr("Net"),
                    tr("Average order")};
        t.widths = {11, 6, 7, 7, 7, 11, 10, 11, 9};
        for (const SalesRow &s : std::as_const(*rows)) {
            t.rows.append({kind == Kind::ByChannel ? orderChannelTitle(s.key) : s.key, s.currency,
                           QString::number(s.orders), QString::number(s.cancelled), QString::number(s.pieces),
                           plain(s.salesMinor), plain(s.refundedMinor), plain(s.salesMinor - s.refundedMinor),
                           s.orders ? plain(s.salesMinor / s.orders) : QStringLiteral("-")});
            sales[s.currency] += s.salesMinor;
            refunded[s.currency] += s.refundedMinor;
            count[s.currency] += s.orders;
        }
    }
    r.tables.append(t);
    // The totals as a manager reads them (1,234.50), here as in the table.
    const auto total = [](qint64 minor) { return ReportFigures::grouped(plain(minor)); };
    for (auto it = sales.cbegin(); it != sales.cend(); ++it)
        r.endNotes << (kind == Kind::BySku ? tr("%1: sales %2.").arg(it.key(), total(it.value()))
                                           : tr("%1: %2 orders, sales %3, refunded %4, net %5.")
                                                 .arg(it.key())
                                                 .arg(count.value(it.key()))
                                                 .arg(total(it.value()), total(refunded.value(it.key())),
                                                      total(it.value() - refunded.value(it.key()))));
    r.endNotes << tr("Each currency apart; cancelled orders add nothing to the sales.");
    r.signatures = {tr("Prepared by (e-commerce assistant)"), tr("Checked by (department head)")};
    return r;
}

Result<Report> SalesReports::orders(const QDate &from, const QDate &to) const
{
    Report r;
    r.companyName = CompanySettings(m_db, m_clock).companyName();
    r.title = title(Kind::Orders);
    r.subtitle = tr("Orders created %1 to %2 (China's days)").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    ReportTable t;
    t.header = {tr("Channel"),  tr("Order number"), tr("Created"),  tr("Buyer"),         tr("Consignee"),
                tr("Phone"),    tr("Address"),      tr("Currency"), tr("Goods"),         tr("Shipping"),
                tr("Discount"), tr("Total"),        tr("State"),    tr("At the channel")};
    t.widths = {7, 20, 16, 14, 8, 12, 30, 6, 9, 8, 8, 9, 8, 10};
    t.frozenColumns = 2;
    t.textColumns = {3, 4, 5, 6, 12, 13};
    OrderQuery query;
    query.from = from;
    query.to = to;
    OrderRepository repo(m_db);
    PageCursor next;
    for (bool more = true; more;) {
        auto page = repo.page(query, next, 5000);
        if (!page)
            return page.failure();
        for (const Order &o : std::as_const(page->rows))
            t.rows.append({orderChannelTitle(o.channel), o.number, ShopTime::text(o.createdAt), o.customer,
                           o.contactName, o.phone, o.address, o.currency, plain(o.goodsMinor), plain(o.shippingMinor),
                           plain(o.discountMinor), plain(o.totalMinor), orderStateTitle(o.state), o.channelStatus});
        next = page->next;
        more = page->more;
    }
    r.tables.append(t);
    r.endNotes << tr("%n order(s), the newest first.", nullptr, int(t.rows.size()));
    return r;
}

} // namespace shopdesk
