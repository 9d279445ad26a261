#pragma once

#include "common/Result.h"
#include "domain/VaultEntry.h"

#include <optional>

namespace shopdesk {

class Database;

class VaultRepository
{
public:
    explicit VaultRepository(Database &db) : m_db(db) {}

    Result<QList<VaultKeeper>> keepers() const;
    Result<std::optional<VaultKeeper>> keeper(qint64 userId) const;
    // The user's keys: new ones take any copy of the vault key sealed to the old ones with them;
    // the same ones locked under a new passphrase keep it.
    Status saveKeys(qint64 userId, const KeeperKeys &keys, const QString &at);
    Status setSealedVaultKey(qint64 userId, const QByteArray &sealed); // empty: taken away
    Result<bool> vaultStarted() const; // someone holds the vault key

    Result<QList<VaultEntry>> entries() const;
    Result<std::optional<VaultEntry>> entry(qint64 id) const;
    Result<QByteArray> secret(qint64 entryId) const;
    // Inserts (id 0) or changes the entry and its keepers; its secret too unless `secret` is
    // empty. The entry's id.
    Result<qint64> saveEntry(const VaultEntry &entry, const QByteArray &secret, const QString &at);
    Status forgetKeeper(qint64 userId); // off every entry's keepers
    // The entry's secret encrypted anew under a new vault key (its version stays: nothing the
    // keepers see changed).
    Status setSecret(qint64 entryId, const QByteArray &secret);
    // Which vault key the secrets are under: one more at each rotation.
    int keyGeneration() const;
    Status setKeyGeneration(int generation);

private:
    Result<QList<VaultEntry>> read(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace shopdesk
