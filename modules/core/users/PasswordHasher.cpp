#include "users/PasswordHasher.h"

#include <sodium.h>

namespace shopdesk::PasswordHasher {

bool fastCost()
{
    static const bool fast = qEnvironmentVariableIntValue("SHOPDESK_FAST_HASH") == 1;
    return fast;
}

namespace {
bool ready()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}
} // namespace

QString hash(const QString &password)
{
    if (!ready())
        return {};
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const unsigned long long ops = fastCost() ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = fastCost() ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str(out, utf8.constData(), utf8.size(), ops, mem) != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &storedHash, const QString &password)
{
    if (!ready() || storedHash.isEmpty())
        return false;
    const QByteArray h = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), utf8.size()) == 0;
}

} // namespace shopdesk::PasswordHasher
