#include "data/VaultRepository.h"

#include "common/Clock.h"
#include "database/data/Database.h"
#include "settings/data/SettingsStore.h"

namespace shopdesk {

namespace {
const QString kKeepers = QStringLiteral(
    "SELECT k.user_id, coalesce(nullif(u.display_name, ''), u.username, ''), k.public_key, k.salt, k.ops_limit, "
    "k.mem_limit, k.locked_secret_key, k.sealed_vault_key FROM vault_keepers k "
    "LEFT JOIN users u ON u.id = k.user_id ");

VaultKeeper keeperOf(const QSqlQuery &q)
{
    VaultKeeper k;
    k.userId = q.value(0).toLongLong();
    k.userName = q.value(1).toString();
    k.keys = {q.value(2).toByteArray(), q.value(3).toByteArray(), q.value(4).toLongLong(), q.value(5).toLongLong(),
              q.value(6).toByteArray()};
    k.sealedVaultKey = q.value(7).toByteArray();
    return k;
}
} // namespace

Result<QList<VaultKeeper>> VaultRepository::keepers() const
{
    QList<VaultKeeper> list;
    if (Status s = m_db.keptQuery(kKeepers + QStringLiteral("ORDER BY 2"), {},
                                  [&](const QSqlQuery &q) { list.append(keeperOf(q)); });
        !s)
        return s.failure();
    return list;
}

Result<std::optional<VaultKeeper>> VaultRepository::keeper(qint64 userId) const
{
    std::optional<VaultKeeper> found;
    if (Status s = m_db.keptQuery(kKeepers + QStringLiteral("WHERE k.user_id = ?"), {userId},
                                  [&](const QSqlQuery &q) { found = keeperOf(q); });
        !s)
        return s.failure();
    return found;
}

Status VaultRepository::saveKeys(qint64 userId, const KeeperKeys &k, const QString &at)
{
    return m_db.keptQuery(
        QStringLiteral("INSERT INTO vault_keepers(user_id, public_key, salt, ops_limit, mem_limit, locked_secret_key, "
                       "sealed_vault_key, keys_made_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?) ON CONFLICT(user_id) DO "
                       "UPDATE SET public_key = excluded.public_key, salt = excluded.salt, ops_limit = "
                       "excluded.ops_limit, mem_limit = excluded.mem_limit, locked_secret_key = "
                       "excluded.locked_secret_key, keys_made_at = excluded.keys_made_at, sealed_vault_key = CASE WHEN "
                       "vault_keepers.public_key = excluded.public_key THEN vault_keepers.sealed_vault_key END"),
        {userId, k.publicKey, k.salt, k.opsLimit, k.memLimit, k.lockedSecretKey, at});
}

Status VaultRepository::setSealedVaultKey(qint64 userId, const QByteArray &sealed)
{
    return m_db.keptQuery(QStringLiteral("UPDATE vault_keepers SET sealed_vault_key = ? WHERE user_id = ?"),
                          {sealed.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(sealed), userId});
}

Result<bool> VaultRepository::vaultStarted() const
{
    bool started = false;
    if (Status s =
            m_db.keptQuery(QStringLiteral("SELECT 1 FROM vault_keepers WHERE sealed_vault_key IS NOT NULL LIMIT 1"), {},
                           [&](const QSqlQuery &) { started = true; });
        !s)
        return s.failure();
    return started;
}

Result<QList<VaultEntry>> VaultRepository::read(const QString &where, const QVariantList &values) const
{
    QList<VaultEntry> list;
    QHash<qint64, qsizetype> at;
    if (Status s = m_db.keptQuery(
            QStringLiteral("SELECT id, kind, name, url, user_name, notes, changed_at, version FROM vault_entries %1")
                .arg(where),
            values,
            [&](const QSqlQuery &q) {
                VaultEntry e;
                e.id = q.value(0).toLongLong();
                e.kind = q.value(1).toString();
                e.name = q.value(2).toString();
                e.url = q.value(3).toString();
                e.userName = q.value(4).toString();
                e.notes = q.value(5).toString();
                e.changedAt = fromStoredInstant(q.value(6).toString());
                e.version = q.value(7).toInt();
                at.insert(e.id, list.size());
                list.append(e);
            });
        !s)
        return s.failure();
    if (list.isEmpty())
        return list;
    if (Status s = m_db.keptQuery(
            QStringLiteral("SELECT k.entry_id, k.user_id, coalesce(nullif(u.display_name, ''), u.username, '') "
                           "FROM vault_entry_keepers k LEFT JOIN users u ON u.id = k.user_id ORDER BY 3"),
            {},
            [&](const QSqlQuery &q) {
                if (const auto i = at.constFind(q.value(0).toLongLong()); i != at.cend()) {
                    list[*i].keeperIds << q.value(1).toLongLong();
                    list[*i].keeperNames << q.value(2).toString();
                }
            });
        !s)
        return s.failure();
    return list;
}

Result<QList<VaultEntry>> VaultRepository::entries() const
{
    return read(QStringLiteral("ORDER BY kind, name"), {});
}

Result<std::optional<VaultEntry>> VaultRepository::entry(qint64 id) const
{
    auto list = read(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<VaultEntry>() : std::optional<VaultEntry>(list->first());
}

Result<QByteArray> VaultRepository::secret(qint64 entryId) const
{
    QByteArray secret;
    if (Status s = m_db.keptQuery(QStringLiteral("SELECT secret FROM vault_entries WHERE id = ?"), {entryId},
                                  [&](const QSqlQuery &q) { secret = q.value(0).toByteArray(); });
        !s)
        return s.failure();
    return secret;
}

Result<qint64> VaultRepository::saveEntry(const VaultEntry &e, const QByteArray &secret, const QString &at)
{
    qint64 id = e.id;
    if (id == 0) {
        auto added = m_db.keptInsert(
            QStringLiteral("INSERT INTO vault_entries(kind, name, url, user_name, secret, notes, changed_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {e.kind, e.name.trimmed(), e.url.trimmed(), e.userName.trimmed(), secret, e.notes, at});
        if (!added)
            return added;
        id = *added;
    } else {
        if (Status s = m_db.keptQuery(
                QStringLiteral("UPDATE vault_entries SET kind = ?, name = ?, url = ?, user_name = ?, notes = ?, "
                               "changed_at = ?, version = version + 1, secret = coalesce(?, secret) WHERE id = ?"),
                {e.kind, e.name.trimmed(), e.url.trimmed(), e.userName.trimmed(), e.notes, at,
                 secret.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(secret), id});
            !s)
            return s.failure();
        if (Status s = m_db.keptQuery(QStringLiteral("DELETE FROM vault_entry_keepers WHERE entry_id = ?"), {id}); !s)
            return s.failure();
    }
    for (qint64 keeper : e.keeperIds)
        if (Status s = m_db.keptQuery(
                QStringLiteral(
                    "INSERT INTO vault_entry_keepers(entry_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                {id, keeper});
            !s)
            return s.failure();
    return id;
}

Status VaultRepository::forgetKeeper(qint64 userId)
{
    return m_db.keptQuery(QStringLiteral("DELETE FROM vault_entry_keepers WHERE user_id = ?"), {userId});
}

Status VaultRepository::setSecret(qint64 entryId, const QByteArray &secret)
{
    return m_db.keptQuery(QStringLiteral("UPDATE vault_entries SET secret = ? WHERE id = ?"), {secret, entryId});
}

int VaultRepository::keyGeneration() const
{
    return SettingsStore(m_db).intValue(QStringLiteral("vault.key_generation"), 0);
}

Status VaultRepository::setKeyGeneration(int generation)
{
    return SettingsStore(m_db).set(QStringLiteral("vault.key_generation"), QString::number(generation));
}

} // namespace shopdesk
