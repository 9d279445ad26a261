#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace shopdesk {

// RULE ACC-01: one of the company's official accounts. Its secret is never here: the registry
// keeps it encrypted, and only its keepers open it with their vault passphrase.
struct VaultEntry
{
    qint64 id = 0;
    QString kind; // VaultEntry::kinds()
    QString name;
    QString url;
    QString userName;
    QString notes;
    QList<qint64> keeperIds; // the users who may see its secret
    QStringList keeperNames; // for people, read with the entry
    QDateTime changedAt;
    int version = 0; // one more at each change

    // The kinds ACC-01 names, stored form.
    static QStringList kinds();
    static QString kindTitle(const QString &kind); // translated
    // What keeps the entry from being recorded, translated; empty when nothing does.
    QString problem() const;
};

// A keeper's own key pair as the company file keeps it (ACC-01): the public key in the clear, the
// secret key locked under a key that Argon2id derives from the keeper's vault passphrase.
struct KeeperKeys
{
    QByteArray publicKey;
    QByteArray salt;
    qint64 opsLimit = 0; // Argon2id's cost when it was locked
    qint64 memLimit = 0;
    QByteArray lockedSecretKey; // nonce, then the secret key encrypted (XChaCha20-Poly1305)
};

// A keeper of the accounts registry (sql/0035_account_vault.sql): who, their keys, their copy of the vault key.
struct VaultKeeper
{
    qint64 userId = 0;
    QString userName;
    KeeperKeys keys;
    QByteArray sealedVaultKey; // empty: not (or no longer) given the vault
};

} // namespace shopdesk
