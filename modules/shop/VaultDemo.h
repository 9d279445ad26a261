#pragma once

#include "common/Result.h"

namespace shopdesk {

class Clock;
class Database;

// The demo company's registry of official accounts (ACC-01): the general manager (admin) keeps
// the vault with the passphrase `kPassphrase`; its accounts are the ones a small web shop has.
namespace VaultDemo {
inline const QString kPassphrase = QStringLiteral("Vault-Admin-2026");
// The number of accounts; none when the company has no `admin`.
Result<int> create(Database &db, const Clock &clock);
} // namespace VaultDemo

} // namespace shopdesk
