#include "TestSupport.h"
#include "backups/Backups.h"
#include "backups/Restore.h"
#include "database/CompanyTransfer.h"
#include "database/DatabaseCheck.h"
#include "database/data/Migrations.h"
#include "presence/Presence.h"
#include "users/UserService.h"
#include "users/data/UserRepository.h"

#include <QDir>
#include <QFile>

using namespace shopdesk;
using namespace shopdesk::test;

// RULE DB-05 / ORD-04: backups and restore (issue 6, behaviours 5 to 7).
class BackupTest : public QObject
{
    Q_OBJECT

    static void addUser(Company &c, const QString &name)
    {
        NewUser n;
        n.userName = name;
        n.password = QStringLiteral("Start2026");
        QVERIFY(UserService(*c.db, c.clock).create(c.admin, n));
    }

private slots:
    // Each runs on a company file and (test_core_services_postgresql) on a server's company,
    // whose backups are company files copied from one snapshot (issue 20, step 13); a restore
    // replaces a file.
    void initTestCase() { registerNoContractPagesToIndex(); }
    // A server's company keeps its backups in this PC's folder (the test mode's), which outlives
    // the test's companies, and their databases' names come again in the next run.
    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/backups"))
            .removeRecursively();
    }
    void db05_backupIsCheckedAndDescribed()
    {
        Company c;
        addUser(c, QStringLiteral("alpha"));
        auto made = Backups(*c.db, c.clock).backUp(c.admin);
        QVERIFY2(made, qPrintable(made.error()));
        const QString folder = Backups(*c.db, c.clock).folder();
        if (!Company::onPostgres())
            QCOMPARE(folder, QDir(c.dir.path()).filePath(QStringLiteral("backups"))); // beside the file
        const QString file = QDir(folder).filePath(made->fileName);
        QVERIFY(QFile::exists(file));
        QVERIFY(QFile::exists(file + QStringLiteral(".json")));
        QCOMPARE(made->schemaVersion, Migrations::latestVersion());
        QCOMPARE(made->auditId, 2); // company.create, user.create; the backup's own record comes after
        QCOMPARE(made->size, QFileInfo(file).size());
        QVERIFY(QDir(folder).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden).isEmpty());
        QVERIFY(Backups::check(file));
        QCOMPARE(Backups::list(folder).size(), 1);
        // A company file with what the company held (from a server too).
        auto copy = Database::open(file);
        QVERIFY2(copy && !(*copy)->isOnServer(), qPrintable(copy ? (*copy)->path() : copy.error()));
        QCOMPARE(UserRepository(**copy).findByName(QStringLiteral("alpha"))->userName, QStringLiteral("alpha"));
        QVERIFY(DatabaseCheck(**copy).run({})->ok);
    }

    void db05_onlyAdministratorsBackUp()
    {
        Company c;
        Actor clerk;
        clerk.userId = 5;
        clerk.userName = QStringLiteral("clerk");
        clerk.level = Level::Clerk;
        QVERIFY(!Backups(*c.db, c.clock).backUp(clerk));
    }

    void db05_automaticBackupWhenDueByOnePc()
    {
        Company c;
        Backups backups(*c.db, c.clock);
        auto first = backups.backUpIfDue(c.admin);
        QVERIFY(first && first->has_value()); // never backed up: due
        auto again = backups.backUpIfDue(c.admin);
        QVERIFY(again && !again->has_value()); // just done
        FixedClock sixDays(testNow().addDays(6));
        QVERIFY(!Backups(*c.db, sixDays).backUpIfDue(c.admin)->has_value());
        FixedClock sevenDays(testNow().addDays(7));
        // Two PCs start at the same moment: only the first claims it.
        auto otherPc = Database::open(c.path());
        auto pcA = Backups(*c.db, sevenDays).backUpIfDue(c.admin);
        auto pcB = Backups(**otherPc, sevenDays).backUpIfDue(c.admin);
        QVERIFY(pcA && pcA->has_value());
        QVERIFY(pcB && !pcB->has_value());
    }

    void db05_keepsTheSetNumberOfGenerations()
    {
        Company c;
        BackupPolicy p;
        p.keep = 2;
        QVERIFY(Backups(*c.db, c.clock).setPolicy(c.admin, p));
        for (int i = 0; i < 4; ++i) {
            c.clock.advanceSeconds(3600);
            QVERIFY(Backups(*c.db, c.clock).backUp(c.admin));
        }
        const auto kept = Backups::list(Backups(*c.db, c.clock).folder());
        QCOMPARE(kept.size(), 2);
        QVERIFY(kept[0].madeAt > kept[1].madeAt);
        QCOMPARE(QDir(Backups(*c.db, c.clock).folder()).entryList({QStringLiteral("*.db")}, QDir::Files).size(), 2);
        p.everyDays = 8;
        QVERIFY(!Backups(*c.db, c.clock).setPolicy(c.admin, p)); // DB-05: at least weekly
    }

    // Backups made within one second (a fixed clock, a script run twice) are numbered; pruning
    // keeps the latest of them and never the one just made.
    void db05_keepsTheLatestOfBackupsMadeInOneSecond()
    {
        Company c;
        BackupPolicy p;
        p.keep = 2;
        QVERIFY(Backups(*c.db, c.clock).setPolicy(c.admin, p));
        QStringList made;
        for (int i = 0; i < 12; ++i) {
            auto b = Backups(*c.db, c.clock).backUp(c.admin);
            QVERIFY2(b, qPrintable(b.error()));
            made << b->fileName;
            const QString folder = Backups(*c.db, c.clock).folder();
            QVERIFY2(QFile::exists(QDir(folder).filePath(b->fileName)), qPrintable(b->fileName));
        }
        const auto kept = Backups::list(Backups(*c.db, c.clock).folder());
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept[0].fileName, made[11]); // shopdesk-T-12.db: the longer name, not shopdesk-T-9.db
        QCOMPARE(kept[1].fileName, made[10]);
    }

    void db05_changedBackupIsRefused()
    {
        Company c;
        auto made = Backups(*c.db, c.clock).backUp(c.admin);
        QVERIFY2(made, qPrintable(made.error()));
        const QString file = QDir(Backups(*c.db, c.clock).folder()).filePath(made->fileName);
        sqlite3(file, QStringLiteral("INSERT INTO settings VALUES ('sneaky', '1')"));
        auto checked = Backups::check(file);
        QVERIFY(!checked);
        QVERIFY(checked.error().contains(QStringLiteral("manifest")));
    }

    void db05_restoreRefusedWhileOthersAreConnected()
    {
        SKIP_ON_SERVER("a restore replaces the file");
        Company c;
        auto made = Backups(*c.db, c.clock).backUp(c.admin);
        QVERIFY2(made, qPrintable(made.error()));
        const QString file = QDir(Backups(*c.db, c.clock).folder()).filePath(made->fileName);
        Presence presence(*c.db, c.clock);
        const qint64 mine = *presence.announce(c.admin, QStringLiteral("test"));
        Actor other;
        other.userId = 1;
        other.userName = QStringLiteral("clerk");
        const qint64 theirs = *presence.announce(other, QStringLiteral("test"));
        auto refused = Restore::precheck(*c.db, c.clock, c.admin, mine, file);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("clerk")));
        // Their program crashed two minutes ago: the row is stale and no longer blocks.
        FixedClock later(testNow().addSecs(Presence::kStaleSeconds + 1));
        QVERIFY(Presence(*c.db, later).heartbeat(mine));
        auto allowed = Restore::precheck(*c.db, later, c.admin, mine, file);
        QVERIFY2(allowed, qPrintable(allowed.error()));
        Q_UNUSED(theirs);
    }

    void db05_restoreRoundTripsAndTheChainVerifies()
    {
        SKIP_ON_SERVER("a restore replaces the file");
        Company c;
        addUser(c, QStringLiteral("before"));
        auto made = Backups(*c.db, c.clock).backUp(c.admin);
        QVERIFY2(made, qPrintable(made.error()));
        const QString file = QDir(Backups(*c.db, c.clock).folder()).filePath(made->fileName);
        addUser(c, QStringLiteral("after"));
        AuditAnchor::rememberNewest(*c.db);
        const QString path = c.path();
        c.db.reset();
        auto restored = Restore::run(path, file, c.admin, 0, c.clock);
        QVERIFY2(restored, qPrintable(restored.error()));
        QCOMPARE(UserRepository(**restored).findByName(QStringLiteral("before"))->userName, QStringLiteral("before"));
        QCOMPARE(UserRepository(**restored).findByName(QStringLiteral("after"))->id, 0);
        auto report = DatabaseCheck(**restored).run(AuditAnchor::recall(path));
        QVERIFY2(report && report->ok, qPrintable(report->lines.join('\n')));
        // The state before the restore was kept as a backup, with "after" in it.
        bool kept = false;
        for (const BackupManifest &m : Backups::list(QFileInfo(file).absolutePath())) {
            auto db = Database::open(QDir(QFileInfo(file).absolutePath()).filePath(m.fileName));
            kept = kept || UserRepository(**db).findByName(QStringLiteral("after"))->id != 0;
        }
        QVERIFY(kept);
    }

    // Issue 20, step 13: a server's company is not replaced in its place; its backup (a company
    // file) moves into a new, empty database, with everything the company held when it was made.
    void db05_aServersBackupIsRestoredIntoANewDatabase()
    {
        if (!Company::onPostgres())
            QSKIP("a server's company: test_core_services_postgresql");
        Company c;
        addUser(c, QStringLiteral("before"));
        auto made = Backups(*c.db, c.clock).backUp(c.admin);
        QVERIFY2(made, qPrintable(made.error()));
        const QString file = QDir(Backups(*c.db, c.clock).folder()).filePath(made->fileName);
        addUser(c, QStringLiteral("after"));
        auto refused = Restore::precheck(*c.db, c.clock, c.admin, 0, file);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("transfer")), qPrintable(refused.error()));
        QCOMPARE(UserRepository(*c.db).findByName(QStringLiteral("after"))->userName, QStringLiteral("after"));

        auto backup = Database::open(file);
        QVERIFY(backup);
        const QString url = emptyPostgresDatabase(c.serverDatabase + QStringLiteral("_restored"));
        auto moved = CompanyTransfer(**backup, c.clock).run(c.admin, url);
        QVERIFY2(moved, qPrintable(moved.error()));
        auto restored = Database::open(url);
        QVERIFY(restored);
        QCOMPARE(UserRepository(**restored).findByName(QStringLiteral("before"))->userName, QStringLiteral("before"));
        QCOMPARE(UserRepository(**restored).findByName(QStringLiteral("after"))->id, 0);
        auto report = DatabaseCheck(**restored).run({made->auditId, made->auditHash});
        QVERIFY2(report && report->ok, qPrintable(report ? report->lines.join(u'\n') : report.error()));
        restored->reset();
        dropPostgresDatabase(c.serverDatabase + QStringLiteral("_restored"));
    }
};

int runBackupTest(int argc, char **argv)
{
    BackupTest t;
    return QTest::qExec(&t, argc, argv);
}

#include "BackupTest.moc"
