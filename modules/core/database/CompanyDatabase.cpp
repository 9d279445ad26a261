#include "database/CompanyDatabase.h"
#include "presence/data/PresenceRepository.h"

#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "database/data/Database.h"
#include "database/data/Migrations.h"
#include "database/data/SchemaCatalog.h"
#include "presence/Presence.h"
#include "settings/data/SettingsStore.h"
#include "users/PasswordHasher.h"
#include "users/UserService.h"
#include "users/data/UserRepository.h"
#include "users/domain/PasswordPolicy.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>

namespace shopdesk {

int CompanyDatabase::othersWorking(Database &db)
{
    if (!SchemaCatalog(db).hasTable(QStringLiteral("presence")))
        return 0; // a database from before presence existed has nobody to wait for
    auto seen = PresenceRepository(db).seenSince(QDateTime::currentDateTimeUtc().addSecs(-Presence::kStaleSeconds));
    return seen ? int(seen->size()) : 0;
}

void CompanyDatabase::dailyQuickCheck(Database &db)
{
    // Issue 6, behaviour 8: a quick check on the first open of the day, by whichever PC opens
    // first; on failure the program opens read-only and says why.
    if (db.isReadOnly())
        return;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const QString key = QStringLiteral("check.quick_last");
    if (SettingsStore(db).value(key) == today)
        return;
    const QString problems = db.quickCheckProblems();
    if (!problems.isEmpty()) {
        db.setReadOnly(
            tr("the daily check found damage (%1). Ask the database administrator to restore a backup.").arg(problems));
        return;
    }
    Status s = db.write([&]() { return SettingsStore(db).set(key, today); });
    Q_UNUSED(s); // another PC may have written it at the same moment: either way, checked today
}

Result<std::shared_ptr<Database>> CompanyDatabase::open(const QString &path, bool migrate)
{
    auto db = Database::open(path);
    if (!db)
        return db;
    // Never migrate someone else's SQLite file into ours: only a file with our migration table
    // is a ShopDesk database.
    if (!SchemaCatalog(**db).hasTable(QStringLiteral("schema_migrations")))
        return fail(
            (*db)->isOnServer()
                ? tr("The database %1 holds no ShopDesk company yet: create one there (shopdeskctl init), or move a "
                     "company file there (shopdeskctl transfer).")
                      .arg((*db)->path())
                : tr("%1 is an SQLite file but not a ShopDesk database.").arg(QDir::toNativeSeparators(path)));
    Migrations migrations(**db);
    if (migrate) {
        // A schema update waits until no other PC is working in the file (ARCHITECTURE: several
        // PCs): until then this program opens it read-only and says why.
        auto pending = migrations.inspect();
        if (pending && !pending->pending.isEmpty() && pending->problem.isEmpty()) {
            const int others = othersWorking(**db);
            if (others > 0) {
                (*db)->setReadOnly(tr("ShopDesk was updated, and the database needs the update too; %n other "
                                      "PC(s) still work in it. Open it again when everyone has closed ShopDesk.",
                                      nullptr, others));
                return db;
            }
            if (!mayChangeSchema(**db)) { // issue 20, step 12: a person's own login makes no table
                (*db)->setReadOnly(tr("ShopDesk was updated, and the company server needs the update too, which "
                                      "only the database's owner applies: shopdeskctl --db "
                                      "postgresql://OWNER@HOST/DATABASE migrate."));
                return db;
            }
        }
    }
    auto state = migrate ? migrations.bringUpToDate() : migrations.inspect();
    if (!state)
        return state.failure();
    if (!state->problem.isEmpty())
        (*db)->setReadOnly(state->problem);
    if (migrate)
        dailyQuickCheck(**db);
    return db;
}

bool CompanyDatabase::mayChangeSchema(Database &db)
{
    if (!db.isOnServer())
        return true;
    QSqlQuery q = db.query();
    return q.exec(QStringLiteral("SELECT pg_has_role(tableowner, 'MEMBER') FROM pg_tables "
                                 "WHERE schemaname = 'public' AND tablename = 'schema_migrations'"))
        && q.next() && q.value(0).toBool();
}

Result<std::shared_ptr<Database>> CompanyDatabase::create(const QString &path, const QString &companyName,
                                                          const QString &adminName, const QString &adminPassword,
                                                          const Clock &clock)
{
    const QFileInfo info(QDir::fromNativeSeparators(path.trimmed()));
    if (!Database::isServerUrl(path) && info.exists() && info.size() > 0)
        return fail(tr("The file %1 already exists. Choose a new file name, or open it as an existing database.")
                        .arg(QDir::toNativeSeparators(info.filePath())));
    if (companyName.trimmed().isEmpty())
        return fail(tr("Enter the company's name."));
    const QString nameProblem = UserService::userNameProblem(adminName.trimmed());
    if (!nameProblem.isEmpty())
        return fail(nameProblem);
    const QString reason = PasswordPolicy{}.check(adminPassword);
    if (!reason.isEmpty())
        return fail(reason);

    Database::Options options;
    options.create = true;
    auto db = Database::open(path, options);
    if (!db)
        return db;
    // On a server: an empty database the server's administrator made for the company.
    if ((*db)->isOnServer() && !(*db)->connection().tables().isEmpty())
        return fail(
            tr("The database %1 is not empty. A company is created in a new, empty database.").arg((*db)->path()));
    // A half-made company file is worse than none: remove it when a step fails. (A server's
    // database stays as far as it got, with the error to show its administrator.)
    auto abandon = [&](const QString &error) -> Result<std::shared_ptr<Database>> {
        const QString file = (*db)->path();
        const bool onServer = (*db)->isOnServer();
        db = Error{error};
        if (!onServer)
            Database::removeFile(file);
        return fail(error);
    };
    Database &d = **db;
    auto state = Migrations(d).migrate();
    if (!state)
        return abandon(state.error());

    const QDateTime now = clock.nowUtc();
    UserRecord admin;
    admin.userName = adminName.trimmed();
    admin.displayName = adminName.trimmed();
    admin.level = Level::DatabaseAdmin;
    admin.roles = {Role::GeneralManager};
    admin.passwordHash = PasswordHasher::hash(adminPassword);
    admin.passwordChangedOn = now.toLocalTime().date();
    admin.createdAt = toStoredInstant(now);
    Status s = d.write([&]() -> Status {
        Status r = SettingsStore(d).set(QStringLiteral("company.name"), companyName.trimmed());
        if (!r)
            return r;
        UserRepository users(d);
        auto id = users.insert(admin);
        if (!id)
            return id.failure();
        r = users.setPassword(*id, admin.passwordHash, admin.passwordChangedOn, false, admin.createdAt);
        if (!r)
            return r;
        const Actor actor{*id, admin.userName, Level::DatabaseAdmin};
        return AuditTrail(d, clock).record(
            actor, QStringLiteral("company.create"), QStringLiteral("company"), QStringLiteral("1"), {},
            {{QStringLiteral("name"), companyName.trimmed()}, {QStringLiteral("administrator"), admin.userName}});
    });
    if (!s)
        return abandon(s.error());
    // A new file: what this PC remembered of an earlier file at the same path says nothing of it.
    AuditAnchor::replace(d.path(), {});
    return db;
}

DatabaseAbout CompanyDatabase::about(Database &db)
{
    auto state = Migrations(db).inspect();
    if (!state)
        return {db.path(), 0, 0, state.error()};
    return {db.path(), state->databaseVersion, state->programVersion, {}};
}

} // namespace shopdesk
