#pragma once

#include "common/Result.h"
#include "domain/ChannelOrderRows.h"

#include <QCoreApplication>
#include <QUrl>

namespace shopdesk {

// The company's own web shop, whose orders are pulled through its API (issue 17).
enum class WebShopKind { WooCommerce, Shopify };
QString webShopKindKey(WebShopKind kind); // stored form: woocommerce, shopify
std::optional<WebShopKind> webShopKindFromKey(const QString &key);

// One page of a web shop's orders as read, and the moment the earliest order it could not take
// last changed at the shop (invalid: it took them all), so that the next pull asks for that one
// again instead of passing it by.
struct WebShopPage
{
    ImportedRows<ChannelOrderRow> orders;
    QStringList refusedNumbers; // the orders it could not take
    QDateTime earliestRefusedChange;
};

// The web shops' order APIs read as the file imports read exports: an order per JSON object,
// taken exactly like a file's row (so that an order pulled and the same order in an exported file
// are one order), every bad order named with its place in the pull, its field and its value.
//
// WooCommerce: REST API `wp-json/wc/v3/orders` (a JSON array a page; 100 a page; orders modified
// after the last pull, in GMT, in the order of their ids, which do not move while a pull runs as
// a modified time does; amounts with two decimals), its consumer key and secret as HTTP Basic. Shopify: Admin API
// `orders.json` (`{"orders": [...]}`, 250 a page, `updated_at_min`), the access token in
// X-Shopify-Access-Token. Both give the next page in a `Link: <...>; rel="next"` header, and
// both ask a client that gets HTTP 429 to wait the seconds of its Retry-After header.
class WebShopOrders
{
    Q_DECLARE_TR_FUNCTIONS(WebShopOrders)
public:
    static constexpr int kWooCommercePageSize = 100; // the API's largest
    static constexpr int kShopifyPageSize = 250;

    // The first page of the orders changed since `since` (invalid: all of them) at the shop whose
    // address is `shop` (https://shop.example.com, or the store's https://NAME.myshopify.com).
    static QUrl firstPage(WebShopKind kind, const QUrl &shop, const QDateTime &since);
    // The next page's address from a response's Link header, else (WooCommerce) from its
    // X-WP-TotalPages; empty: that was the last page.
    static QUrl nextPage(WebShopKind kind, const QUrl &page, const QByteArray &link, const QByteArray &totalPages);
    // A Retry-After header's wait in whole seconds (Shopify sends "2.0"), at most a day; nullopt
    // without one, or when it is an HTTP date (then the caller waits its own default).
    static std::optional<int> retryAfterSeconds(const QByteArray &header);
    // Why `shop` cannot be pulled from, translated; empty when it can: it must be https (the secret
    // travels in every request), except on this PC itself, and hold no user, password or query
    // (the address is kept and shown in plain text).
    static QString addressProblem(const QUrl &shop);
    // The shop's clock from an answer's Date header ("Mon, 02 Mar 2026 01:10:00 GMT"), UTC;
    // invalid without one.
    static QDateTime shopClock(const QByteArray &dateHeader);
    // `page` is at the shop's own scheme, host and port: the only place the key is sent.
    static bool atShop(const QUrl &page, const QUrl &shop);

    // One page's orders for `channel`; `firstIndex` numbers them across the pull (an order's
    // "line" is its place in the pull). Fails, naming the offset, when the body is not the JSON the
    // API returns.
    static Result<WebShopPage> read(WebShopKind kind, const QString &channel, const QByteArray &body, int firstIndex);
};

} // namespace shopdesk
