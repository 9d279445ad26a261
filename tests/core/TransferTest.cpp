// Issue 20, step 14: a company file moved to an empty database on the PostgreSQL test server
// (CompanyTransfer), the file left as it was.
#include "TestSupport.h"
#include "audit/AuditTrail.h"
#include "database/CompanyDatabase.h"
#include "database/CompanyTransfer.h"
#include "database/DatabaseCheck.h"
#include "database/data/SchemaCatalog.h"
#include "presence/Presence.h"
#include "users/AuthService.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

using namespace shopdesk;
using namespace shopdesk::test;

class TransferTest : public QObject
{
    Q_OBJECT

    static QByteArray sha256(const QString &file)
    {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
    }

    static qint64 count(Database &db, const QString &sql)
    {
        QSqlQuery q = db.query();
        if (!Database::execPrepared(q, sql, {}) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }

    // A table's rows as the sqlite3 tool prints them, in a fixed order.
    static QString rows(const QString &file, const QString &select)
    {
        QStringList lines = sqlite3(file, select).split(u'\n');
        lines.sort();
        return lines.join(u'\n');
    }

    // The contract pages' search index is the contracts area's; this program has no such area,
    // and no pages to index, so making it does nothing unless a test wants it to fail.
    static inline bool s_indexFails = false;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("PGPASSWORD", postgresTestUrl().password().toUtf8()); // psql, as sqlite3() runs it
        CompanyCopy::addDerivedTable(QStringLiteral("contract_page_grams"), [](Database &) -> Status {
            if (s_indexFails)
                return fail(QStringLiteral("the test's index failed"));
            return success();
        });
    }

    void issue20_transferCopiesEveryRowAndLeavesTheFileAsItWas()
    {
        SKIP_WITHOUT_POSTGRES();
        Org org; // departments and their heads refer to each other
        org.addPeople(30);
        const QString file = org.company.path();
        const QByteArray before = sha256(file);
        const auto fileCheck = DatabaseCheck(*org.company.db).run({});
        QVERIFY(fileCheck && fileCheck->ok);
        const QString url = emptyPostgresDatabase(QStringLiteral("shopdesk_transfer_test"));
        QStringList progress;
        auto moved = CompanyTransfer(*org.company.db, org.company.clock)
                         .run(org.admin, url, [&](const QString &table, int, int) { progress << table; });
        QVERIFY2(moved, qPrintable(moved.error()));
        QCOMPARE(sha256(file), before); // not a byte written to the file
        QVERIFY(!moved->target.contains(u':' + postgresTestUrl().password() + u'@'));

        auto server = Database::open(url); // as it was left (opening a company writes the day's check)
        QVERIFY2(server, qPrintable(server.error()));
        Database &pg = **server;
        // Every table, the same rows; the people and the departments' heads as in the file.
        QVERIFY(progress.contains(QStringLiteral("employees")) && progress.contains(QStringLiteral("departments")));
        for (const CopiedTable &t : moved->tables) {
            const qint64 inFile = count(*org.company.db, QStringLiteral("SELECT count(*) FROM %1").arg(t.name));
            const qint64 onServer = count(pg, QStringLiteral("SELECT count(*) FROM %1").arg(t.name));
            QVERIFY2(t.rows == inFile, qPrintable(t.name));
            QVERIFY2(onServer == (t.name == u"audit_log" ? inFile + 1 : inFile), qPrintable(t.name)); // + the transfer
        }
        QCOMPARE(count(pg, QStringLiteral("SELECT count(*) FROM employees")), 36);
        const QString heads = QStringLiteral("SELECT count(*) FROM departments d JOIN employees e ON e.id = "
                                             "d.head_employee_id");
        QCOMPARE(count(pg, heads), count(*org.company.db, heads));
        // The chain reaches the file's newest record unchanged, then the transfer's own.
        auto check = DatabaseCheck(pg).run(fileCheck->newest);
        QVERIFY2(check && check->ok, qPrintable(check ? check->lines.join(u'\n') : check.error()));
        QCOMPARE(check->auditRecords, fileCheck->auditRecords + 1);
        QCOMPARE(sqlite3(pg.path(), QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("company.transfer"));
        // The rules are on again, the ids go on after the copied ones, and people sign in.
        QVERIFY(sqlite3(pg.path(), QStringLiteral("DELETE FROM audit_log")).contains(QStringLiteral("append-only")));
        QVERIFY(SchemaCatalog(pg).hasTrigger(QStringLiteral("audit_log_no_update")));
        auto signedIn = AuthService(pg, org.company.clock).login(QStringLiteral("clerk"), QStringLiteral("Start2026"));
        QVERIFY2(signedIn, qPrintable(signedIn.error()));
        QCOMPARE(signedIn->actor.userId, org.clerk.userId);
        const qint64 lastCopied = count(*org.company.db, QStringLiteral("SELECT max(id) FROM users"));
        NewUser n;
        n.userName = QStringLiteral("newcomer");
        n.password = QStringLiteral("Start2026");
        auto id = UserService(pg, org.company.clock).create(org.admin, n);
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(*id, lastCopied + 1);
    }

    void issue20_transferWantsAnEmptyDatabase()
    {
        SKIP_WITHOUT_POSTGRES();
        Company c;
        const QString url = emptyPostgresDatabase(QStringLiteral("shopdesk_transfer_full"));
        QVERIFY(sqlite3(url, QStringLiteral("CREATE TABLE notes(text TEXT)")).isEmpty());
        auto refused = CompanyTransfer(*c.db, c.clock).run(c.admin, url);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("not empty")), qPrintable(refused.error()));
        QCOMPARE(sqlite3(url,
                         QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                        "'public'")),
                 QStringLiteral("1")); // nothing made beside what was there
    }

    void issue20_aFileThatFailsItsCheckIsNotMoved()
    {
        SKIP_WITHOUT_POSTGRES();
        Company c;
        NewUser n;
        n.userName = QStringLiteral("alpha");
        n.password = QStringLiteral("Start2026");
        QVERIFY(UserService(*c.db, c.clock).create(c.admin, n));
        sqlite3(c.path(),
                QStringLiteral("DROP TRIGGER audit_log_no_update;\n"
                               "UPDATE audit_log SET after_json = '{}' WHERE id = 2"));
        const QString url = emptyPostgresDatabase(QStringLiteral("shopdesk_transfer_tampered"));
        auto refused = CompanyTransfer(*c.db, c.clock).run(c.admin, url);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("record 2")), qPrintable(refused.error()));
        QCOMPARE(sqlite3(url,
                         QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                        "'public'")),
                 QStringLiteral("0"));
    }

    void issue20_aRowTheServerRefusesLeavesItWithoutRows()
    {
        SKIP_WITHOUT_POSTGRES();
        Org org;
        // SQLite keeps text in an integer column; PostgreSQL does not.
        QCOMPARE(sqlite3(org.company.path(),
                         QStringLiteral("UPDATE users SET failed_logins = 'many' WHERE id = %1").arg(org.clerk.userId)),
                 QString());
        const QString url = emptyPostgresDatabase(QStringLiteral("shopdesk_transfer_refused"));
        auto refused = CompanyTransfer(*org.company.db, org.company.clock).run(org.admin, url);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("users")) && refused.error().contains(QStringLiteral("many")),
                 qPrintable(refused.error()));
        auto server = Database::open(url);
        QVERIFY(server);
        QCOMPARE(count(**server, QStringLiteral("SELECT count(*) FROM employees")), 0);
        QCOMPARE(count(**server, QStringLiteral("SELECT count(*) FROM audit_log")), 0);
    }

    void issue20_aCompanyOnAServerComesBackIntoANewFile()
    {
        SKIP_WITHOUT_POSTGRES();
        Org org;
        org.addPeople(30);
        const QString original = org.company.path();
        const qint64 originalRecords = count(*org.company.db, QStringLiteral("SELECT count(*) FROM audit_log"));
        const QString url = emptyPostgresDatabase(QStringLiteral("shopdesk_transfer_back"));
        auto there = CompanyTransfer(*org.company.db, org.company.clock).run(org.admin, url);
        QVERIFY2(there, qPrintable(there.error()));
        auto server = Database::open(url);
        QVERIFY2(server, qPrintable(server.error()));

        const QString file = org.company.dir.filePath(QStringLiteral("back.db"));
        auto back = CompanyTransfer(**server, org.company.clock).run(org.admin, file);
        QVERIFY2(back, qPrintable(back.error()));
        QCOMPARE(back->target, file);
        QCOMPARE(back->tables.size(), there->tables.size());
        QCOMPARE(back->rows, there->rows + 1); // + the first transfer's record

        // Row for row what the first file held, printed alike (texts, numbers, nulls, blobs),
        // but for the two transfers' records.
        for (const CopiedTable &t : back->tables) {
            const QString select = t.name == u"audit_log"
                ? QStringLiteral("SELECT * FROM audit_log WHERE id <= %1").arg(originalRecords)
                : QStringLiteral("SELECT * FROM %1").arg(t.name);
            QVERIFY2(rows(file, select) == rows(original, select), qPrintable(t.name));
        }
        const QString triggers = QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'");
        QCOMPARE(rows(file, triggers), rows(original, triggers));
        QCOMPARE(sqlite3(file, QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 2")),
                 QStringLiteral("company.transfer\ncompany.transfer"));

        // A company file like any other: sound, its rules on, people sign in, ids go on.
        server->reset();
        auto opened = CompanyDatabase::open(file);
        QVERIFY2(opened, qPrintable(opened.error()));
        Database &db = **opened;
        QVERIFY(!db.isReadOnly());
        auto check = DatabaseCheck(db).run(AuditAnchor::recall(file));
        QVERIFY2(check && check->ok, qPrintable(check ? check->lines.join(u'\n') : check.error()));
        QCOMPARE(check->auditRecords, originalRecords + 2);
        QVERIFY(sqlite3(file, QStringLiteral("DELETE FROM audit_log")).contains(QStringLiteral("append-only")));
        QVERIFY(sqlite3(file, QStringLiteral("PRAGMA foreign_key_check")).isEmpty());
        auto signedIn = AuthService(db, org.company.clock).login(QStringLiteral("clerk"), QStringLiteral("Start2026"));
        QVERIFY2(signedIn, qPrintable(signedIn.error()));
        NewUser n;
        n.userName = QStringLiteral("newcomer");
        n.password = QStringLiteral("Start2026");
        auto id = UserService(db, org.company.clock).create(org.admin, n);
        QVERIFY2(id, qPrintable(id.error()));
        QCOMPARE(*id, count(*org.company.db, QStringLiteral("SELECT max(id) FROM users")) + 1);
    }

    void issue20_aFileThatExistsIsNeverOverwritten()
    {
        SKIP_WITHOUT_POSTGRES();
        Company c;
        const QString url = emptyPostgresDatabase(QStringLiteral("shopdesk_transfer_exists"));
        QVERIFY(CompanyTransfer(*c.db, c.clock).run(c.admin, url));
        auto server = Database::open(url);
        QVERIFY(server);
        const QString file = c.dir.filePath(QStringLiteral("kept.db"));
        QVERIFY(sqlite3(file, QStringLiteral("CREATE TABLE notes(text TEXT)")).isEmpty());
        const QByteArray before = sha256(file);
        auto refused = CompanyTransfer(**server, c.clock).run(c.admin, file);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("already exists")), qPrintable(refused.error()));
        QCOMPARE(sha256(file), before);
        // Nor a file into a file: a file is copied with a backup.
        auto fileToFile = CompanyTransfer(*c.db, c.clock).run(c.admin, c.dir.filePath(QStringLiteral("copy.db")));
        QVERIFY(!fileToFile);
        QVERIFY(!QFileInfo::exists(c.dir.filePath(QStringLiteral("copy.db"))));
    }

    void issue20_aFailedCopyIntoAFileLeavesNoFile()
    {
        SKIP_WITHOUT_POSTGRES();
        Org org;
        const QString url = emptyPostgresDatabase(QStringLiteral("shopdesk_transfer_failed"));
        QVERIFY(CompanyTransfer(*org.company.db, org.company.clock).run(org.admin, url));
        auto server = Database::open(url);
        QVERIFY(server);
        const qint64 records = count(**server, QStringLiteral("SELECT count(*) FROM audit_log"));
        const QString file = org.company.dir.filePath(QStringLiteral("half.db"));
        s_indexFails = true;
        auto failed = CompanyTransfer(**server, org.company.clock).run(org.admin, file);
        s_indexFails = false;
        QVERIFY(!failed);
        QVERIFY2(failed.error().contains(QStringLiteral("the test's index failed"))
                     && failed.error().contains(QStringLiteral("removed")),
                 qPrintable(failed.error()));
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(!QFileInfo::exists(file + QStringLiteral("-journal")));
        QCOMPARE(count(**server, QStringLiteral("SELECT count(*) FROM audit_log")), records); // only read
    }

    // Nobody may be working in the company while it moves (what they wrote afterwards would stay
    // behind), whichever way it goes.
    void issue20_aCompanyInUseIsNotMoved()
    {
        SKIP_WITHOUT_POSTGRES();
        Company c;
        const FixedClock now(QDateTime::currentDateTimeUtc());
        Actor clerk;
        clerk.userId = 2;
        clerk.userName = QStringLiteral("clerk");
        auto working = Presence(*c.db, now).announce(clerk, QStringLiteral("test"));
        QVERIFY(working);
        const QString url = emptyPostgresDatabase(QStringLiteral("shopdesk_transfer_in_use"));
        auto refused = CompanyTransfer(*c.db, c.clock).run(c.admin, url);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("clerk")), qPrintable(refused.error()));
        QCOMPARE(sqlite3(url,
                         QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = "
                                        "'public'")),
                 QStringLiteral("0"));

        QVERIFY(Presence(*c.db, now).leave(*working));
        QVERIFY(CompanyTransfer(*c.db, c.clock).run(c.admin, url));
        auto server = Database::open(url);
        QVERIFY(server);
        QCOMPARE(count(**server, QStringLiteral("SELECT count(*) FROM presence")), 0);
        QVERIFY(Presence(**server, now).announce(clerk, QStringLiteral("test")));
        const QString file = c.dir.filePath(QStringLiteral("back.db"));
        auto back = CompanyTransfer(**server, c.clock).run(c.admin, file);
        QVERIFY(!back);
        QVERIFY2(back.error().contains(QStringLiteral("clerk")), qPrintable(back.error()));
        QVERIFY(!QFileInfo::exists(file));
    }

    void issue20_onlyADatabaseAdministratorMovesTheCompany()
    {
        SKIP_WITHOUT_POSTGRES();
        Org org;
        const QString url = emptyPostgresDatabase(QStringLiteral("shopdesk_transfer_clerk"));
        auto refused = CompanyTransfer(*org.company.db, org.company.clock).run(org.clerk, url);
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(QStringLiteral("database administrator")));
    }
};

QTEST_GUILESS_MAIN(TransferTest)
#include "TransferTest.moc"
