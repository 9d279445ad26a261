// The database layer: opening bad files, the shared-drive settings, migrations (DB-06), writes.
#include "TestSupport.h"
#include "audit/data/AuditRepository.h"
#include "calendar/data/CalendarRepository.h"
#include "database/data/Migrations.h"
#include "organisation/data/OrgRepository.h"
#include "users/data/UserRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlError>
#include <functional>

using namespace shopdesk;
using namespace shopdesk::test;

class DatabaseTest : public QObject
{
    Q_OBJECT

    static int scalar(Database &db, const QString &sql)
    {
        QSqlQuery q = db.query();
        if (!q.exec(sql) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void opensWithSharedDriveSettings()
    {
        Company c;
        QSqlQuery q = c.db->query();
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString().toLower(), QStringLiteral("delete"));
        q.finish();
        QCOMPARE(scalar(*c.db, QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(scalar(*c.db, QStringLiteral("PRAGMA synchronous")), 2); // FULL
    }

    void missingFileIsAClearError()
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("nothere.db")));
        QVERIFY(!db);
        QVERIFY(db.error().contains(QStringLiteral("nothere.db")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("nothere.db")))); // nothing created
    }

    void missingFolderIsAClearError()
    {
        QTemporaryDir dir;
        Database::Options create;
        create.create = true;
        auto db = Database::open(dir.filePath(QStringLiteral("no/such/folder/x.db")), create);
        QVERIFY(!db);
        QVERIFY(db.error().contains(QStringLiteral("folder")));
    }

    void fileThatIsNotSqliteIsRefusedAndUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("letter.db"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dear customer, this is not a database.\n");
        f.close();
        auto db = CompanyDatabase::open(path);
        QVERIFY(!db);
        QVERIFY(db.error().contains(QStringLiteral("not a ShopDesk database")));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("Dear customer, this is not a database.\n"));
    }

    void corruptedFileIsAClearError()
    {
        Company c;
        const QString path = c.path();
        c.db.reset();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(100); // keep the magic, wreck the header and the first page
        f.write(QByteArray(3000, '\xAB'));
        f.close();
        auto db = CompanyDatabase::open(path);
        QVERIFY(!db);
        QVERIFY2(db.error().contains(QStringLiteral("damaged")) || db.error().contains(QStringLiteral("not")),
                 qPrintable(db.error()));
    }

    void someoneElsesSqliteFileIsNotMigrated()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.db"));
        sqlite3(path, QStringLiteral("CREATE TABLE recipes(name TEXT)"));
        auto db = CompanyDatabase::open(path);
        QVERIFY(!db);
        QVERIFY(sqlite3(path, QStringLiteral(".tables")) == QStringLiteral("recipes"));
    }

    void walDatabaseIsSwitchedBack()
    {
        Company c;
        const QString path = c.path();
        c.db.reset();
        sqlite3(path, QStringLiteral("PRAGMA journal_mode=WAL"));
        QCOMPARE(sqlite3(path, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        {
            auto db = CompanyDatabase::open(path);
            QVERIFY2(db, qPrintable(db.error()));
        }
        QCOMPARE(sqlite3(path, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("delete"));
    }

    void uncPathsAreKept()
    {
        // Opening fails here (no such server), but the path must reach the message unmangled.
        auto db = Database::open(QStringLiteral("\\\\server\\share\\shopdesk.db"));
        QVERIFY(!db);
        QVERIFY2(db.error().contains(QStringLiteral("server")) && db.error().contains(QStringLiteral("shopdesk.db")),
                 qPrintable(db.error()));
    }

    void db06_upgradesADatabaseMadeByTheFirstMigration()
    {
        QTemporaryDir dir;
        Database::Options create;
        create.create = true;
        auto db = Database::open(dir.filePath(QStringLiteral("old.db")), create);
        QVERIFY(db);
        const auto all = Migrations::builtIn();
        QVERIFY(!all.isEmpty());
        auto first = Migrations(**db, {all.first()}).migrate();
        QVERIFY2(first, qPrintable(first.error()));
        QCOMPARE(first->databaseVersion, all.first().version);
        QVERIFY((*db)->write([&]() -> Status {
            QSqlQuery q = (*db)->query();
            return Database::execPrepared(q, QStringLiteral("INSERT INTO settings(key, value) VALUES ('kept', 'yes')"),
                                          {});
        }));
        auto latest = Migrations(**db).bringUpToDate();
        QVERIFY2(latest, qPrintable(latest.error()));
        QCOMPARE(latest->databaseVersion, Migrations::latestVersion());
        QVERIFY(latest->pending.isEmpty());
        QCOMPARE(scalar(**db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'kept'")), 1);
    }

    void db06_updateWaitsUntilOtherPcsHaveLeft()
    {
        Company c;
        const QString path = c.path();
        const auto all = Migrations::builtIn();
        QVERIFY(all.size() >= 2);
        // A database at the previous schema version, with another PC working in it.
        c.db.reset();
        sqlite3(path,
                QStringLiteral("DELETE FROM schema_migrations WHERE version = %1; "
                               "INSERT INTO presence(user_id, username, pc_name, program_version, since, last_seen) "
                               "VALUES (2, 'clerk', 'PC-2', 'old', strftime('%Y-%m-%dT%H:%M:%SZ','now'), "
                               "strftime('%Y-%m-%dT%H:%M:%SZ','now'))")
                    .arg(all.last().version));
        {
            auto waiting = CompanyDatabase::open(path);
            QVERIFY(waiting);
            QVERIFY((*waiting)->isReadOnly());
            QVERIFY((*waiting)->readOnlyReason().contains(QStringLiteral("1 other")));
        }
        QCOMPARE(sqlite3(path, QStringLiteral("SELECT count(*) FROM schema_migrations")),
                 QString::number(all.size() - 1));
    }

    void db06_newerDatabaseOpensReadOnlyNamingBothVersions()
    {
        Company c;
        const QString path = c.path();
        c.db.reset();
        sqlite3(path,
                QStringLiteral("INSERT INTO schema_migrations VALUES (9999, 'future', 'x', '2030-01-01T00:00:00Z')"));
        auto db = CompanyDatabase::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        QVERIFY((*db)->isReadOnly());
        QVERIFY((*db)->readOnlyReason().contains(QStringLiteral("9999")));
        QVERIFY((*db)->readOnlyReason().contains(QString::number(Migrations::latestVersion())));
        Status write = (*db)->write([]() -> Status { return success(); });
        QVERIFY(!write);
        QVERIFY(write.error().contains(QStringLiteral("read-only")));
    }

    void db06_editedOldMigrationOpensReadOnly()
    {
        Company c;
        const QString path = c.path();
        c.db.reset();
        sqlite3(path, QStringLiteral("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1"));
        auto db = CompanyDatabase::open(path);
        QVERIFY(db);
        QVERIFY((*db)->isReadOnly());
        QVERIFY((*db)->readOnlyReason().contains(QStringLiteral("differs")));
    }

    void dailyQuickCheckOpensADamagedFileReadOnly()
    {
        Company c;
        sqlite3(c.path(),
                QStringLiteral("CREATE TABLE filler(x TEXT); "
                               "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) "
                               "INSERT INTO filler SELECT printf('%0200d', i) FROM n"));
        const QString path = c.path();
        c.db.reset();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(f.size() - 3 * 4096); // a page of filler, far from the schema and the settings
        f.write(QByteArray(4096, '\x5A'));
        f.close();
        auto db = CompanyDatabase::open(path);
        QVERIFY2(db, qPrintable(db.error()));
        QVERIFY((*db)->isReadOnly());
        QVERIFY2((*db)->readOnlyReason().contains(QStringLiteral("daily check")), qPrintable((*db)->readOnlyReason()));
    }

    void truncatedFileIsRefusedOrReadOnlyNeverACrash()
    {
        Company c;
        const QString path = c.path();
        c.db.reset();
        QFile f(path);
        QVERIFY(f.resize(f.size() / 2));
        auto db = CompanyDatabase::open(path);
        QVERIFY(!db || (*db)->isReadOnly());
    }

    void splitsTriggersAsOneStatement()
    {
        const QStringList s = Migrations::splitStatements(
            QStringLiteral("-- comment\nCREATE TABLE a(x);\nCREATE TRIGGER t BEFORE DELETE ON a\nBEGIN\n    SELECT "
                           "1;\n    SELECT 2;\nEND;\nCREATE TABLE b(y);\n"));
        QCOMPARE(s.size(), 3);
        QVERIFY(s[1].startsWith(QStringLiteral("CREATE TRIGGER")) && s[1].endsWith(QStringLiteral("END;")));
    }

    void aCommentAfterTheSemicolonStillEndsTheStatement()
    {
        const QStringList s = Migrations::splitStatements(
            QStringLiteral("ALTER TABLE a ADD COLUMN x INTEGER;   -- HR-04: why\n"
                           "INSERT INTO a(t) VALUES ('a -- not a comment');\nCREATE TABLE b(y); -- last\n"));
        QCOMPARE(s.size(), 3);
        QCOMPARE(s[0], QStringLiteral("ALTER TABLE a ADD COLUMN x INTEGER;"));
        QCOMPARE(s[1], QStringLiteral("INSERT INTO a(t) VALUES ('a -- not a comment');"));
        QCOMPARE(s[2], QStringLiteral("CREATE TABLE b(y);"));
    }

    void failedWorkRollsBackEverything()
    {
        Company c;
        Status s = c.db->write([&]() -> Status {
            QSqlQuery q = c.db->query();
            Database::execPrepared(q, QStringLiteral("INSERT INTO settings(key, value) VALUES ('half', 'done')"), {});
            return fail(QStringLiteral("the second step failed"));
        });
        QVERIFY(!s);
        QCOMPARE(s.error(), QStringLiteral("the second step failed"));
        QCOMPARE(scalar(*c.db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'half'")), 0);
    }

    // An import's rows go a few hundred a statement (issue 17): every row arrives, what RETURNING
    // gives is read from each statement, the kept and the once-prepared ones alike.
    void manyRowsGoInAFewStatementsEachRowReturned()
    {
        Company c;
        QVERIFY(c.db->write([&]() -> Status {
            QSqlQuery q = c.db->query();
            return Database::execPrepared(q, QStringLiteral("INSERT INTO settings(key, value) VALUES ('bulk.7', 'x')"),
                                          {});
        }));
        QList<QVariantList> rows;
        for (int i = 0; i < 1200; ++i) // two columns: 499 rows a statement, so 499, 499 and 202
            rows.append({QStringLiteral("bulk.%1").arg(i), QString::number(i)});
        QStringList returned;
        QVERIFY(c.db->write([&]() -> Status {
            returned.clear();
            return c.db->insertRows(QStringLiteral("INSERT INTO settings(key, value)"), rows,
                                    QStringLiteral("ON CONFLICT (key) DO NOTHING RETURNING key"),
                                    [&](const QSqlQuery &q) { returned.append(q.value(0).toString()); });
        }));
        QCOMPARE(returned.size(), 1199); // bulk.7 was there: not added, not returned
        QVERIFY(!returned.contains(QStringLiteral("bulk.7")) && returned.contains(QStringLiteral("bulk.1199")));
        QCOMPARE(scalar(*c.db, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'bulk.%'")), 1200);
        QCOMPARE(scalar(*c.db, QStringLiteral("SELECT value FROM settings WHERE key = 'bulk.1000'")), 1000);
        QCOMPARE(scalar(*c.db, QStringLiteral("SELECT value FROM settings WHERE key = 'bulk.7'")), 0); // 'x'
        // A bad row in the last statement: the write fails and none of its rows stay.
        QList<QVariantList> more;
        for (int i = 0; i < 1200; ++i)
            more.append({QStringLiteral("more.%1").arg(i), QString::number(i)});
        more[1100][1] = QVariant(QMetaType(QMetaType::LongLong)); // NULL into a NOT NULL column
        const Status refused = c.db->write(
            [&]() -> Status { return c.db->insertRows(QStringLiteral("INSERT INTO settings(key, value)"), more); });
        QVERIFY(!refused);
        QCOMPARE(scalar(*c.db, QStringLiteral("SELECT count(*) FROM settings WHERE key LIKE 'more.%'")), 0);
    }

    void busyFileGivesUpWithAMessageNamingIt()
    {
        Company c;
        Database::Options quick;
        quick.busyTimeoutMs = 100;
        quick.maxWriteAttempts = 2;
        auto other = Database::open(c.path(), quick);
        QVERIFY(other);
        // This connection holds the write lock, as another PC in a long transaction would.
        QList<bool> told;
        (*other)->setWaitListener([&](bool waiting) { told.append(waiting); });
        QSqlQuery hold = c.db->query();
        QVERIFY(hold.exec(QStringLiteral("BEGIN IMMEDIATE")));
        Status s = (*other)->write([]() -> Status { return success(); });
        QVERIFY(!s);
        QVERIFY2(s.error().contains(QStringLiteral("Another PC")), qPrintable(s.error()));
        QCOMPARE(told, (QList<bool>{true, false})); // the status bar said so, then cleared
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        QVERIFY((*other)->write([]() -> Status { return success(); }));
    }
    void openingWhileAnotherPcHoldsTheFileIsAWaitNotDamage()
    {
        Company c;
        Database::Options quick;
        quick.busyTimeoutMs = 100;
        quick.maxWriteAttempts = 2;
        QSqlQuery hold = c.db->query();
        QVERIFY(hold.exec(QStringLiteral("BEGIN EXCLUSIVE"))); // another PC writing its pages
        auto refused = Database::open(c.path(), quick);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("Another PC")), qPrintable(refused.error()));
        QVERIFY(!refused.error().contains(QStringLiteral("damaged")));
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));

        // A commit that outlasts one busy timeout: the open waits for it and succeeds.
        QProcess otherPc;
        otherPc.start(QStringLiteral("sqlite3"), {c.path()});
        QVERIFY(otherPc.waitForStarted());
        otherPc.write("BEGIN EXCLUSIVE;\nSELECT 'held';\n.shell sleep 0.6\nCOMMIT;\n.quit\n");
        QVERIFY(otherPc.waitForReadyRead(5000));
        quick.maxWriteAttempts = 6;
        QElapsedTimer t;
        t.start();
        auto opened = Database::open(c.path(), quick);
        QVERIFY2(opened, qPrintable(opened.error()));
        QVERIFY(t.elapsed() >= 100); // it did wait for the other PC (alone it opens in a few ms)
        QVERIFY(otherPc.waitForFinished(5000));
    }

    void aDamagedSchemaIsNotMistakenForABusyFile()
    {
        // Found by fuzzing: the broken schema's text quotes the column locked_until, and the
        // open waited five seconds to say that another PC held the file.
        Company c;
        const QString path = c.path();
        c.db.reset();
        sqlite3(path,
                QStringLiteral("PRAGMA writable_schema=ON; UPDATE sqlite_master SET sql = "
                               "'CREATE TABLE users(id [ locked_until TEXT)' WHERE name = 'users';"));
        QElapsedTimer t;
        t.start();
        auto opened = Database::open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QStringLiteral("damaged")), qPrintable(opened.error()));
        QVERIFY(t.elapsed() < 2000); // no retries
    }

    void aStatementThatWaitedTooLongRetriesTheWholeTransaction()
    {
        Company c;
        Database::Options quick;
        quick.busyTimeoutMs = 100;
        auto other = Database::open(c.path(), quick);
        QVERIFY(other);
        QSqlQuery hold = c.db->query();
        QVERIFY(hold.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        QSqlQuery read = (*other)->query();
        read.prepare(QStringLiteral("SELECT count(*) FROM settings"));
        const Status busy = Database::exec(read);
        QVERIFY(!busy);
        QVERIFY(busy.isBusy()); // exec() tells a wait from a real error...
        QVERIFY(hold.exec(QStringLiteral("ROLLBACK")));
        QSqlQuery wrong = (*other)->query();
        wrong.prepare(QStringLiteral("SELECT nonsense FROM settings"));
        QVERIFY(!Database::exec(wrong).isBusy());

        int runs = 0; // ...and write() runs the work again after a wait, from the start
        Status s = (*other)->write([&]() -> Status {
            QSqlQuery insert = (*other)->query();
            Status r = Database::execPrepared(
                insert, QStringLiteral("INSERT INTO settings(key, value) VALUES ('retry', ?)"), {runs});
            if (r && ++runs == 1) {
                Error e = fail(QStringLiteral("database is locked"));
                e.busy = true;
                return e;
            }
            return r;
        });
        QVERIFY2(s, qPrintable(s.error()));
        QCOMPARE(runs, 2);
        QCOMPARE(scalar(*c.db, QStringLiteral("SELECT count(*) FROM settings WHERE key = 'retry'")), 1);
    }

    // Issue 11 (3): every statement fails through one path (Database::failure), so that a wait
    // for another PC is marked busy however deep it happened and write() tries again, instead of
    // the driver's raw text reaching the user.
    void issue11_repositoriesThatWaitedForAnotherPcSayBusy()
    {
        Company c;
        Database::Options quick;
        quick.busyTimeoutMs = 50;
        auto other = Database::open(c.path(), quick);
        auto patient = Database::open(c.path()); // the program's own settings
        QVERIFY(other && patient);
        Database &db = **other;
        // Another PC (another process) writing its pages for three seconds.
        QProcess otherPc;
        otherPc.start(QStringLiteral(SQLITE3_PATH), {c.path()});
        QVERIFY(otherPc.waitForStarted());
        otherPc.write("BEGIN EXCLUSIVE;\nSELECT 'held';\n.shell sleep 3\nCOMMIT;\n.quit\n");
        QVERIFY(otherPc.waitForReadyRead(5000));
        const QList<std::pair<const char *, std::function<Error()>>> calls{
            {"departments", [&] { return OrgRepository(db).departments().failure(); }},
            {"employees", [&] { return OrgRepository(db).employees().failure(); }},
            {"calendar years", [&] { return CalendarRepository(db).storedYears().failure(); }},
            {"newest audit record", [&] { return AuditRepository(db).newest().failure(); }},
            {"users", [&] { return UserRepository(db).list().failure(); }},
            {"other administrators", [&] { return UserRepository(db).otherActiveAdministrators(1).failure(); }},
        };
        for (const auto &[what, call] : calls) {
            const Error e = call();
            QVERIFY2(!e.message.isEmpty(), what);
            QVERIFY2(e.busy, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), e.message)));
            QVERIFY2(e.message.startsWith(QStringLiteral("Database error:")), qPrintable(e.message));
        }
        // A write through the one path waits for the other PC, then goes in whole.
        QElapsedTimer waited;
        waited.start();
        Result<qint64> added =
            (*patient)->write([&] { return OrgRepository(**patient).addDepartment(QStringLiteral("仓储部")); });
        QVERIFY2(added, qPrintable(added.error()));
        QVERIFY(waited.elapsed() > 500);
        QVERIFY(otherPc.waitForFinished(10000));
        QCOMPARE(scalar(*c.db, QStringLiteral("SELECT count(*) FROM departments WHERE name = '仓储部'")), 1);
    }
};

QTEST_GUILESS_MAIN(DatabaseTest)
#include "DatabaseTest.moc"
