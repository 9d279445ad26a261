#include "data/WebShopRepository.h"

#include "common/Clock.h"
#include "database/data/Database.h"

namespace shopdesk {

namespace {
const QString kColumns = QStringLiteral("channel, kind, url, sealed_secret, pc_key, pc_name, pulled_until");

WebShopRow rowOf(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toByteArray(),
            q.value(4).toByteArray(),
            q.value(5).toString(),
            q.value(6).isNull() ? QDateTime() : fromStoredInstant(q.value(6).toString())};
}
} // namespace

Result<QList<WebShopRow>> WebShopRepository::all() const
{
    QSqlQuery q = m_db.query();
    if (Status s =
            Database::execPrepared(q, QStringLiteral("SELECT %1 FROM web_shops ORDER BY channel").arg(kColumns), {});
        !s)
        return s.failure();
    QList<WebShopRow> rows;
    while (q.next())
        rows.append(rowOf(q));
    return rows;
}

Result<std::optional<WebShopRow>> WebShopRepository::find(const QString &channel) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, QStringLiteral("SELECT %1 FROM web_shops WHERE channel = ?").arg(kColumns),
                                          {channel});
        !s)
        return s.failure();
    if (!q.next())
        return std::optional<WebShopRow>();
    return std::optional<WebShopRow>(rowOf(q));
}

Status WebShopRepository::save(const WebShopRow &r, const QString &at, qint64 byUserId)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO web_shops(channel, kind, url, sealed_secret, pc_key, pc_name, saved_at, "
                       "saved_by_user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(channel) DO UPDATE SET "
                       "kind = excluded.kind, url = excluded.url, sealed_secret = excluded.sealed_secret, "
                       "pc_key = excluded.pc_key, pc_name = excluded.pc_name, saved_at = excluded.saved_at, "
                       "saved_by_user_id = excluded.saved_by_user_id"),
        {r.channel, r.kind, r.url, r.sealedSecret, r.pcKey, r.pcName, at, byUserId});
}

Result<bool> WebShopRepository::remove(const QString &channel)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, QStringLiteral("DELETE FROM web_shops WHERE channel = ?"), {channel}); !s)
        return s.failure();
    return q.numRowsAffected() > 0;
}

Status WebShopRepository::setPulledUntil(const QString &channel, const QDateTime &until)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q, QStringLiteral("UPDATE web_shops SET pulled_until = ? WHERE channel = ?"),
                                  {toStoredInstant(until), channel});
}

} // namespace shopdesk
