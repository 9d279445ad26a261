#include "AccountVault.h"

#include "VaultCipher.h"
#include "approval/Approvals.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/VaultRepository.h"
#include "database/data/Database.h"

#include <QJsonArray>

#include <sodium.h>

namespace shopdesk {

namespace {
const QString kChange = QStringLiteral("change");
const QString kStart = QStringLiteral("start");
const QString kKeeper = QStringLiteral("keeper");
const QString kRemoveKeeper = QStringLiteral("remove_keeper");
const QString kEntry = QStringLiteral("entry");
const QString kRotate = QStringLiteral("rotate");
const QString kGeneration = QStringLiteral("key_generation");

QString base64(const QByteArray &b)
{
    return QString::fromLatin1(b.toBase64());
}

QByteArray bytesOf(const QJsonObject &o, const QString &key)
{
    return QByteArray::fromBase64(o.value(key).toString().toLatin1());
}

void forget(QByteArray &key)
{
    sodium_memzero(key.data(), key.size());
}

// What an audit record says of an entry: never the secret, the SHA-256 of its ciphertext.
QJsonObject described(const VaultEntry &e, const QByteArray &secret)
{
    QJsonArray keepers;
    for (qint64 id : e.keeperIds)
        keepers.append(id);
    QJsonObject o{{QStringLiteral("kind"), e.kind},
                  {QStringLiteral("name"), e.name},
                  {QStringLiteral("url"), e.url},
                  {QStringLiteral("user_name"), e.userName},
                  {QStringLiteral("keepers"), keepers}};
    if (!secret.isEmpty())
        o.insert(QStringLiteral("secret_sha256"), VaultCipher::fingerprint(secret));
    return o;
}

Status requireKeeper(const Actor &actor)
{
    if (AccountVault::mayKeep(actor))
        return success();
    return fail(AccountVault::tr("Only the site manager, the system administrator, the division leader and the "
                                 "general manager keep the official accounts (ACC-01)."));
}

// The user holds a copy of the vault key.
Result<bool> holds(VaultRepository &repo, qint64 userId)
{
    auto keeper = repo.keeper(userId);
    if (!keeper)
        return keeper.failure();
    return *keeper && !(*keeper)->sealedVaultKey.isEmpty();
}
} // namespace

const ApprovalType &AccountVault::type()
{
    static const ApprovalType type{
        TypeId, QT_TRANSLATE_NOOP("ApprovalType", "Official accounts change"),
        // RULE ACC-01: any change needs the general manager's approval.
        [](const QJsonObject &) { return QList<ApproverKind>{ApproverKind::GeneralManager}; },
        [](const OutcomeContext &c, const ApprovalRequest &r, bool approved) {
            return approved ? apply(c, r) : success(); // refused: nothing was changed
        },
        [](const ApprovalRequest &r) { return r.title; }};
    return type;
}

bool AccountVault::mayKeep(const Actor &actor)
{
    return !actor.disabled
        && (actor.level == Level::DatabaseAdmin || actor.roles.contains(Role::SiteManager)
            || actor.roles.contains(Role::SeniorManager) || actor.roles.contains(Role::GeneralManager));
}

Result<QList<VaultEntry>> AccountVault::entries(const Actor &actor) const
{
    if (Status s = requireKeeper(actor); !s)
        return s.failure();
    return VaultRepository(m_db).entries();
}

Result<QList<VaultKeeper>> AccountVault::keepers(const Actor &actor) const
{
    if (Status s = requireKeeper(actor); !s)
        return s.failure();
    return VaultRepository(m_db).keepers();
}

Status AccountVault::makeMyKeys(const Actor &actor, const QString &passphrase)
{
    if (Status s = requireKeeper(actor); !s)
        return s;
    auto keys = VaultCipher::newKeeperKeys(passphrase); // slow (Argon2id): outside the transaction
    if (!keys)
        return keys.failure();
    return m_db.write([&]() -> Status {
        VaultRepository repo(m_db);
        auto held = holds(repo, actor.userId);
        if (!held)
            return held.failure();
        if (*held)
            return fail(tr("Your keys open the vault already: change your passphrase instead."));
        if (Status s = repo.saveKeys(actor.userId, *keys, toStoredInstant(m_clock.nowUtc())); !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.vault.keys"), QStringLiteral("vault_keepers"),
                    QString::number(actor.userId), {},
                    {{QStringLiteral("public_key_sha256"), VaultCipher::fingerprint(keys->publicKey)}});
    });
}

Status AccountVault::changeMyPassphrase(const Actor &actor, const QString &passphrase, const QString &newPassphrase)
{
    if (Status s = requireKeeper(actor); !s)
        return s;
    auto keeper = VaultRepository(m_db).keeper(actor.userId);
    if (!keeper)
        return keeper.failure();
    if (!*keeper)
        return fail(tr("You have no vault keys yet."));
    auto keys = VaultCipher::relock((*keeper)->keys, passphrase, newPassphrase);
    if (!keys)
        return keys.failure();
    return m_db.write([&]() -> Status {
        VaultRepository repo(m_db);
        if (Status s = repo.saveKeys(actor.userId, *keys, toStoredInstant(m_clock.nowUtc())); !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.vault.passphrase"), QStringLiteral("vault_keepers"),
                    QString::number(actor.userId), {}, {});
    });
}

Result<QByteArray> AccountVault::vaultKey(const Actor &actor, const QString &passphrase) const
{
    auto keeper = VaultRepository(m_db).keeper(actor.userId);
    if (!keeper)
        return keeper.failure();
    if (!*keeper)
        return fail(tr("You have no vault keys yet: make them first (My vault keys)."));
    if ((*keeper)->sealedVaultKey.isEmpty())
        return fail(tr("You are not a keeper of the vault (yet): another keeper asks for you, and the general "
                       "manager approves."));
    auto secretKey = VaultCipher::unlock((*keeper)->keys, passphrase);
    if (!secretKey)
        return secretKey.failure();
    auto key = VaultCipher::openVaultKey((*keeper)->sealedVaultKey, (*keeper)->keys, *secretKey);
    forget(*secretKey);
    return key;
}

Result<qint64> AccountVault::ask(const Actor &actor, const QString &title, const QJsonObject &payload)
{
    NewApproval n;
    n.type = TypeId;
    n.subjectModule = QStringLiteral("shop");
    n.subjectId = payload.value(kChange).toString();
    n.title = title;
    n.payload = payload;
    return Approvals(m_db, m_clock).submit(actor, n);
}

Result<qint64> AccountVault::askToStart(const Actor &actor, const QString &passphrase)
{
    if (Status s = requireKeeper(actor); !s)
        return s.failure();
    VaultRepository repo(m_db);
    auto started = repo.vaultStarted();
    if (!started)
        return started.failure();
    if (*started)
        return fail(tr("The vault is started already: ask one of its keepers to add you."));
    auto keeper = repo.keeper(actor.userId);
    if (!keeper)
        return keeper.failure();
    if (!*keeper)
        return fail(tr("You have no vault keys yet: make them first (My vault keys)."));
    auto secretKey = VaultCipher::unlock((*keeper)->keys, passphrase); // they know it
    if (!secretKey)
        return secretKey.failure();
    forget(*secretKey);
    QByteArray vaultKey = VaultCipher::newVaultKey();
    const QByteArray sealed = VaultCipher::sealVaultKey(vaultKey, (*keeper)->keys.publicKey);
    forget(vaultKey);
    return ask(actor, tr("Start the official accounts registry, %1 its first keeper").arg(actor.userName),
               {{kChange, kStart},
                {QStringLiteral("user_id"), actor.userId},
                {QStringLiteral("public_key"), base64((*keeper)->keys.publicKey)},
                {QStringLiteral("sealed_vault_key"), base64(sealed)}});
}

Result<qint64> AccountVault::askEntry(const Actor &actor, const QString &passphrase, const VaultEntry &given,
                                      const QString &secret)
{
    if (Status s = requireKeeper(actor); !s)
        return s.failure();
    VaultEntry entry = given;
    entry.name = entry.name.trimmed();
    if (const QString problem = entry.problem(); !problem.isEmpty())
        return fail(problem);
    if (entry.id == 0 && secret.isEmpty())
        return fail(tr("Give the account's password or key."));
    VaultRepository repo(m_db);
    auto keepers = repo.keepers();
    if (!keepers)
        return keepers.failure();
    for (qint64 id : std::as_const(entry.keeperIds)) {
        const auto k = std::find_if(keepers->cbegin(), keepers->cend(), [id](const VaultKeeper &v) {
            return v.userId == id && !v.sealedVaultKey.isEmpty();
        });
        if (k == keepers->cend())
            return fail(tr("Only a keeper of the vault keeps an entry; user %1 is none.").arg(id));
    }
    auto all = repo.entries();
    if (!all)
        return all.failure();
    int version = 0; // of the entry as it is now
    for (const VaultEntry &e : std::as_const(*all)) {
        if (e.id != entry.id && e.kind == entry.kind && e.name == entry.name)
            return fail(tr("The registry has a %1 \"%2\" already.").arg(VaultEntry::kindTitle(e.kind), e.name));
        if (e.id == entry.id)
            version = e.version;
    }
    if (entry.id != 0 && version == 0)
        return fail(tr("The entry no longer exists."));
    if (entry.version != 0 && entry.version != version)
        return conflict(tr("%1 was changed since you read it: read it again.").arg(entry.name));
    QByteArray encrypted;
    if (!secret.isEmpty()) {
        auto key = vaultKey(actor, passphrase);
        if (!key)
            return key.failure();
        encrypted = VaultCipher::encrypt(secret.toUtf8(), *key);
        forget(*key);
    }
    QJsonArray keeperIds;
    for (qint64 id : std::as_const(entry.keeperIds))
        keeperIds.append(id);
    QJsonObject payload{{kChange, kEntry},
                        {QStringLiteral("entry_id"), entry.id},
                        {QStringLiteral("kind"), entry.kind},
                        {QStringLiteral("name"), entry.name},
                        {QStringLiteral("url"), entry.url.trimmed()},
                        {QStringLiteral("user_name"), entry.userName.trimmed()},
                        {QStringLiteral("notes"), entry.notes},
                        {QStringLiteral("keepers"), keeperIds}};
    if (!encrypted.isEmpty()) {
        payload.insert(QStringLiteral("secret"), base64(encrypted));
        payload.insert(kGeneration, repo.keyGeneration());
    }
    if (version != 0)
        payload.insert(QStringLiteral("version"), version);
    const QString title = entry.id == 0
        ? tr("New official account: %1 (%2)").arg(entry.name, VaultEntry::kindTitle(entry.kind))
        : (encrypted.isEmpty() ? tr("Change to the official account %1") : tr("New secret of the official account %1"))
              .arg(entry.name);
    return ask(actor, title, payload);
}

Result<qint64> AccountVault::askKeeper(const Actor &actor, const QString &passphrase, qint64 userId)
{
    if (Status s = requireKeeper(actor); !s)
        return s.failure();
    auto keeper = VaultRepository(m_db).keeper(userId);
    if (!keeper)
        return keeper.failure();
    if (!*keeper)
        return fail(tr("That user has no vault keys yet: they make them first, in the registry (My vault keys)."));
    if (!(*keeper)->sealedVaultKey.isEmpty())
        return fail(tr("%1 is a keeper of the vault already.").arg((*keeper)->userName));
    auto key = vaultKey(actor, passphrase);
    if (!key)
        return key.failure();
    const QByteArray sealed = VaultCipher::sealVaultKey(*key, (*keeper)->keys.publicKey);
    forget(*key);
    return ask(actor, tr("%1 to keep the official accounts").arg((*keeper)->userName),
               {{kChange, kKeeper},
                {QStringLiteral("user_id"), userId},
                {QStringLiteral("public_key"), base64((*keeper)->keys.publicKey)},
                {QStringLiteral("sealed_vault_key"), base64(sealed)},
                {kGeneration, VaultRepository(m_db).keyGeneration()}});
}

Result<qint64> AccountVault::askRemoveKeeper(const Actor &actor, qint64 userId)
{
    if (Status s = requireKeeper(actor); !s)
        return s.failure();
    auto keepers = VaultRepository(m_db).keepers();
    if (!keepers)
        return keepers.failure();
    QString name;
    int holding = 0;
    for (const VaultKeeper &k : std::as_const(*keepers)) {
        if (k.sealedVaultKey.isEmpty())
            continue;
        ++holding;
        if (k.userId == userId)
            name = k.userName;
    }
    if (name.isEmpty())
        return fail(tr("That user keeps no copy of the vault key."));
    if (holding == 1)
        return fail(tr("%1 is the vault's last keeper: add another keeper first.").arg(name));
    return ask(actor, tr("%1 to stop keeping the official accounts").arg(name),
               {{kChange, kRemoveKeeper}, {QStringLiteral("user_id"), userId}});
}

Result<qint64> AccountVault::askRotate(const Actor &actor, const QString &passphrase)
{
    if (Status s = requireKeeper(actor); !s)
        return s.failure();
    VaultRepository repo(m_db);
    auto keepers = repo.keepers();
    auto all = repo.entries();
    if (!keepers || !all)
        return !keepers ? keepers.failure() : all.failure();
    auto oldKey = vaultKey(actor, passphrase);
    if (!oldKey)
        return oldKey.failure();
    QByteArray newKey = VaultCipher::newVaultKey();
    QJsonArray entries, sealedCopies;
    Status rekeyed = success();
    for (const VaultEntry &e : std::as_const(*all)) {
        auto encrypted = repo.secret(e.id);
        if (!encrypted) {
            rekeyed = encrypted.failure();
            break;
        }
        auto plain = VaultCipher::decrypt(*encrypted, *oldKey);
        if (!plain) {
            rekeyed = plain.failure();
            break;
        }
        entries.append(QJsonObject{{QStringLiteral("id"), e.id},
                                   {QStringLiteral("version"), e.version},
                                   {QStringLiteral("secret"), base64(VaultCipher::encrypt(*plain, newKey))}});
        forget(*plain);
    }
    for (const VaultKeeper &k : std::as_const(*keepers))
        if (!k.sealedVaultKey.isEmpty())
            sealedCopies.append(QJsonObject{
                {QStringLiteral("user_id"), k.userId},
                {QStringLiteral("public_key"), base64(k.keys.publicKey)},
                {QStringLiteral("sealed_vault_key"), base64(VaultCipher::sealVaultKey(newKey, k.keys.publicKey))}});
    forget(*oldKey);
    forget(newKey);
    if (!rekeyed)
        return rekeyed.failure();
    return ask(
        actor,
        tr("A new vault key for the official accounts: %n secret(s) encrypted anew", nullptr, int(entries.size())),
        {{kChange, kRotate},
         {kGeneration, repo.keyGeneration()},
         {QStringLiteral("entries"), entries},
         {QStringLiteral("keepers"), sealedCopies}});
}

Result<QString> AccountVault::reveal(const Actor &actor, qint64 entryId, const QString &passphrase, Use use)
{
    if (Status s = requireKeeper(actor); !s)
        return s.failure();
    VaultRepository repo(m_db);
    auto entry = repo.entry(entryId);
    if (!entry)
        return entry.failure();
    if (!*entry)
        return fail(tr("The entry no longer exists."));
    if (!(*entry)->keeperIds.contains(actor.userId))
        return fail(tr("Only the keepers of %1 see its secret: %2.")
                        .arg((*entry)->name, (*entry)->keeperNames.join(QStringLiteral(", "))));
    auto encrypted = repo.secret(entryId);
    if (!encrypted)
        return encrypted.failure();
    auto key = vaultKey(actor, passphrase);
    if (!key)
        return key.failure();
    auto plain = VaultCipher::decrypt(*encrypted, *key);
    forget(*key);
    if (!plain)
        return plain.failure();
    // RULE ACC-01: every view is audited, before the secret is shown.
    if (Status s = m_db.write([&]() -> Status {
            return AuditTrail(m_db, m_clock)
                .record(actor, use == Use::Copy ? QStringLiteral("shop.vault.copy") : QStringLiteral("shop.vault.view"),
                        QStringLiteral("vault_entries"), QString::number(entryId), {},
                        {{QStringLiteral("name"), (*entry)->name},
                         {QStringLiteral("secret_sha256"), VaultCipher::fingerprint(*encrypted)}});
        });
        !s) {
        forget(*plain);
        return s.failure();
    }
    const QString secret = QString::fromUtf8(*plain);
    forget(*plain);
    return secret;
}

Status AccountVault::apply(const OutcomeContext &c, const ApprovalRequest &r)
{
    const QJsonObject &p = r.payload;
    const QString change = p.value(kChange).toString();
    VaultRepository repo(c.db);
    AuditTrail audit(c.db, c.clock);
    const qint64 userId = p.value(QStringLiteral("user_id")).toInteger();
    auto started = repo.vaultStarted();
    if (!started)
        return started.failure();
    const int generation = repo.keyGeneration();
    if (change == kKeeper && p.value(kGeneration).toInt() != generation)
        return conflict(tr("The vault key was changed since this was asked: ask again."));
    if (change == kRotate)
        return rotate(c, r);
    if (change == kStart || change == kKeeper) {
        if (change == kStart && *started)
            return conflict(tr("The vault was started meanwhile: ask one of its keepers to add you."));
        if (change == kKeeper && !*started)
            return conflict(tr("The vault has no keeper any more."));
        auto keeper = repo.keeper(userId);
        if (!keeper)
            return keeper.failure();
        const QByteArray publicKey = bytesOf(p, QStringLiteral("public_key"));
        if (!*keeper || (*keeper)->keys.publicKey != publicKey)
            return conflict(tr("The new keeper made new keys since this was asked: ask again."));
        const QByteArray sealed = bytesOf(p, QStringLiteral("sealed_vault_key"));
        if (Status s = repo.setSealedVaultKey(userId, sealed); !s)
            return s;
        return audit.record(c.decider, QStringLiteral("shop.vault.keeper"), QStringLiteral("vault_keepers"),
                            QString::number(userId), {},
                            {{QStringLiteral("sealed_vault_key_sha256"), VaultCipher::fingerprint(sealed)},
                             {QStringLiteral("approval"), r.id}});
    }
    if (change == kRemoveKeeper) {
        if (Status s = repo.setSealedVaultKey(userId, {}); !s)
            return s;
        if (Status s = repo.forgetKeeper(userId); !s)
            return s;
        if (auto left = repo.vaultStarted(); !left || !*left)
            return left ? fail(tr("That would leave the vault without a keeper.")) : left.failure();
        return audit.record(c.decider, QStringLiteral("shop.vault.keeper_removed"), QStringLiteral("vault_keepers"),
                            QString::number(userId), {}, {{QStringLiteral("approval"), r.id}});
    }
    if (change != kEntry)
        return fail(tr("This request is of no kind the registry knows."));
    VaultEntry e;
    e.id = p.value(QStringLiteral("entry_id")).toInteger();
    e.kind = p.value(QStringLiteral("kind")).toString();
    e.name = p.value(QStringLiteral("name")).toString();
    e.url = p.value(QStringLiteral("url")).toString();
    e.userName = p.value(QStringLiteral("user_name")).toString();
    e.notes = p.value(QStringLiteral("notes")).toString();
    for (const QJsonValue v : p.value(QStringLiteral("keepers")).toArray()) {
        auto held = holds(repo, v.toInteger());
        if (!held)
            return held.failure();
        if (!*held)
            return conflict(tr("A keeper of the entry no longer keeps the vault: ask again."));
        e.keeperIds << v.toInteger();
    }
    auto all = repo.entries();
    if (!all)
        return all.failure();
    for (const VaultEntry &other : std::as_const(*all))
        if (other.id != e.id && other.kind == e.kind && other.name == e.name)
            return conflict(tr("The registry has a %1 \"%2\" already.").arg(VaultEntry::kindTitle(e.kind), e.name));
    QJsonObject before;
    if (e.id != 0) {
        auto now = repo.entry(e.id);
        if (!now)
            return now.failure();
        if (!*now)
            return conflict(tr("The entry no longer exists."));
        if ((*now)->version != p.value(QStringLiteral("version")).toInt())
            return conflict(tr("%1 was changed since this was asked: ask again.").arg((*now)->name));
        auto secret = repo.secret(e.id);
        if (!secret)
            return secret.failure();
        before = described(**now, *secret);
    }
    const QByteArray secret = bytesOf(p, QStringLiteral("secret"));
    if (!secret.isEmpty() && p.value(kGeneration).toInt() != generation)
        return conflict(tr("The vault key was changed since this was asked: ask again."));
    auto id = repo.saveEntry(e, secret, toStoredInstant(c.clock.nowUtc()));
    if (!id)
        return id.failure();
    QJsonObject after = described(e, secret);
    after.insert(QStringLiteral("approval"), r.id);
    return audit.record(c.decider, QStringLiteral("shop.vault.entry"), QStringLiteral("vault_entries"),
                        QString::number(*id), before, after);
}

Status AccountVault::rotate(const OutcomeContext &c, const ApprovalRequest &r)
{
    const QJsonObject &p = r.payload;
    VaultRepository repo(c.db);
    const int generation = repo.keyGeneration();
    if (p.value(kGeneration).toInt() != generation)
        return conflict(tr("The vault key was changed since this was asked: ask again."));
    // Every entry and every keeper as they were when it was asked, or nothing.
    auto all = repo.entries();
    auto keepers = repo.keepers();
    if (!all || !keepers)
        return !all ? all.failure() : keepers.failure();
    const QJsonArray entries = p.value(QStringLiteral("entries")).toArray();
    const QJsonArray copies = p.value(QStringLiteral("keepers")).toArray();
    QHash<qint64, int> versions;
    for (const QJsonValue v : entries)
        versions.insert(v[QStringLiteral("id")].toInteger(), v[QStringLiteral("version")].toInt());
    bool same = versions.size() == all->size();
    for (const VaultEntry &e : std::as_const(*all))
        same = same && versions.contains(e.id) && versions.value(e.id) == e.version;
    QHash<qint64, QByteArray> publicKeys;
    for (const QJsonValue v : copies)
        publicKeys.insert(v[QStringLiteral("user_id")].toInteger(),
                          bytesOf(v.toObject(), QStringLiteral("public_key")));
    int holding = 0;
    for (const VaultKeeper &k : std::as_const(*keepers)) {
        if (k.sealedVaultKey.isEmpty())
            continue;
        ++holding;
        same = same && publicKeys.value(k.userId) == k.keys.publicKey;
    }
    if (!same || holding != publicKeys.size())
        return conflict(tr("An account or a keeper changed since the new vault key was asked: ask again."));
    for (const QJsonValue v : entries)
        if (Status s =
                repo.setSecret(v[QStringLiteral("id")].toInteger(), bytesOf(v.toObject(), QStringLiteral("secret")));
            !s)
            return s;
    for (const QJsonValue v : copies)
        if (Status s = repo.setSealedVaultKey(v[QStringLiteral("user_id")].toInteger(),
                                              bytesOf(v.toObject(), QStringLiteral("sealed_vault_key")));
            !s)
            return s;
    if (Status s = repo.setKeyGeneration(generation + 1); !s)
        return s;
    return AuditTrail(c.db, c.clock)
        .record(c.decider, QStringLiteral("shop.vault.rotate"), QStringLiteral("vault_keepers"), QString(),
                {{QStringLiteral("key_generation"), generation}},
                {{QStringLiteral("key_generation"), generation + 1},
                 {QStringLiteral("secrets"), int(entries.size())},
                 {QStringLiteral("keepers"), int(copies.size())},
                 {QStringLiteral("approval"), r.id}});
}

} // namespace shopdesk
