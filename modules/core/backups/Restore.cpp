#include "backups/Restore.h"

#include "audit/AuditTrail.h"
#include "backups/Backups.h"
#include "database/CompanyDatabase.h"
#include "database/DatabaseCheck.h"
#include "database/data/Database.h"
#include "presence/Presence.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace shopdesk {

QString Restore::onServer()
{
    return tr("A company on a server is not restored in its place: move the backup into a new, empty database "
              "(shopdeskctl --db BACKUP --user admin transfer --to postgresql://...) and connect to that one.");
}

Result<BackupManifest> Restore::precheck(Database &db, const Clock &clock, const Actor &actor, qint64 ownSessionId,
                                         const QString &backupFile)
{
    if (!Permissions::can(actor, Action::Backup))
        return fail(Permissions::refusal(Action::Backup));
    if (db.isOnServer())
        return fail(onServer());
    if (db.isReadOnly())
        return fail(tr("The database is open read-only: %1").arg(db.readOnlyReason()));
    auto others = Presence(db, clock).others(ownSessionId);
    if (!others)
        return others.failure();
    if (!others->isEmpty()) {
        QStringList who;
        for (const PresenceRow &r : *others)
            who.append(QStringLiteral("%1 (%2)").arg(r.userName, r.pcName));
        return fail(tr("Others are still working in this database: %1. Restore only when everyone else has "
                       "closed ShopDesk.")
                        .arg(who.join(QStringLiteral(", "))));
    }
    if (QFileInfo(backupFile).absoluteFilePath() == QFileInfo(db.path()).absoluteFilePath())
        return fail(tr("Choose a backup file, not the database itself."));
    return Backups::check(backupFile);
}

Result<std::shared_ptr<Database>> Restore::run(const QString &databasePath, const QString &backupFile,
                                               const Actor &actor, qint64 ownSessionId, const Clock &clock)
{
    if (Database::isServerUrl(databasePath))
        return fail(onServer());
    const QString path = QDir::fromNativeSeparators(databasePath);
    const QString incoming = path + QStringLiteral(".restoring");
    AuditAnchor::Mark replaced;
    QString safety;
    {
        auto db = Database::open(path);
        if (!db)
            return db.failure();
        auto checked = precheck(**db, clock, actor, ownSessionId, backupFile);
        if (!checked)
            return checked.failure();
        // Copied first: saving the current state may prune old backups, this one among them.
        QFile::remove(incoming);
        if (!QFile::copy(QDir::fromNativeSeparators(backupFile), incoming))
            return fail(tr("The backup could not be copied beside the database."));
        auto saved = Backups(**db, clock).backUp(actor);
        if (!saved) {
            QFile::remove(incoming);
            return fail(
                tr("The current database could not be saved first, so nothing was restored: %1").arg(saved.error()));
        }
        safety = saved->fileName;
        replaced = {saved->auditId, saved->auditHash};
        Status left = Presence(**db, clock).leave(ownSessionId);
        Q_UNUSED(left); // a stale row of our own expires by itself
    }
    // A journal beside the file means a transaction is unfinished: SQLite would play it back
    // into the restored file.
    if (QFile::exists(path + QStringLiteral("-journal"))) {
        QFile::remove(incoming);
        return fail(tr("A program on another PC is still writing (%1 exists). Nothing was restored; try again "
                       "when everyone has closed ShopDesk.")
                        .arg(QDir::toNativeSeparators(path + QStringLiteral("-journal"))));
    }
    if (!QFile::remove(path)) {
        QFile::remove(incoming);
        return fail(tr("The database file could not be replaced; it is unchanged. Is it open elsewhere?"));
    }
    if (!QFile::rename(incoming, path))
        return fail(tr("The restore stopped half-way: copy %1 to %2 by hand. The state before the restore is "
                       "saved as %3.")
                        .arg(QDir::toNativeSeparators(incoming), QDir::toNativeSeparators(path), safety));
    QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::WriteOwner);

    auto restored = CompanyDatabase::open(path);
    if (!restored)
        return restored.failure();
    auto report = DatabaseCheck(**restored).run({});
    if (!report || !report->ok)
        return fail(tr("The restored database failed its check: %1")
                        .arg(report ? report->lines.join(QStringLiteral("; ")) : report.error()));
    Status audited = (*restored)->write([&]() -> Status {
        return AuditTrail(**restored, clock)
            .record(actor, QStringLiteral("backup.restore"), QStringLiteral("backup"), QFileInfo(backupFile).fileName(),
                    {{QStringLiteral("auditId"), replaced.id},
                     {QStringLiteral("auditHash"), QString::fromLatin1(replaced.hash)},
                     {QStringLiteral("savedAs"), safety}},
                    {{QStringLiteral("restoredAuditId"), report->newest.id}});
    });
    if (!audited)
        return audited.failure();
    // The log now legitimately ends earlier than this PC saw; move the anchor with it.
    auto after = DatabaseCheck(**restored).run({});
    if (after && after->ok)
        AuditAnchor::replace(path, after->newest);
    return restored;
}

} // namespace shopdesk
