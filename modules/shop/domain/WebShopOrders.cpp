#include "domain/WebShopOrders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <cmath>

namespace shopdesk {

QString webShopKindKey(WebShopKind kind)
{
    return kind == WebShopKind::Shopify ? QStringLiteral("shopify") : QStringLiteral("woocommerce");
}

std::optional<WebShopKind> webShopKindFromKey(const QString &key)
{
    if (key == u"woocommerce")
        return WebShopKind::WooCommerce;
    if (key == u"shopify")
        return WebShopKind::Shopify;
    return std::nullopt;
}

namespace {
// The Admin API version asked for; Shopify keeps each for a year at least.
constexpr auto kShopifyApiVersion = "2025-01";
constexpr qint64 kMostPieces = 1'000'000; // as in a file: beyond it the field is wrong

QString gmtText(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

// An amount as the APIs give it: a string ("29.35"), or a number (WooCommerce's line price).
QString amountText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'f', 2) : value.toString();
}

QString joined(const QJsonObject &o, std::initializer_list<const char *> keys, QStringView separator)
{
    QStringList parts;
    for (const char *key : keys)
        if (const QString part = o.value(QLatin1String(key)).toVariant().toString().trimmed(); !part.isEmpty())
            parts << part;
    return parts.join(separator);
}

// Reads one order; its problems named with `index` (its place in the pull).
class OrderReader
{
public:
    OrderReader(int index, QList<ImportProblem> &problems) : m_index(index), m_problems(problems) {}

    void problem(const QString &field, const QString &value, const QString &reason)
    {
        m_problems.append({m_index, field, value, reason});
        m_bad = true;
    }
    // An amount the order must give; a discount may be left out (none).
    std::optional<qint64> amount(const QJsonObject &o, const char *field, bool mayBeMissing = false)
    {
        const QString text = amountText(o.value(QLatin1String(field)));
        const auto minor =
            text.isEmpty() && mayBeMissing ? std::optional<qint64>(0) : ChannelOrderRows::parseAmount(text);
        if (!minor || *minor < 0)
            problem(QLatin1String(field), text, WebShopOrders::tr("not an amount of 0 or more"));
        return minor;
    }
    std::optional<qint64> quantity(const QJsonObject &item, const QString &field)
    {
        const QJsonValue v = item.value(QStringLiteral("quantity"));
        const qint64 q = v.isDouble() ? qint64(v.toDouble()) : -1;
        if (q <= 0 || q > kMostPieces || double(q) != v.toDouble()) {
            problem(field, v.toVariant().toString(), WebShopOrders::tr("not a whole number from 1 to 1,000,000"));
            return std::nullopt;
        }
        return q;
    }
    // What both APIs' orders must have: the number, the currency, the time created, line items.
    // The line items, to be read by the caller.
    QJsonArray required(Order &o, const QJsonObject &json, const QString &numberField, const QString &createdField,
                        const QString &createdText)
    {
        if (o.number.isEmpty())
            problem(numberField, {}, WebShopOrders::tr("missing"));
        if (o.currency.size() != 3)
            problem(QStringLiteral("currency"), o.currency, WebShopOrders::tr("not a currency code such as CNY"));
        o.createdAt = ChannelOrderRows::parseTime(createdText);
        if (!o.createdAt.isValid())
            problem(createdField, createdText, WebShopOrders::tr("not a date and time such as 2026-10-12T10:00:00"));
        const QJsonArray items = json.value(QStringLiteral("line_items")).toArray();
        if (items.isEmpty())
            problem(QStringLiteral("line_items"), {}, WebShopOrders::tr("no line items"));
        return items;
    }
    bool bad() const { return m_bad; }

private:
    int m_index;
    QList<ImportProblem> &m_problems;
    bool m_bad = false;
};

// A WooCommerce order (wc/v3). Line discounts (coupons) are in each line's total; what the buyer
// pays beyond the lines (shipping, fees, taxes) is the order's shipping.
std::optional<Order> wooCommerceOrder(const QJsonObject &json, const QString &channel, OrderReader &r)
{
    Order o;
    o.channel = channel;
    o.number = json.value(QStringLiteral("number")).toVariant().toString();
    if (o.number.isEmpty())
        o.number = json.value(QStringLiteral("id")).toVariant().toString();
    const QJsonObject billing = json.value(QStringLiteral("billing")).toObject();
    const QJsonObject shipping = json.value(QStringLiteral("shipping")).toObject();
    o.customer = billing.value(QStringLiteral("email")).toString();
    o.contactName = joined(shipping, {"first_name", "last_name"}, u" ");
    if (o.contactName.isEmpty())
        o.contactName = joined(billing, {"first_name", "last_name"}, u" ");
    o.phone = shipping.value(QStringLiteral("phone")).toString();
    if (o.phone.isEmpty())
        o.phone = billing.value(QStringLiteral("phone")).toString();
    o.address = joined(shipping.isEmpty() ? billing : shipping,
                       {"address_1", "address_2", "city", "state", "postcode", "country"}, u", ");
    o.currency = json.value(QStringLiteral("currency")).toString().toUpper();
    o.channelStatus = json.value(QStringLiteral("status")).toString();
    const QJsonArray items = r.required(o, json, QStringLiteral("number"), QStringLiteral("date_created_gmt"),
                                        json.value(QStringLiteral("date_created_gmt")).toString() + u'Z');
    const auto total = r.amount(json, "total");
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const auto quantity = r.quantity(item, QStringLiteral("line_items.quantity"));
        const auto subtotal = r.amount(item, "subtotal"); // before the coupons
        const auto after = r.amount(item, "total");
        if (!quantity || !subtotal || !after)
            continue;
        const qint64 discount = *subtotal - *after; // the coupons, as the line's discount
        if (discount < 0) {
            r.problem(QStringLiteral("line_items.total"), amountText(item.value(QStringLiteral("total"))),
                      WebShopOrders::tr("more than the line's subtotal"));
            continue;
        }
        // The subtotal at a unit price; one that the quantity does not divide (prices with tax,
        // say) as two lines, the last piece carrying the remainder, so that no fen is made up.
        const QString sku = item.value(QStringLiteral("sku")).toString();
        const QString name = item.value(QStringLiteral("name")).toString();
        const qint64 unit = *subtotal / *quantity;
        const qint64 remainder = *subtotal - unit * *quantity;
        if (remainder == 0) {
            o.lines.append({sku, name, *quantity, unit, discount});
        } else {
            const qint64 firstDiscount = std::min(discount, unit * (*quantity - 1));
            if (*quantity > 1)
                o.lines.append({sku, name, *quantity - 1, unit, firstDiscount});
            o.lines.append({sku, name, 1, unit + remainder, discount - firstDiscount});
        }
        o.goodsMinor += *after;
    }
    if (r.bad())
        return std::nullopt;
    o.totalMinor = *total;
    o.shippingMinor = o.totalMinor - o.goodsMinor;
    if (o.shippingMinor < 0) {
        r.problem(QStringLiteral("total"), amountText(json.value(QStringLiteral("total"))),
                  WebShopOrders::tr("less than its line items (%1)").arg(o.goodsMinor / 100.0, 0, 'f', 2));
        return std::nullopt;
    }
    return o;
}

// A Shopify order (Admin API), read as its CSV export is (ChannelOrderRows::shopify): the number
// is its name (#1001), the lines at their price, the order's discount apart, shipping and taxes
// the rest of the total; its status "financial/fulfillment" or "cancelled".
std::optional<Order> shopifyOrder(const QJsonObject &json, const QString &channel, OrderReader &r)
{
    Order o;
    o.channel = channel;
    o.number = json.value(QStringLiteral("name")).toString();
    const QJsonObject address = json.value(QStringLiteral("shipping_address")).toObject();
    const QJsonObject billing = json.value(QStringLiteral("billing_address")).toObject();
    o.customer = json.value(QStringLiteral("email")).toString();
    o.contactName = address.value(QStringLiteral("name")).toString();
    if (o.contactName.isEmpty())
        o.contactName = billing.value(QStringLiteral("name")).toString();
    o.phone = address.value(QStringLiteral("phone")).toString();
    if (o.phone.isEmpty())
        o.phone = json.value(QStringLiteral("phone")).toString();
    o.address = joined(address, {"address1", "city", "province", "country"}, u", ");
    o.currency = json.value(QStringLiteral("currency")).toString().toUpper();
    const QString fulfillment = json.value(QStringLiteral("fulfillment_status")).toString();
    o.channelStatus = json.value(QStringLiteral("cancelled_at")).toString().isEmpty()
        ? json.value(QStringLiteral("financial_status")).toString() + u'/'
            + (fulfillment.isEmpty() ? QStringLiteral("unfulfilled") : fulfillment)
        : QStringLiteral("cancelled");
    const QJsonArray items = r.required(o, json, QStringLiteral("name"), QStringLiteral("created_at"),
                                        json.value(QStringLiteral("created_at")).toString());
    const auto total = r.amount(json, "total_price");
    const auto discount = r.amount(json, "total_discounts", true);
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        const auto quantity = r.quantity(item, QStringLiteral("line_items.quantity"));
        const auto price = r.amount(item, "price");
        if (!quantity || !price)
            continue;
        o.lines.append({item.value(QStringLiteral("sku")).toString(), item.value(QStringLiteral("name")).toString(),
                        *quantity, *price, 0});
        o.goodsMinor += *quantity * *price;
    }
    if (r.bad())
        return std::nullopt;
    o.totalMinor = *total;
    o.discountMinor = *discount;
    o.shippingMinor = o.totalMinor - o.goodsMinor + o.discountMinor;
    if (o.shippingMinor < 0) {
        r.problem(QStringLiteral("total_price"), amountText(json.value(QStringLiteral("total_price"))),
                  WebShopOrders::tr("less than its line items (%1) after the discount")
                      .arg((o.goodsMinor - o.discountMinor) / 100.0, 0, 'f', 2));
        return std::nullopt;
    }
    return o;
}
} // namespace

QUrl WebShopOrders::firstPage(WebShopKind kind, const QUrl &shop, const QDateTime &since)
{
    QUrl url = shop.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    QUrlQuery query;
    if (kind == WebShopKind::WooCommerce) {
        url.setPath(url.path() + QStringLiteral("/wp-json/wc/v3/orders"));
        query.addQueryItem(QStringLiteral("per_page"), QString::number(kWooCommercePageSize));
        query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
        query.addQueryItem(QStringLiteral("orderby"), QStringLiteral("id"));
        query.addQueryItem(QStringLiteral("order"), QStringLiteral("asc"));
        query.addQueryItem(QStringLiteral("dp"), QStringLiteral("2"));
        if (since.isValid()) {
            query.addQueryItem(QStringLiteral("modified_after"), gmtText(since));
            query.addQueryItem(QStringLiteral("dates_are_gmt"), QStringLiteral("true"));
        }
    } else {
        url.setPath(url.path() + QStringLiteral("/admin/api/%1/orders.json").arg(QLatin1String(kShopifyApiVersion)));
        query.addQueryItem(QStringLiteral("status"), QStringLiteral("any"));
        query.addQueryItem(QStringLiteral("limit"), QString::number(kShopifyPageSize));
        if (since.isValid())
            query.addQueryItem(QStringLiteral("updated_at_min"), gmtText(since) + u'Z');
    }
    url.setQuery(query);
    return url;
}

QUrl WebShopOrders::nextPage(WebShopKind kind, const QUrl &page, const QByteArray &link, const QByteArray &totalPages)
{
    // Link: <https://...page_info=abc>; rel="previous", <https://...page_info=def>; rel="next"
    static const QRegularExpression next(QStringLiteral("<([^>]*)>\\s*;[^,]*rel=\"?next\"?"));
    if (const auto m = next.match(QString::fromUtf8(link)); m.hasMatch())
        return page.resolved(QUrl(m.captured(1)));
    if (kind != WebShopKind::WooCommerce || totalPages.isEmpty())
        return {};
    QUrlQuery query(page);
    const int current = query.queryItemValue(QStringLiteral("page")).toInt();
    if (current <= 0 || current >= totalPages.trimmed().toInt())
        return {};
    query.removeQueryItem(QStringLiteral("page"));
    query.addQueryItem(QStringLiteral("page"), QString::number(current + 1));
    QUrl url = page;
    url.setQuery(query);
    return url;
}

std::optional<int> WebShopOrders::retryAfterSeconds(const QByteArray &header)
{
    constexpr double kDay = 24 * 3600;
    bool ok = false;
    const double seconds = header.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds < 0)
        return std::nullopt;
    return int(std::ceil(std::min(seconds, kDay)));
}

QDateTime WebShopOrders::shopClock(const QByteArray &dateHeader)
{
    QString text = QString::fromLatin1(dateHeader).trimmed();
    if (text.endsWith(QLatin1String(" GMT"))) // HTTP's form; Qt reads RFC 2822's offset
        text = text.chopped(4) + QStringLiteral(" +0000");
    return QDateTime::fromString(text, Qt::RFC2822Date).toUTC();
}

bool WebShopOrders::atShop(const QUrl &page, const QUrl &shop)
{
    const int port = shop.scheme() == u"https" ? 443 : 80;
    return page.scheme() == shop.scheme() && page.host().compare(shop.host(), Qt::CaseInsensitive) == 0
        && page.port(port) == shop.port(port);
}

QString WebShopOrders::addressProblem(const QUrl &shop)
{
    if (!shop.isValid() || shop.host().isEmpty())
        return tr("%1 is not a web address such as https://shop.example.com.").arg(shop.toString());
    const bool thisPc = shop.host() == u"localhost" || shop.host() == u"127.0.0.1" || shop.host() == u"::1";
    if (!shop.userInfo().isEmpty() || shop.hasQuery())
        return tr("Give the shop's address alone (%1), without a user, a password or a query: the key has fields "
                  "of its own.")
            .arg(shop.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    if (shop.scheme() != u"https" && !(thisPc && shop.scheme() == u"http"))
        return tr("%1 must begin with https://: the key goes with every request.").arg(shop.toString());
    return {};
}

Result<WebShopPage> WebShopOrders::read(WebShopKind kind, const QString &channel, const QByteArray &body,
                                        int firstIndex)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(tr("the answer is not JSON (at byte %1: %2)").arg(error.offset).arg(error.errorString()));
    QJsonArray orders;
    if (kind == WebShopKind::WooCommerce && doc.isArray())
        orders = doc.array();
    else if (kind == WebShopKind::Shopify && doc.isObject() && doc.object().value(QStringLiteral("orders")).isArray())
        orders = doc.object().value(QStringLiteral("orders")).toArray();
    else
        return fail(kind == WebShopKind::WooCommerce ? tr("the answer is not a list of orders")
                                                     : tr("the answer has no \"orders\" list"));
    WebShopPage page;
    ImportedRows<ChannelOrderRow> &read = page.orders;
    for (qsizetype i = 0; i < orders.size(); ++i) {
        ++read.rowsRead;
        const int index = firstIndex + int(i);
        OrderReader reader(index, read.problems);
        if (!orders.at(i).isObject()) {
            reader.problem(tr("order"), orders.at(i).toVariant().toString(), tr("not an order"));
            continue;
        }
        const QJsonObject json = orders.at(i).toObject();
        const auto order = kind == WebShopKind::WooCommerce ? wooCommerceOrder(json, channel, reader)
                                                            : shopifyOrder(json, channel, reader);
        if (order) {
            read.rows.append({index, *order});
            continue;
        }
        page.refusedNumbers << json.value(kind == WebShopKind::WooCommerce ? QStringLiteral("number")
                                                                           : QStringLiteral("name"))
                                   .toVariant()
                                   .toString();
        // Asked for again at the next pull, from when it last changed (one without that time is
        // named now and read again only when the shop changes it).
        const QDateTime changed = kind == WebShopKind::WooCommerce
            ? ChannelOrderRows::parseTime(json.value(QStringLiteral("date_modified_gmt")).toString() + u'Z')
            : ChannelOrderRows::parseTime(json.value(QStringLiteral("updated_at")).toString());
        if (changed.isValid() && (!page.earliestRefusedChange.isValid() || changed < page.earliestRefusedChange))
            page.earliestRefusedChange = changed;
    }
    return page;
}

} // namespace shopdesk
