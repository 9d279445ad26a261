#pragma once

#include "common/Result.h"
#include "domain/VaultEntry.h"

#include <QCoreApplication>

namespace shopdesk {

// The official accounts registry's cryptography (ACC-01, ARCHITECTURE.md), libsodium only. One
// vault key encrypts every secret (XChaCha20-Poly1305, a random nonce each time); the vault key
// is kept sealed to each keeper's public key (crypto_box_seal), so that a keeper can add another
// without knowing their passphrase, and nothing in the file opens without one.
class VaultCipher
{
    Q_DECLARE_TR_FUNCTIONS(VaultCipher)
public:
    static constexpr int kShortestPassphrase = 10;

    static QByteArray newVaultKey();
    // The secret under the vault key: nonce, then ciphertext with its tag.
    static QByteArray encrypt(const QByteArray &plain, const QByteArray &vaultKey);
    static Result<QByteArray> decrypt(const QByteArray &encrypted, const QByteArray &vaultKey);

    // A new key pair for a keeper, its secret key locked under `passphrase`.
    static Result<KeeperKeys> newKeeperKeys(const QString &passphrase);
    // The keeper's secret key; fails on a wrong passphrase.
    static Result<QByteArray> unlock(const KeeperKeys &keys, const QString &passphrase);
    // The same key pair locked under a new passphrase (what is sealed to it still opens).
    static Result<KeeperKeys> relock(const KeeperKeys &keys, const QString &passphrase, const QString &newPassphrase);

    static QByteArray sealVaultKey(const QByteArray &vaultKey, const QByteArray &publicKey);
    static Result<QByteArray> openVaultKey(const QByteArray &sealed, const KeeperKeys &keys,
                                           const QByteArray &secretKey);

    // What an audit record holds of a ciphertext: its SHA-256, hex.
    static QString fingerprint(const QByteArray &ciphertext);

private:
    static Result<KeeperKeys> lock(const QByteArray &publicKey, const QByteArray &secretKey, const QString &passphrase);
};

} // namespace shopdesk
