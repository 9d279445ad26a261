#pragma once

#include "backups/domain/BackupManifest.h"
#include "common/Result.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace shopdesk {

class Clock;
class Database;

struct BackupPolicy
{
    QString folder; // empty: "backups" beside the database file; for a server's, a folder of this PC
    int everyDays = 7; // RULE DB-05: at least weekly
    int keep = 10; // generations kept
};

// RULE DB-05, ORD-04: backups. VACUUM INTO a temporary file beside the target, check the copy
// (integrity, foreign keys, audit chain), write a manifest, then rename it into place, so a
// half-made backup never looks like a good one. A company on a server (issue 20, step 13) is
// backed up the same way into a company file, copied from one snapshot of the server's database.
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    Backups(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    BackupPolicy policy() const;
    Status setPolicy(const Actor &actor, const BackupPolicy &policy);
    QString folder() const; // the policy's folder, made absolute

    // A backup now (Administration, shopdeskctl backup). `folder` empty: the policy's.
    Result<BackupManifest> backUp(const Actor &actor, const QString &folder = {});
    // At start-up: a backup when the newest is older than the policy's days, made by whichever PC
    // claims it first. nullopt when none was due or another PC is making it.
    Result<std::optional<BackupManifest>> backUpIfDue(const Actor &actor);
    // The backups in a folder, newest first.
    static QList<BackupManifest> list(const QString &folder);
    // A backup file is sound: it opens, passes the database check, and matches its manifest.
    static Result<BackupManifest> check(const QString &backupFile);

private:
    Result<BackupManifest> make(const Actor &actor, const QString &folder, bool automatic);
    void prune(const QString &folder, int keep, const QString &justMade) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
