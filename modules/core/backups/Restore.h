#pragma once

#include "backups/domain/BackupManifest.h"
#include "common/Result.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

#include <memory>

namespace shopdesk {

class Clock;
class Database;

// RULE DB-05: restore quickly, with a check first (issue 6, behaviour 7). Only a database
// administrator; refused while anyone else is connected; the backup is checked, the current
// file saved as a backup, then replaced and verified. A company file only: a server's backup is
// moved into a new database (CompanyTransfer).
class Restore
{
    Q_DECLARE_TR_FUNCTIONS(Restore)

public:
    // Why a company on a server (issue 20) is not restored here, and what to do instead.
    static QString onServer();
    // Everything that can be refused before the file is touched.
    static Result<BackupManifest> precheck(Database &db, const Clock &clock, const Actor &actor, qint64 ownSessionId,
                                           const QString &backupFile);
    // The caller has closed its own connections to `databasePath`. Returns the restored database.
    static Result<std::shared_ptr<Database>> run(const QString &databasePath, const QString &backupFile,
                                                 const Actor &actor, qint64 ownSessionId, const Clock &clock);
};

} // namespace shopdesk
