#include "backups/Backups.h"

#include "audit/AuditTrail.h"
#include "backups/data/DatabaseCopy.h"
#include "common/Clock.h"
#include "database/CompanyCopy.h"
#include "database/DatabaseCheck.h"
#include "database/data/Database.h"
#include "database/data/Migrations.h"
#include "presence/Presence.h"
#include "settings/data/SettingsStore.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

namespace shopdesk {

namespace {
const QString kFolder = QStringLiteral("backup.folder");
const QString kEveryDays = QStringLiteral("backup.every_days");
const QString kKeep = QStringLiteral("backup.keep");
const QString kLastDone = QStringLiteral("backup.last_done");
const QString kClaimed = QStringLiteral("backup.claimed_at");
const QString kManifestSuffix = QStringLiteral(".json");

QByteArray sha256Of(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result().toHex();
}

// A consistent copy of the company into a new file. Issue 20, step 13: a server's company is
// copied into a company file too, read as one snapshot, so that its backups are checked, listed,
// opened and moved to a server again (a restore) like a file's.
Status copyInto(Database &db, const QString &file)
{
    if (!db.isOnServer())
        return vacuumInto(db, file);
    auto copied = CompanyCopy(db).into(file);
    if (!copied)
        return copied.failure();
    return success();
}

QString manifestPath(const QString &backupFile)
{
    return backupFile + kManifestSuffix;
}
} // namespace

BackupPolicy Backups::policy() const
{
    SettingsStore s(m_db);
    BackupPolicy p;
    p.folder = s.value(kFolder);
    p.everyDays = s.intValue(kEveryDays, p.everyDays);
    p.keep = s.intValue(kKeep, p.keep);
    return p;
}

Status Backups::setPolicy(const Actor &actor, const BackupPolicy &p)
{
    if (!Permissions::can(actor, Action::Backup))
        return fail(Permissions::refusal(Action::Backup));
    if (p.everyDays < 1 || p.everyDays > 7)
        return fail(tr("RULE DB-05 asks for a backup at least weekly: every 1 to 7 days."));
    if (p.keep < 1 || p.keep > 520)
        return fail(tr("Keep 1 to 520 backups."));
    return m_db.write([&]() -> Status {
        SettingsStore s(m_db);
        Status r = s.set(kFolder, p.folder.trimmed());
        if (r)
            r = s.set(kEveryDays, QString::number(p.everyDays));
        if (r)
            r = s.set(kKeep, QString::number(p.keep));
        if (r)
            r = AuditTrail(m_db, m_clock)
                    .record(actor, QStringLiteral("backup.policy"), QStringLiteral("settings"),
                            QStringLiteral("backup"), {},
                            {{QStringLiteral("folder"), p.folder.trimmed()},
                             {QStringLiteral("everyDays"), p.everyDays},
                             {QStringLiteral("keep"), p.keep}});
        return r;
    });
}

QString Backups::folder() const
{
    const QString configured = policy().folder;
    if (m_db.isOnServer()) {
        // Nothing lies beside a server's database: this PC's folder for it, unless one is set (a
        // shared folder, so that every PC's automatic backups are found together).
        const QUrl server(m_db.path());
        const QDir local(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation));
        const QString company = QStringLiteral("%1-%2").arg(server.host(), server.path().mid(1));
        const QString own = local.filePath(
            QStringLiteral("backups/")
            + QString(company).replace(QRegularExpression(QStringLiteral("[^\\w.-]")), QStringLiteral("_")));
        return configured.isEmpty() ? own
                                    : QDir::cleanPath(local.absoluteFilePath(QDir::fromNativeSeparators(configured)));
    }
    const QDir beside = QFileInfo(m_db.path()).absoluteDir();
    return configured.isEmpty() ? beside.filePath(QStringLiteral("backups"))
                                : QDir::cleanPath(beside.absoluteFilePath(QDir::fromNativeSeparators(configured)));
}

Result<BackupManifest> Backups::backUp(const Actor &actor, const QString &folderOverride)
{
    if (!Permissions::can(actor, Action::Backup))
        return fail(Permissions::refusal(Action::Backup));
    return make(actor, folderOverride.isEmpty() ? folder() : QDir::fromNativeSeparators(folderOverride), false);
}

Result<std::optional<BackupManifest>> Backups::backUpIfDue(const Actor &actor)
{
    if (m_db.isReadOnly())
        return std::optional<BackupManifest>{};
    const QDateTime now = m_clock.nowUtc();
    const BackupPolicy p = policy();
    bool claimed = false;
    Status s = m_db.write([&]() -> Status {
        SettingsStore settings(m_db);
        const QDateTime last = fromStoredInstant(settings.value(kLastDone));
        const QDateTime claim = fromStoredInstant(settings.value(kClaimed));
        const bool due = !last.isValid() || last.addDays(p.everyDays) <= now;
        const bool someoneElse = claim.isValid() && claim > last && claim.addSecs(3600) > now;
        claimed = due && !someoneElse;
        return claimed ? settings.set(kClaimed, toStoredInstant(now)) : success();
    });
    if (!s)
        return s.failure();
    if (!claimed)
        return std::optional<BackupManifest>{};
    auto made = make(actor, folder(), true);
    if (!made)
        return made.failure();
    return std::optional<BackupManifest>(*made);
}

// shopdesk-20261205-143000.db; backups made within the same second are numbered after the
// highest number there (shopdesk-20261205-143000-2.db, ...), never in a gap left by pruning, so
// that the later backup always has the later name.
static QString nameFor(const QDir &dir, const QDateTime &now)
{
    const QString stamp = QStringLiteral("shopdesk-") + now.toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QRegularExpression numbered(
        QRegularExpression::anchoredPattern(QRegularExpression::escape(stamp) + QStringLiteral("(?:-(\\d+))?\\.db")));
    int highest = 0;
    for (const QString &entry : dir.entryList({stamp + QStringLiteral("*.db")}, QDir::Files)) {
        const QRegularExpressionMatch m = numbered.match(entry);
        if (m.hasMatch())
            highest = qMax(highest, m.captured(1).isEmpty() ? 1 : m.captured(1).toInt());
    }
    return highest == 0 ? stamp + QStringLiteral(".db") : QStringLiteral("%1-%2.db").arg(stamp).arg(highest + 1);
}

Result<BackupManifest> Backups::make(const Actor &actor, const QString &targetFolder, bool automatic)
{
    QDir dir(targetFolder);
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        return fail(tr("The backup folder %1 cannot be created.").arg(QDir::toNativeSeparators(targetFolder)));
    const QDateTime now = m_clock.nowUtc();
    const QString name = nameFor(dir, now);
    const QString final = dir.filePath(name);
    const QString partial = dir.filePath(QLatin1Char('.') + name + QStringLiteral(".partial"));
    QFile::remove(partial);

    Status copied = copyInto(m_db, partial);
    if (!copied) {
        QFile::remove(partial);
        return fail(tr("The backup into %1 failed: %2").arg(QDir::toNativeSeparators(targetFolder), copied.error()));
    }
    auto checked = check(partial);
    if (!checked) {
        QFile::remove(partial);
        return fail(tr("The backup copy failed its check, so it was not kept: %1").arg(checked.error()));
    }
    BackupManifest m = *checked; // schema version and newest audit record of the copy
    m.fileName = name;
    m.madeAt = now;
    m.size = QFileInfo(partial).size();
    m.sha256 = sha256Of(partial);
    m.madeBy = actor.userName;
    m.pcName = Presence::pcName();
    m.automatic = automatic;
    if (!QFile::rename(partial, final)) {
        QFile::remove(partial);
        return fail(tr("The backup could not be moved into %1.").arg(QDir::toNativeSeparators(targetFolder)));
    }
    QSaveFile manifest(manifestPath(final));
    if (!manifest.open(QIODevice::WriteOnly) || manifest.write(QJsonDocument(m.toJson()).toJson()) < 0
        || !manifest.commit())
        return fail(
            tr("The backup %1 was made, but its manifest could not be written.").arg(QDir::toNativeSeparators(final)));
    prune(targetFolder, policy().keep, name);

    Status recorded = m_db.write([&]() -> Status {
        Status r = SettingsStore(m_db).set(kLastDone, toStoredInstant(now));
        if (r)
            r = AuditTrail(m_db, m_clock)
                    .record(
                        actor, automatic ? QStringLiteral("backup.automatic") : QStringLiteral("backup.create"),
                        QStringLiteral("backup"), name, {},
                        {{QStringLiteral("sha256"), QString::fromLatin1(m.sha256)}, {QStringLiteral("size"), m.size}});
        return r;
    });
    if (!recorded)
        return recorded.failure();
    return m;
}

QList<BackupManifest> Backups::list(const QString &folder)
{
    QList<BackupManifest> manifests;
    const QDir dir(folder);
    for (const QString &entry : dir.entryList({QStringLiteral("shopdesk-*.db") + kManifestSuffix}, QDir::Files)) {
        QFile f(dir.filePath(entry));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const BackupManifest m = BackupManifest::fromJson(QJsonDocument::fromJson(f.readAll()).object());
        if (!m.fileName.isEmpty() && dir.exists(m.fileName))
            manifests.append(m);
    }
    // Newest first. Backups made within one second are numbered (shopdesk-T.db, shopdesk-T-2.db,
    // ..., shopdesk-T-10.db): the longer name, then the greater one, is the later.
    std::sort(manifests.begin(), manifests.end(), [](const BackupManifest &a, const BackupManifest &b) {
        if (a.madeAt != b.madeAt)
            return a.madeAt > b.madeAt;
        if (a.fileName.size() != b.fileName.size())
            return a.fileName.size() > b.fileName.size();
        return a.fileName > b.fileName;
    });
    return manifests;
}

void Backups::prune(const QString &folder, int keep, const QString &justMade) const
{
    // The backup just made is always kept, even when a clock set back makes it look older than
    // the ones already there.
    QList<BackupManifest> all = list(folder);
    const auto made =
        std::find_if(all.begin(), all.end(), [&](const BackupManifest &m) { return m.fileName == justMade; });
    if (made != all.end())
        std::rotate(all.begin(), made, made + 1);
    const QDir dir(folder);
    // Partial copies of backups that were cut off (a PC switched off mid-way) are hidden; once
    // they are an hour old nobody is still writing them.
    const QDateTime anHourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QFileInfo &partial :
         dir.entryInfoList({QStringLiteral(".shopdesk-*.partial")}, QDir::Files | QDir::Hidden))
        if (partial.lastModified().toUTC() < anHourAgo)
            QFile::remove(partial.absoluteFilePath());
    for (qsizetype i = keep; i < all.size(); ++i) {
        QFile::remove(dir.filePath(all[i].fileName));
        QFile::remove(dir.filePath(all[i].fileName + kManifestSuffix));
    }
}

Result<BackupManifest> Backups::check(const QString &backupFile)
{
    const QString file = QDir::fromNativeSeparators(backupFile);
    BackupManifest m;
    QFile manifest(manifestPath(file));
    if (manifest.open(QIODevice::ReadOnly)) {
        m = BackupManifest::fromJson(QJsonDocument::fromJson(manifest.readAll()).object());
        if (!m.sha256.isEmpty() && sha256Of(file) != m.sha256)
            return fail(tr("The backup %1 does not match its manifest: the file was changed or damaged.")
                            .arg(QDir::toNativeSeparators(file)));
    }
    auto db = Database::open(file);
    if (!db)
        return db.failure();
    auto report = DatabaseCheck(**db).run({});
    if (!report)
        return report.failure();
    if (!report->ok)
        return fail(tr("The backup %1 failed its check: %2")
                        .arg(QDir::toNativeSeparators(file), report->lines.join(QStringLiteral("; "))));
    auto state = Migrations(**db).inspect();
    if (!state)
        return state.failure();
    if (state->isNewerThanProgram())
        return fail(state->problem);
    m.fileName = QFileInfo(file).fileName();
    m.schemaVersion = state->databaseVersion;
    m.auditId = report->newest.id;
    m.auditHash = report->newest.hash;
    m.size = QFileInfo(file).size();
    return m;
}

} // namespace shopdesk
