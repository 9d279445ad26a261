#pragma once

#include "OrderImport.h"
#include "PcKey.h"
#include "WebShopPull.h"
#include "common/Result.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
struct WebShopRow;
class Database;

// The company's own web shop, as the company file keeps it (no secret in plain text).
struct WebShop
{
    QString channel; // the orders' channel: "web", or "shopify" so that its exports and its pulls are one
    WebShopKind kind = WebShopKind::WooCommerce;
    QUrl url;
    QString pcName; // the PC that pulls
    bool pullsHere = false; // that PC is this one
    QDateTime pulledUntil; // UTC; invalid: never pulled
};

// What one pull wrote, and the orders it could not take (a line each).
struct WebPullRun
{
    int added = 0;
    int statusChanges = 0;
    QStringList problems;
};

// The web shops whose orders are pulled on the ORD-01 interval (issue 17). Setting one seals its
// secret to this PC's key (PcKey): this PC pulls it from then on, and the file holds no secret
// in plain text. A pulled order is imported exactly as a file's row (OrderImport: idempotent by
// channel and number; RULE ORD-05: a changed status is an appended event).
class WebShops
{
    Q_DECLARE_TR_FUNCTIONS(WebShops)
public:
    // A pull asks again for the last minutes before the previous pull began, so that an order
    // saved at the shop while that pull ran is not missed (the same order twice changes nothing).
    static constexpr int kOverlapSeconds = 10 * 60;
    // An order the shop keeps sending as it cannot be taken holds the next pulls back at most
    // this long (they read everything since it again); then it is left, told.
    static constexpr int kLongestHoldBackDays = 7;

    WebShops(Database &db, const Clock &clock, PcKey pcKey = PcKey::thisPc())
        : m_db(db), m_clock(clock), m_pcKey(std::move(pcKey))
    {
    }

    Result<QList<WebShop>> shops(const Actor &actor) const;
    // `secret`: WooCommerce's consumer key and secret as "ck_...:cs_...", Shopify's access token.
    // Needs the orders right; leaves an audit record (the sealed secret's hash, never the secret).
    Status setShop(const Actor &actor, const WebShop &shop, const QString &secret);
    Status removeShop(const Actor &actor, const QString &channel);
    // What a pull of `channel` needs (its key opened with this PC's, and from when it asks);
    // fails when another PC pulls it.
    Result<WebShopAccess> access(const Actor &actor, const QString &channel) const;
    // The moment the next pull of `channel` asks from (invalid: everything), as access() gives it.
    Result<QDateTime> pullFrom(const Actor &actor, const QString &channel) const;
    // Imports what a pull begun at `began` (this PC's clock) read, then remembers how far it got:
    // to the shop's clock at its start, or back to the earliest order it could not take.
    Result<WebPullRun> importPulled(const Actor &actor, const QString &channel, const PulledOrders &pulled,
                                    const QDateTime &began);
    // A pull of `channel` from start to end (the command line).
    Result<WebPullRun> pullNow(const Actor &actor, const QString &channel, const WebShopPatience &patience = {});

    static QStringList describe(const WebPullRun &run, const QString &channel);

private:
    static QDateTime sinceOf(const WebShopRow &row);
    Database &m_db;
    const Clock &m_clock;
    PcKey m_pcKey;
};

} // namespace shopdesk
