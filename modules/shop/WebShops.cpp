#include "WebShops.h"

#include "ShopActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "database/data/Database.h"

#include <QCryptographicHash>
#include <QSysInfo>

namespace shopdesk {

Result<QList<WebShop>> WebShops::shops(const Actor &actor) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::View); !allowed)
        return allowed.failure();
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT channel, kind, url, pc_name, pc_key, pulled_until FROM web_shops ORDER BY channel"),
            {});
        !s)
        return s.failure();
    QList<WebShop> list;
    std::optional<QByteArray> here; // this PC's key, read (or made) only when there is a shop
    while (q.next()) {
        if (!here) {
            auto key = m_pcKey.publicKey();
            if (!key)
                return key.failure();
            here = *key;
        }
        list.append({q.value(0).toString(),
                     webShopKindFromKey(q.value(1).toString()).value_or(WebShopKind::WooCommerce),
                     QUrl(q.value(2).toString()), q.value(3).toString(), q.value(4).toByteArray() == *here,
                     q.value(5).isNull() ? QDateTime() : fromStoredInstant(q.value(5).toString())});
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
    const QByteArray sealed = PcKey::seal(secret.trimmed().toUtf8(), *here);
    if (sealed.isEmpty())
        return fail(tr("The secret could not be sealed."));
    const QString url = given.url.adjusted(QUrl::RemoveFragment | QUrl::StripTrailingSlash).toString();
    return m_db.write([&]() -> Status {
        QSqlQuery q = m_db.query();
        if (Status s = Database::execPrepared(
                q,
                QStringLiteral("INSERT INTO web_shops(channel, kind, url, sealed_secret, pc_key, pc_name, saved_at, "
                               "saved_by_user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(channel) DO UPDATE SET "
                               "kind = excluded.kind, url = excluded.url, sealed_secret = excluded.sealed_secret, "
                               "pc_key = excluded.pc_key, pc_name = excluded.pc_name, saved_at = excluded.saved_at, "
                               "saved_by_user_id = excluded.saved_by_user_id"),
                {channel, webShopKindKey(given.kind), url, sealed, *here, QSysInfo::machineHostName(),
                 toStoredInstant(m_clock.nowUtc()), actor.userId});
            !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.webshop.set"), QStringLiteral("web_shops"), channel, {},
                    {{QStringLiteral("kind"), webShopKindKey(given.kind)},
                     {QStringLiteral("url"), url},
                     {QStringLiteral("pc_name"), QSysInfo::machineHostName()},
                     {QStringLiteral("sealed_secret_sha256"),
                      QString::fromLatin1(QCryptographicHash::hash(sealed, QCryptographicHash::Sha256).toHex())}});
    });
}

Status WebShops::removeShop(const Actor &actor, const QString &channel)
{
    if (Status allowed = Permissions::require(actor, ShopAction::Orders); !allowed)
        return allowed.failure();
    return m_db.write([&]() -> Status {
        QSqlQuery q = m_db.query();
        if (Status s = Database::execPrepared(q, QStringLiteral("DELETE FROM web_shops WHERE channel = ?"), {channel});
            !s)
            return s;
        if (q.numRowsAffected() == 0)
            return fail(tr("No web shop feeds the channel %1.").arg(channel));
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.webshop.remove"), QStringLiteral("web_shops"), channel, {}, {});
    });
}

Result<WebShopAccess> WebShops::access(const Actor &actor, const QString &channel) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::Orders); !allowed)
        return allowed.failure();
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q, QStringLiteral("SELECT kind, url, sealed_secret, pc_name, pc_key FROM web_shops WHERE channel = ?"),
            {channel});
        !s)
        return s.failure();
    if (!q.next())
        return fail(tr("No web shop feeds the channel %1.").arg(channel));
    auto here = m_pcKey.publicKey();
    if (!here)
        return here.failure(); // this PC's key file cannot be read: say so, not "another PC"
    if (q.value(4).toByteArray() != *here)
        return fail(tr("The web shop of %1 is pulled by the PC %2; to pull it here, give its key again on this PC.")
                        .arg(channel, q.value(3).toString()));
    auto secret = m_pcKey.open(q.value(2).toByteArray());
    if (!secret)
        return secret.failure();
    return WebShopAccess{webShopKindFromKey(q.value(0).toString()).value_or(WebShopKind::WooCommerce), channel,
                         QUrl(q.value(1).toString()), *secret};
}

Result<QDateTime> WebShops::pullFrom(const Actor &actor, const QString &channel) const
{
    if (Status allowed = Permissions::require(actor, ShopAction::Orders); !allowed)
        return allowed.failure();
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, QStringLiteral("SELECT pulled_until FROM web_shops WHERE channel = ?"),
                                          {channel});
        !s)
        return s.failure();
    if (!q.next() || q.value(0).isNull())
        return QDateTime();
    return fromStoredInstant(q.value(0).toString()).addSecs(-kOverlapSeconds);
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
        until = pulled.earliestRefusedChange;
    if (Status s = m_db.write([&]() -> Status {
            QSqlQuery q = m_db.query();
            return Database::execPrepared(q, QStringLiteral("UPDATE web_shops SET pulled_until = ? WHERE channel = ?"),
                                          {toStoredInstant(until), channel});
        });
        !s)
        return s.failure();
    return run;
}

Result<WebPullRun> WebShops::pullNow(const Actor &actor, const QString &channel, const WebShopPatience &patience)
{
    auto shop = access(actor, channel);
    if (!shop)
        return shop.failure();
    auto from = pullFrom(actor, channel);
    if (!from)
        return from.failure();
    const QDateTime began = m_clock.nowUtc();
    WebShopPull pull(*shop, *from, patience);
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
