#pragma once

#include <QString>

namespace shopdesk::PasswordHasher {

// Argon2id through libsodium (crypto_pwhash_str): salted, slow, self-describing.
// The cost is interactive by default; SHOPDESK_FAST_HASH=1 (tests) selects the minimum.
QString hash(const QString &password);
// True under SHOPDESK_FAST_HASH=1: every Argon2id use (the vault's passphrases too) at its minimum.
bool fastCost();
bool verify(const QString &storedHash, const QString &password);

} // namespace shopdesk::PasswordHasher
