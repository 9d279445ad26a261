#include "WebShops.h"

#include "ShopActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/WebShopRepository.h"
#include "database/data/Database.h"

#include <QCryptographicHash>
#include <QSysInfo>

namespace shopdesk {

Result<QList<WebShop>> WebShops::shops(const Actor &actor) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    auto rows = WebShopRepository(m_db).all();
    if (!rows)
        return rows.failure();
    QList<WebShop> list;
    std::optional<QByteArray> here; // this PC's key, read (or made) only when there is a shop
    for (const WebShopRow &r : std::as_const(*rows)) {
        if (!here) {
            auto key = m_pcKey.publicKey();
            if (!key)
                return key.failure();
            here = *key;
        }
        list.append({r.channel, webShopKindFromKey(r.kind).value_or(WebShopKind::WooCommerce), QUrl(r.url), r.pcName,
                     r.pcKey == *here, r.pulledUntil});
    }
    return list;
}

Status WebShops::setShop(const Actor &actor, const WebShop &given, const QString &secret)
{
    if (Status allowed = Permissions::require(actor, ShopAction::Orders); !allowed)
        return allowed.failure();
    const QString channel = given.channel.trimmed().toLower();
    if (channel.isEmpty())
        return fail(tr("Name the channel the web shop's orders belong to."));
    if (const QString problem = WebShopOrders::addressProblem(given.url); !problem.isEmpty())
        return fail(problem);
    if (secret.trimmed().isEmpty())
        return fail(given.kind == WebShopKind::WooCommerce
                        ? tr("Give the shop's consumer key and consumer secret (WooCommerce > Settings > Advanced > "
                             "REST API, read access).")
                        : tr("Give the store's Admin API access token (with the read_orders scope)."));
    if (given.kind == WebShopKind::WooCommerce && !secret.contains(u':'))
        return fail(tr("Give the consumer key and the consumer secret, both."));
    auto here = m_pcKey.publicKey();
    if (!here)
        return here.failure();
    WebShopRow row;
    row.channel = channel;
    row.kind = webShopKindKey(given.kind);
    row.url = given.url.adjusted(QUrl::RemoveFragment | QUrl::StripTrailingSlash).toString();
    row.sealedSecret = PcKey::seal(secret.trimmed().toUtf8(), *here);
    row.pcKey = *here;
    row.pcName = QSysInfo::machineHostName();
    if (row.sealedSecret.isEmpty())
        return fail(tr("The secret could not be sealed."));
    return m_db.write([&]() -> Status {
        if (Status s = WebShopRepository(m_db).save(row, toStoredInstant(m_clock.nowUtc()), actor.userId); !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.webshop.set"), QStringLiteral("web_shops"), channel, {},
                    {{QStringLiteral("kind"), row.kind},
                     {QStringLiteral("url"), row.url},
                     {QStringLiteral("pc_name"), row.pcName},
                     {QStringLiteral("sealed_secret_sha256"),
                      QString::fromLatin1(
                          QCryptographicHash::hash(row.sealedSecret, QCryptographicHash::Sha256).toHex())}});
    });
}

Status WebShops::removeShop(const Actor &actor, const QString &channel)
{
    if (Status allowed = Permissions::require(actor, ShopAction::Orders); !allowed)
        return allowed.failure();
    return m_db.write([&]() -> Status {
        auto removed = WebShopRepository(m_db).remove(channel);
        if (!removed)
            return removed.failure();
        if (!*removed)
            return fail(tr("No web shop feeds the channel %1.").arg(channel));
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.webshop.remove"), QStringLiteral("web_shops"), channel, {}, {});
    });
}

Result<WebShopAccess> WebShops::access(const Actor &actor, const QString &channel) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::Orders); !allowed)
        return allowed.failure();
    auto found = WebShopRepository(m_db).find(channel);
    if (!found)
        return found.failure();
    if (!*found)
        return fail(tr("No web shop feeds the channel %1.").arg(channel));
    const WebShopRow &row = **found;
    auto here = m_pcKey.publicKey();
    if (!here)
        return here.failure(); // this PC's key file cannot be read: say so, not "another PC"
    if (row.pcKey != *here)
        return fail(tr("The web shop of %1 is pulled by the PC %2; to pull it here, give its key again on this PC.")
                        .arg(channel, row.pcName));
    auto secret = m_pcKey.open(row.sealedSecret);
    if (!secret)
        return secret.failure();
    return WebShopAccess{webShopKindFromKey(row.kind).value_or(WebShopKind::WooCommerce), channel, QUrl(row.url),
                         *secret, sinceOf(row)};
}

QDateTime WebShops::sinceOf(const WebShopRow &row)
{
    return row.pulledUntil.isValid() ? row.pulledUntil.addSecs(-kOverlapSeconds) : QDateTime();
}

Result<QDateTime> WebShops::pullFrom(const Actor &actor, const QString &channel) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::Orders); !allowed)
        return allowed.failure();
    auto found = WebShopRepository(m_db).find(channel);
    if (!found)
        return found.failure();
    return *found ? sinceOf(**found) : QDateTime();
}

Result<WebPullRun> WebShops::importPulled(const Actor &actor, const QString &channel, const PulledOrders &pulled,
                                          const QDateTime &began)
{
    OrderImport importer(m_db, m_clock);
    auto preview = importer.preview(actor, pulled.orders, channel);
    if (!preview)
        return preview.failure();
    WebPullRun run{int(preview->added.size()), int(preview->statusChanges.size()), {}};
    for (const ImportProblem &p : std::as_const(preview->problems))
        run.problems << tr("order %1 of the pull, %2 \"%3\": %4").arg(p.line).arg(p.field, p.value, p.reason);
    if (run.added || run.statusChanges)
        if (auto written = importer.import(actor, *preview); !written)
            return written.failure();
    // How far the pull got: bookkeeping of this feed, not a change to the company's records (the
    // orders it wrote carry their audit records). By the shop's clock when it gave one, and never
    // past an order it could not take, so that the next pull reads that one again.
    QDateTime until = pulled.shopClockAtStart.isValid() ? pulled.shopClockAtStart : began;
    if (pulled.earliestRefusedChange.isValid() && pulled.earliestRefusedChange < until)
        until = std::max(pulled.earliestRefusedChange, until.addDays(-kLongestHoldBackDays));
    if (Status s = m_db.write([&] { return WebShopRepository(m_db).setPulledUntil(channel, until); }); !s)
        return s.failure();
    return run;
}

Result<WebPullRun> WebShops::pullNow(const Actor &actor, const QString &channel, const WebShopPatience &patience)
{
    auto shop = access(actor, channel);
    if (!shop)
        return shop.failure();
    const QDateTime began = m_clock.nowUtc();
    WebShopPull pull(*shop, patience);
    auto read = pull.run();
    if (!read)
        return read.failure();
    return importPulled(actor, channel, *read, began);
}

QStringList WebShops::describe(const WebPullRun &run, const QString &channel)
{
    QStringList lines{tr("%1: %n new order(s)", nullptr, run.added).arg(channel)
                      + tr(", %n new status(es)", nullptr, run.statusChanges)};
    if (!run.problems.isEmpty())
        lines << tr("%n order(s) not taken:", nullptr, int(run.problems.size())) << run.problems;
    return lines;
}

} // namespace shopdesk
