#pragma once

#include "approval/ApprovalTypes.h"
#include "common/Result.h"
#include "domain/VaultEntry.h"

namespace shopdesk {

class Clock;

// RULE ACC-01: the registry of the company's official accounts, kept by the site manager, the
// system administrator, the division leader and the general manager. A secret opens only with a
// keeper's vault passphrase, and every look is audited; every change to an entry or to the keepers
// is a request that takes effect when the general manager approves it. The keeper who asks prepares
// its ciphertext (the new secret under the vault key, or the vault key sealed to the new keeper),
// so approving it needs nobody's passphrase. Audit records hold SHA-256 of ciphertexts, never
// secrets (VaultCipher).
class AccountVault
{
    Q_DECLARE_TR_FUNCTIONS(AccountVault)
public:
    static inline const QString TypeId = QStringLiteral("shop.vault.change");
    static const ApprovalType &type();

    AccountVault(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // The people ACC-01 names: the site manager, the system administrator (a database
    // administrator), the division leader (a senior manager), the general manager.
    static bool mayKeep(const Actor &actor);

    Result<QList<VaultEntry>> entries(const Actor &actor) const;
    Result<QList<VaultKeeper>> keepers(const Actor &actor) const;
    // The actor's own key pair under their vault passphrase. Made anew only while they hold no
    // copy of the vault key; after that the passphrase is changed (the same keys locked anew).
    Status makeMyKeys(const Actor &actor, const QString &passphrase);
    Status changeMyPassphrase(const Actor &actor, const QString &passphrase, const QString &newPassphrase);

    // The requests (approval ids). The first keeper starts the vault: a new vault key sealed to
    // their own keys.
    Result<qint64> askToStart(const Actor &actor, const QString &passphrase);
    // A new entry (id 0) or a change to one; `secret` empty keeps an entry's secret.
    Result<qint64> askEntry(const Actor &actor, const QString &passphrase, const VaultEntry &entry,
                            const QString &secret);
    // The vault key sealed to another user's keys (made by them first with makeMyKeys).
    Result<qint64> askKeeper(const Actor &actor, const QString &passphrase, qint64 userId);
    // Their copy of the vault key deleted, and they are off every entry. Needs no passphrase.
    Result<qint64> askRemoveKeeper(const Actor &actor, qint64 userId);
    // RULE ACC-01: after a keeper leaves, a new vault key: every secret encrypted anew under it and
    // sealed to each keeper who holds the vault now, so a copy of the old key opens nothing that is
    // stored afterwards. Refused when applied if an entry or a keeper changed meanwhile.
    Result<qint64> askRotate(const Actor &actor, const QString &passphrase);

    // The entry's secret, for one of its keepers with their passphrase; audited as viewed or
    // copied.
    enum class Use { View, Copy };
    Result<QString> reveal(const Actor &actor, qint64 entryId, const QString &passphrase, Use use = Use::View);

private:
    Result<QByteArray> vaultKey(const Actor &actor, const QString &passphrase) const;
    Result<qint64> ask(const Actor &actor, const QString &title, const QJsonObject &payload);
    static Status apply(const OutcomeContext &c, const ApprovalRequest &r);
    static Status rotate(const OutcomeContext &c, const ApprovalRequest &r);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
