#include "VaultCipher.h"

#include "users/PasswordHasher.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace shopdesk {

namespace {
constexpr qsizetype kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr qsizetype kKey = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;

bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

unsigned char *bytes(QByteArray &b)
{
    return reinterpret_cast<unsigned char *>(b.data());
}

const unsigned char *bytes(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

// Nonce, then the ciphertext of `plain` under `key`.
QByteArray seal(const QByteArray &plain, const QByteArray &key)
{
    QByteArray out(kNonce + plain.size() + kTag, Qt::Uninitialized);
    randombytes_buf(out.data(), kNonce);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(bytes(out) + kNonce, &length, bytes(plain), plain.size(), nullptr, 0,
                                               nullptr, bytes(out), bytes(key));
    return out;
}

std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &key)
{
    if (key.size() != kKey || sealed.size() < kNonce + kTag)
        return std::nullopt;
    QByteArray plain(sealed.size() - kNonce - kTag, Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(bytes(plain), &length, nullptr, bytes(sealed) + kNonce,
                                                   sealed.size() - kNonce, nullptr, 0, bytes(sealed), bytes(key))
        != 0)
        return std::nullopt;
    return plain;
}

// The key that locks a keeper's secret key, from their passphrase (Argon2id).
std::optional<QByteArray> passphraseKey(const QString &passphrase, const QByteArray &salt, qint64 ops, qint64 mem)
{
    if (salt.size() != crypto_pwhash_SALTBYTES || ops <= 0 || mem <= 0)
        return std::nullopt;
    QByteArray key(kKey, Qt::Uninitialized);
    QByteArray utf8 = passphrase.toUtf8();
    const int made =
        crypto_pwhash(bytes(key), key.size(), utf8.constData(), utf8.size(), bytes(salt),
                      static_cast<unsigned long long>(ops), static_cast<size_t>(mem), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), utf8.size());
    if (made != 0)
        return std::nullopt;
    return key;
}
} // namespace

QByteArray VaultCipher::newVaultKey()
{
    if (!ready())
        return {};
    QByteArray key(kKey, Qt::Uninitialized);
    crypto_aead_xchacha20poly1305_ietf_keygen(bytes(key));
    return key;
}

QByteArray VaultCipher::encrypt(const QByteArray &plain, const QByteArray &vaultKey)
{
    if (!ready() || vaultKey.size() != kKey)
        return {};
    return seal(plain, vaultKey);
}

Result<QByteArray> VaultCipher::decrypt(const QByteArray &encrypted, const QByteArray &vaultKey)
{
    if (!ready())
        return fail(tr("The encryption library could not start."));
    auto plain = open(encrypted, vaultKey);
    if (!plain)
        return fail(tr("The secret does not open with the vault key: it was changed in the file."));
    return *plain;
}

Result<KeeperKeys> VaultCipher::newKeeperKeys(const QString &passphrase)
{
    if (!ready())
        return fail(tr("The encryption library could not start."));
    QByteArray publicKey(crypto_box_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_box_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_box_keypair(bytes(publicKey), bytes(secretKey));
    auto keys = lock(publicKey, secretKey, passphrase);
    sodium_memzero(secretKey.data(), secretKey.size());
    return keys;
}

Result<KeeperKeys> VaultCipher::relock(const KeeperKeys &keys, const QString &passphrase, const QString &newPassphrase)
{
    auto secretKey = unlock(keys, passphrase);
    if (!secretKey)
        return secretKey.failure();
    auto relocked = lock(keys.publicKey, *secretKey, newPassphrase);
    sodium_memzero(secretKey->data(), secretKey->size());
    return relocked;
}

Result<KeeperKeys> VaultCipher::lock(const QByteArray &publicKey, const QByteArray &secretKey,
                                     const QString &passphrase)
{
    if (passphrase.size() < kShortestPassphrase)
        return fail(tr("A vault passphrase has at least %n character(s).", nullptr, kShortestPassphrase));
    KeeperKeys k;
    k.publicKey = publicKey;
    k.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(k.salt.data(), k.salt.size());
    k.opsLimit = PasswordHasher::fastCost() ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    k.memLimit = PasswordHasher::fastCost() ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    auto key = passphraseKey(passphrase, k.salt, k.opsLimit, k.memLimit);
    if (!key)
        return fail(tr("Not enough memory to protect the vault passphrase."));
    k.lockedSecretKey = seal(secretKey, *key);
    sodium_memzero(key->data(), key->size());
    return k;
}

Result<QByteArray> VaultCipher::unlock(const KeeperKeys &keys, const QString &passphrase)
{
    if (!ready())
        return fail(tr("The encryption library could not start."));
    auto key = passphraseKey(passphrase, keys.salt, keys.opsLimit, keys.memLimit);
    if (!key)
        return fail(tr("Not enough memory to check the vault passphrase."));
    auto secretKey = open(keys.lockedSecretKey, *key);
    sodium_memzero(key->data(), key->size());
    if (!secretKey || secretKey->size() != crypto_box_SECRETKEYBYTES)
        return fail(tr("That is not your vault passphrase."));
    return *secretKey;
}

QByteArray VaultCipher::sealVaultKey(const QByteArray &vaultKey, const QByteArray &publicKey)
{
    if (!ready() || publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    QByteArray sealed(crypto_box_SEALBYTES + vaultKey.size(), Qt::Uninitialized);
    crypto_box_seal(bytes(sealed), bytes(vaultKey), vaultKey.size(), bytes(publicKey));
    return sealed;
}

Result<QByteArray> VaultCipher::openVaultKey(const QByteArray &sealed, const KeeperKeys &keys,
                                             const QByteArray &secretKey)
{
    if (!ready())
        return fail(tr("The encryption library could not start."));
    if (sealed.size() != crypto_box_SEALBYTES + kKey || keys.publicKey.size() != crypto_box_PUBLICKEYBYTES
        || secretKey.size() != crypto_box_SECRETKEYBYTES)
        return fail(tr("Your copy of the vault key is not whole."));
    QByteArray vaultKey(kKey, Qt::Uninitialized);
    if (crypto_box_seal_open(bytes(vaultKey), bytes(sealed), sealed.size(), bytes(keys.publicKey), bytes(secretKey))
        != 0)
        return fail(tr("Your copy of the vault key does not open with your key: it was changed in the file."));
    return vaultKey;
}

QString VaultCipher::fingerprint(const QByteArray &ciphertext)
{
    return QString::fromLatin1(QCryptographicHash::hash(ciphertext, QCryptographicHash::Sha256).toHex());
}

} // namespace shopdesk
