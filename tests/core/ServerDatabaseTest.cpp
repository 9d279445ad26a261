// Issue 20, step 6: a company database on a PostgreSQL server, opened by its URL: created,
// opened again and signed into; writers taking turns as in a file; the database check. The server
// is PostgresTestServer.h's; each test makes its own empty database there.
#include "PostgresTestServer.h"
#include "common/Clock.h"
#include "database/ChangeWatcher.h"
#include "database/CompanyDatabase.h"
#include "database/DatabaseCheck.h"
#include "database/ServerRoles.h"
#include "database/data/Database.h"
#include "database/data/Migrations.h"
#include "presence/Presence.h"
#include "users/AuthService.h"
#include "users/ServerLogin.h"
#include "users/UserService.h"
#include "users/data/UserRepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>
#include <thread>

using namespace shopdesk;

class ServerDatabaseTest : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC)};
    QStringList m_made;

    // Issue 20, step 12: a new company at `url`, without the server roles an earlier run left
    // (roles outlive databases), its administrator (admin / Admin2026) signed in.
    struct ServerCompany
    {
        std::shared_ptr<Database> db;
        Actor admin;
    };
    ServerCompany companyWithoutRoles(const QString &url)
    {
        test::dropCompanyRoles(QUrl(url).path().mid(1));
        auto created = CompanyDatabase::create(url, QStringLiteral("测试公司"), QStringLiteral("admin"),
                                               QStringLiteral("Admin2026"), m_clock);
        if (!created)
            return {};
        auto signedIn = AuthService(**created, m_clock).login(QStringLiteral("admin"), QStringLiteral("Admin2026"));
        return {signedIn ? *created : nullptr, signedIn ? signedIn->actor : Actor{}};
    }

    // The URL of a new, empty database on the test server.
    QString newDatabase()
    {
        const QString name = QStringLiteral("shopdesk_server_test_%1").arg(m_made.size() + 1);
        m_made.append(name);
        return test::emptyPostgresDatabase(name);
    }

private slots:
    void cleanupTestCase()
    {
        for (const QString &name : std::as_const(m_made))
            test::dropPostgresDatabase(name);
    }

    void aServerAddressIsCheckedBeforeAnyConnection()
    {
        QVERIFY(Database::isServerUrl(QStringLiteral(" postgresql://shop@db.example.com/company")));
        QVERIFY(Database::isServerUrl(QStringLiteral("postgres://shop@db.example.com/company")));
        QVERIFY(!Database::isServerUrl(QStringLiteral("//server/share/postgresql/company.db")));
        auto noDatabase = Database::open(QStringLiteral("postgresql://shop:secret@db.example.com"));
        QVERIFY(!noDatabase);
        QVERIFY2(noDatabase.error().contains(u"postgresql://user:password@host:port/database"),
                 qPrintable(noDatabase.error()));
        QVERIFY(!noDatabase.error().contains(u"secret")); // a password is never shown
        // Off this machine only over TLS: asking for less is refused before a byte is sent.
        auto plain = Database::open(QStringLiteral("postgresql://shop:secret@db.example.com/company?sslmode=disable"));
        QVERIFY(!plain);
        QVERIFY2(plain.error().contains(u"TLS") && plain.error().contains(u"db.example.com"),
                 qPrintable(plain.error()));
        auto prefer = Database::open(QStringLiteral("postgresql://shop@10.0.0.5/company?sslmode=prefer"));
        QVERIFY(!prefer);
        QVERIFY(prefer.error().contains(u"TLS"));
    }

    void aCompanyIsCreatedOpenedAndSignedIntoOnAServer()
    {
        SKIP_WITHOUT_POSTGRES();
        const QString url = newDatabase();
        auto created = CompanyDatabase::create(url, QStringLiteral("测试公司"), QStringLiteral("admin"),
                                               QStringLiteral("Admin2026"), m_clock);
        QVERIFY2(created, qPrintable(created ? QString() : created.error()));
        QVERIFY((*created)->isOnServer());
        // Shown without its password.
        QVERIFY(!(*created)->path().contains(u':' + test::postgresTestUrl().password() + u'@'));
        QVERIFY((*created)->path().contains(test::postgresTestUrl().userName() + u'@'));
        created->reset();

        auto db = CompanyDatabase::open(url);
        QVERIFY2(db, qPrintable(db ? QString() : db.error()));
        QVERIFY2(!(*db)->isReadOnly(), qPrintable((*db)->readOnlyReason()));
        const DatabaseAbout about = CompanyDatabase::about(**db);
        QCOMPARE(about.databaseVersion, Migrations::latestVersion());
        QCOMPARE(about.programVersion, Migrations::latestVersion());
        // The user name is one whatever its case, as in a file (NOCASE).
        AuthService auth(**db, m_clock);
        auto signedIn = auth.login(QStringLiteral("ADMIN"), QStringLiteral("Admin2026"));
        QVERIFY2(signedIn, qPrintable(signedIn ? QString() : signedIn.error()));
        QCOMPARE(signedIn->actor.userName, QStringLiteral("admin"));
        QVERIFY(!auth.login(QStringLiteral("admin"), QStringLiteral("wrong")));

        // The check: the audit chain the creation began, the triggers, no file checks.
        auto report = DatabaseCheck(**db).run({});
        QVERIFY(report);
        QVERIFY2(report->ok, qPrintable(report->lines.join(u'\n')));
        QVERIFY(report->lines.contains(QStringLiteral("Integrity check: kept by the database server")));
        QVERIFY(report->auditRecords >= 1);

        // A second company is not made over the first.
        auto again = CompanyDatabase::create(url, QStringLiteral("别的公司"), QStringLiteral("admin"),
                                             QStringLiteral("Admin2026"), m_clock);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(u"not empty"), qPrintable(again.error()));
    }

    // Issue 20, step 11: who is working, as on a shared file: two programs on the server see each
    // other, a program that stopped refreshing its row drops out after two minutes, one that
    // leaves at once.
    void presenceOnAServerShowsWhoIsWorking()
    {
        SKIP_WITHOUT_POSTGRES();
        const QString url = newDatabase();
        QVERIFY(CompanyDatabase::create(url, QStringLiteral("测试公司"), QStringLiteral("admin"),
                                        QStringLiteral("Admin2026"), m_clock));
        auto pcA = CompanyDatabase::open(url);
        auto pcB = CompanyDatabase::open(url);
        QVERIFY(pcA && pcB);
        Actor admin, clerk;
        admin.userId = 1;
        admin.userName = QStringLiteral("admin");
        clerk.userId = 2;
        clerk.userName = QStringLiteral("clerk");
        auto onA = Presence(**pcA, m_clock).announce(admin, QStringLiteral("test"));
        auto onB = Presence(**pcB, m_clock).announce(clerk, QStringLiteral("test"));
        QVERIFY(onA && onB && *onA != *onB);
        auto seenByB = Presence(**pcB, m_clock).others(*onB);
        QVERIFY(seenByB && seenByB->size() == 1);
        QCOMPARE(seenByB->first().userName, QStringLiteral("admin"));
        QCOMPARE(seenByB->first().lastSeen, m_clock.nowUtc());
        QCOMPARE(Presence(**pcA, m_clock).connected()->size(), 2);

        // Two minutes and a second later only A has refreshed its row: B's program is gone.
        FixedClock later(m_clock.nowUtc().addSecs(Presence::kStaleSeconds + 1));
        QVERIFY(Presence(**pcA, later).heartbeat(*onA));
        QVERIFY(Presence(**pcA, later).others(*onA)->isEmpty());
        QCOMPARE(Presence(**pcB, later).others(*onB)->size(), 1);
        // A schema update waits while another program works there: the newer program opens the
        // company read-only and says why (here the newest migration is made to look unapplied).
        const FixedClock now(QDateTime::currentDateTimeUtc());
        QVERIFY(Presence(**pcA, now).heartbeat(*onA));
        QSqlQuery unapply = (*pcB)->query();
        QVERIFY(Database::execPrepared(unapply, QStringLiteral("DELETE FROM schema_migrations WHERE version = ?"),
                                       {Migrations::latestVersion()}));
        auto newer = CompanyDatabase::open(url);
        QVERIFY(newer);
        QVERIFY((*newer)->isReadOnly());
        QVERIFY2((*newer)->readOnlyReason().contains(QStringLiteral("1 other PC")),
                 qPrintable((*newer)->readOnlyReason()));

        // A signs out: nobody is left.
        QVERIFY(Presence(**pcA, later).leave(*onA));
        QVERIFY(Presence(**pcB, later).connected()->isEmpty());
    }

    // After a bulk write the server's planner knows the table's size at once (the order list read
    // every row of a freshly filled table until the server's autovacuum looked).
    void statisticsAreRefreshedAfterABulkWrite()
    {
        SKIP_WITHOUT_POSTGRES();
        const QString url = newDatabase();
        auto db = CompanyDatabase::create(url, QStringLiteral("测试公司"), QStringLiteral("admin"),
                                          QStringLiteral("Admin2026"), m_clock);
        QVERIFY(db);
        Database &d = **db;
        auto estimate = [&] {
            QSqlQuery q = d.query();
            return Database::execPrepared(
                       q, QStringLiteral("SELECT reltuples FROM pg_class WHERE relname = 'settings'"), {})
                    && q.next()
                ? q.value(0).toDouble()
                : -2.0;
        };
        QVERIFY(d.write([&]() -> Status {
            QSqlQuery q = d.query();
            return Database::execPrepared(
                q,
                QStringLiteral(
                    "INSERT INTO settings(key, value) SELECT 'bulk.' || n, '1' FROM generate_series(1, 2000) n"),
                {});
        }));
        QVERIFY(estimate() < 2000);
        QVERIFY(d.refreshStatistics({QStringLiteral("settings")}));
        QVERIFY2(estimate() >= 2000, qPrintable(QString::number(estimate())));
    }

    // Issue 20, step 12 (RULE DB-01, ORD-05): on a server people work as members of groups that
    // own no table: a clerk's SQL tool can neither change an order or an audit record nor switch
    // their triggers off; a reader's writes nothing.
    void theGroupsOwnNoTableAndOrdersAndAuditTakeInsertsOnly()
    {
        SKIP_WITHOUT_POSTGRES();
        const QString url = newDatabase();
        const QString name = QUrl(url).path().mid(1);
        const QString clerk = name + QStringLiteral("_alice"), reader = name + QStringLiteral("_bob");
        test::runOnTestServer(QStringLiteral("DROP ROLE IF EXISTS %1, %2").arg(clerk, reader));
        test::dropCompanyRoles(name);
        auto created = CompanyDatabase::create(url, QStringLiteral("测试公司"), QStringLiteral("admin"),
                                               QStringLiteral("Admin2026"), m_clock);
        QVERIFY(created);
        const ServerRoles roles(**created, m_clock);
        Actor admin;
        admin.userId = 1;
        admin.userName = QStringLiteral("admin");
        admin.level = Level::DatabaseAdmin;
        Actor clerkActor = admin;
        clerkActor.level = Level::Clerk;
        QVERIFY(!roles.setUp(clerkActor));
        QCOMPARE(roles.writers(), name + QStringLiteral("_write"));
        Status made = roles.setUp(admin);
        QVERIFY2(made, qPrintable(made.error()));
        made = roles.setUp(admin); // again, as after a later migration: the same groups, their rights renewed
        QVERIFY2(made, qPrintable(made.error()));
        // Two people's logins, as the server's administrator makes them.
        test::runOnTestServer(
            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'Secret2026' IN ROLE %2").arg(clerk, roles.writers()));
        test::runOnTestServer(
            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'Secret2026' IN ROLE %2").arg(reader, roles.readers()));
        auto as = [&](const QString &role) {
            QUrl u(url);
            u.setUserName(role);
            u.setPassword(QStringLiteral("Secret2026"));
            return CompanyDatabase::open(u.toString());
        };
        auto error = [](Database &db, const QString &sql) {
            QSqlQuery q = db.query();
            return q.exec(sql) ? QString() : q.lastError().databaseText();
        };

        // The clerk's login runs the program: signs in (with its audit record), enters data.
        auto asClerk = as(clerk);
        QVERIFY2(asClerk && !(*asClerk)->isReadOnly(),
                 qPrintable(asClerk ? (*asClerk)->readOnlyReason() : asClerk.error()));
        Database &c = **asClerk;
        auto signedIn = AuthService(c, m_clock).login(QStringLiteral("admin"), QStringLiteral("Admin2026"));
        QVERIFY2(signedIn, qPrintable(signedIn ? QString() : signedIn.error()));
        NewUser n;
        n.userName = QStringLiteral("newcomer");
        n.password = QStringLiteral("Start2026");
        QCOMPARE(error(c, QStringLiteral("UPDATE settings SET value = value")), QString()); // their own work
        // Even signed in to the program as its administrator, a clerk's login makes no login for
        // anyone on the server (step 12: only a _admin member sets a password there): refused,
        // and nothing of it written.
        auto added = UserService(c, m_clock).create(signedIn->actor, n);
        QVERIFY(!added);
        QVERIFY2(added.error().contains(u"database administrator"), qPrintable(added.error()));
        QVERIFY(!UserRepository(c).findByName(QStringLiteral("newcomer"))->id);
        // ... and no SQL of theirs changes the audit log or orders, or switches a trigger off.
        for (const QString &table : ServerRoles::appendOnlyTables()) {
            QVERIFY2(error(c, QStringLiteral("UPDATE %1 SET id = id").arg(table)).contains(u"permission denied"),
                     qPrintable(table));
            QVERIFY2(error(c, QStringLiteral("DELETE FROM %1").arg(table)).contains(u"permission denied"),
                     qPrintable(table));
            QVERIFY2(
                error(c, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table)).contains(u"must be owner"),
                qPrintable(table));
        }
        QVERIFY(error(c, QStringLiteral("DROP TABLE users")).contains(u"must be owner"));

        // The reader's login reads, and writes nothing.
        auto asReader = as(reader);
        QVERIFY(asReader);
        Database &r = **asReader;
        QCOMPARE(error(r, QStringLiteral("SELECT count(*) FROM users")), QString());
        QVERIFY(error(r, QStringLiteral("INSERT INTO settings(key, value) VALUES ('x', 'y')"))
                    .contains(u"permission denied"));
        QVERIFY(error(r, QStringLiteral("UPDATE users SET display_name = 'x'")).contains(u"permission denied"));

        asClerk->reset();
        asReader->reset();
        created->reset();
        test::dropPostgresDatabase(name);
        test::runOnTestServer(QStringLiteral("DROP ROLE %1, %2").arg(clerk, reader));
        test::dropCompanyRoles(name);
    }

    // Issue 20, step 12 (RULE DB-01, DB-03): once the groups are set up every user is a login of
    // the server in the group of their level, and the program keeps its password: a new user's,
    // one reset by an administrator, one changed by its owner; a disabled account's closes.
    void issue20_eachUserIsALoginOfTheServerInTheGroupOfTheirLevel()
    {
        SKIP_WITHOUT_POSTGRES();
        const QString url = newDatabase();
        const QString name = QUrl(url).path().mid(1);
        const auto login = [&](const QString &user) { return ServerLogin::nameOf(name, user); };
        const auto member = [&](const QString &role, const char *group) {
            return test::valueOnTestServer(QStringLiteral("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r ON "
                                                          "r.oid = m.roleid JOIN pg_roles p ON p.oid = m.member "
                                                          "WHERE p.rolname = '%1' AND r.rolname = '%2%3'")
                                               .arg(role, name, QLatin1String(group)))
                       .toInt()
                == 1;
        };
        ServerCompany company = companyWithoutRoles(url);
        QVERIFY(company.db);
        Database &db = *company.db;
        const Actor admin = company.admin;
        UserService users(db, m_clock);
        const auto add = [&](const QString &userName, Level level, const QString &password) {
            NewUser n;
            n.userName = userName;
            n.level = level;
            n.password = password;
            return users.create(admin, n);
        };
        auto aliceId = add(QStringLiteral("Alice"), Level::Clerk, QStringLiteral("Start2026"));
        QVERIFY(aliceId);
        // Before the groups the company works as before: nobody has a login of their own.
        QCOMPARE(test::valueOnTestServer(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = '%1'")
                                             .arg(login(QStringLiteral("Alice"))))
                     .toInt(),
                 0);

        Status made = ServerRoles(db, m_clock).setUp(admin, QStringLiteral("Admin2026"));
        QVERIFY2(made, qPrintable(made.error()));
        QCOMPARE(login(QStringLiteral("Alice")), name + QStringLiteral(".alice")); // ASCII letters fold
        QVERIFY(member(login(QStringLiteral("admin")), "_admin"));
        QVERIFY(member(login(QStringLiteral("Alice")), "_write"));
        QVERIFY(!member(login(QStringLiteral("Alice")), "_admin") && !member(login(QStringLiteral("Alice")), "_read"));
        QVERIFY(test::serverAccepts(url, login(QStringLiteral("admin")), QStringLiteral("Admin2026")));
        QVERIFY(!test::serverAccepts(url, login(QStringLiteral("admin")), QStringLiteral("Admin2027")));
        // Alice's password was never the server's to know: none until it is set again.
        QVERIFY(!test::serverAccepts(url, login(QStringLiteral("Alice")), QStringLiteral("Start2026")));
        QVERIFY(users.resetPassword(admin, *aliceId, QStringLiteral("Reset2026")));
        QVERIFY(test::serverAccepts(url, login(QStringLiteral("Alice")), QStringLiteral("Reset2026")));

        // A reader added now: a login in _read, with the password given.
        QVERIFY(add(QStringLiteral("bob"), Level::Reader, QStringLiteral("Read2026")));
        QVERIFY(member(login(QStringLiteral("bob")), "_read"));
        QVERIFY(!member(login(QStringLiteral("bob")), "_write"));

        // Bob works as himself: signs in (his sign-in's writes are a reader's few), changes his
        // own password, is seen working, and writes nothing else, nor anyone else's password.
        QUrl asBobUrl(url);
        asBobUrl.setUserName(login(QStringLiteral("bob")));
        asBobUrl.setPassword(QStringLiteral("Read2026"));
        auto asBob = CompanyDatabase::open(asBobUrl.toString());
        QVERIFY2(asBob, qPrintable(asBob ? QString() : asBob.error()));
        Database &b = **asBob;
        auto bobIn = AuthService(b, m_clock).login(QStringLiteral("bob"), QStringLiteral("Read2026"));
        QVERIFY2(bobIn, qPrintable(bobIn ? QString() : bobIn.error()));
        QVERIFY(bobIn->mustChangePassword);
        Status changed = AuthService(b, m_clock)
                             .changeOwnPassword(bobIn->actor, QStringLiteral("Read2026"), QStringLiteral("Mine2026"));
        QVERIFY2(changed, qPrintable(changed.error()));
        QVERIFY(test::serverAccepts(url, login(QStringLiteral("bob")), QStringLiteral("Mine2026")));
        QVERIFY(!test::serverAccepts(url, login(QStringLiteral("bob")), QStringLiteral("Read2026")));
        auto bobSession = Presence(b, m_clock).announce(bobIn->actor, QStringLiteral("1.0"));
        QVERIFY(bobSession);
        const auto error = [](Database &on, const QString &sql) {
            QSqlQuery q = on.query();
            return q.exec(sql) ? QString() : q.lastError().nativeErrorCode();
        };
        QCOMPARE(error(b, QStringLiteral("INSERT INTO settings(key, value) VALUES ('x', 'y')")),
                 QStringLiteral("42501"));
        QCOMPARE(error(b, QStringLiteral("UPDATE users SET level = 'dbadmin'")), QStringLiteral("42501"));
        QCOMPARE(error(b, QStringLiteral("DELETE FROM password_history")), QStringLiteral("42501"));
        {
            QSqlQuery others = b.query(); // his own row only: Alice's is not his to unlock or reset
            QVERIFY(others.exec(QStringLiteral("UPDATE users SET failed_logins = 4 WHERE username <> 'bob'")));
            QCOMPARE(others.numRowsAffected(), 0);
            QVERIFY(others.exec(QStringLiteral("UPDATE users SET failed_logins = 0 WHERE username = 'bob'")));
            QCOMPARE(others.numRowsAffected(), 1);
        }
        QCOMPARE(error(b, QStringLiteral("SELECT nextval(pg_get_serial_sequence('employees', 'id'))")),
                 QStringLiteral("42501")); // not even a number drawn
        QCOMPARE(error(b,
                       QStringLiteral("SELECT %1('Alice', '%2')")
                           .arg(QLatin1String(ServerLogin::kSyncFunction),
                                ServerLogin::scramVerifier(QStringLiteral("Taken2026")))),
                 QStringLiteral("42501"));
        QVERIFY(!test::serverAccepts(url, login(QStringLiteral("Alice")), QStringLiteral("Taken2026")));
        // Not even the owner's function takes a password in plain text.
        QCOMPARE(
            error(db, QStringLiteral("SELECT %1('Alice', 'Plain2026')").arg(QLatin1String(ServerLogin::kSyncFunction))),
            QStringLiteral("22023"));

        // A disabled account's login no longer gets in; enabled again, it does.
        QVERIFY(users.setDisabled(admin, *aliceId, true));
        QVERIFY(!test::serverAccepts(url, login(QStringLiteral("Alice")), QStringLiteral("Reset2026")));
        QVERIFY(users.setDisabled(admin, *aliceId, false));
        QVERIFY(test::serverAccepts(url, login(QStringLiteral("Alice")), QStringLiteral("Reset2026")));

        // Alice's own login may write the users table (a clerk's may), but the server does not
        // make her an administrator from it.
        {
            auto asAlice =
                CompanyDatabase::open(ServerLogin::addressOf(QUrl(url).adjusted(QUrl::RemoveUserInfo).toString(),
                                                             QStringLiteral("Alice"), QStringLiteral("Reset2026")));
            QVERIFY(asAlice);
            QCOMPARE(error(**asAlice, QStringLiteral("UPDATE users SET level = 'dbadmin' WHERE username = 'Alice'")),
                     QString());
            QCOMPARE(error(**asAlice,
                           QStringLiteral("SELECT %1('Alice', NULL)").arg(QLatin1String(ServerLogin::kSyncFunction))),
                     QStringLiteral("42501"));
            QVERIFY(!member(login(QStringLiteral("Alice")), "_admin"));
            QCOMPARE(error(**asAlice, QStringLiteral("UPDATE users SET level = 'clerk' WHERE username = 'Alice'")),
                     QString());
        }

        // A newer program opens the company as a person's own login read-only until the owner has
        // brought the schema up to date (a login of a person makes no table; here the newest
        // migration is made to look unapplied).
        QVERIFY(Presence(b, m_clock).leave(*bobSession));
        QSqlQuery unapply = db.query();
        QVERIFY(Database::execPrepared(unapply, QStringLiteral("DELETE FROM schema_migrations WHERE version = ?"),
                                       {Migrations::latestVersion()}));
        auto newer = CompanyDatabase::open(ServerLogin::addressOf(
            QUrl(url).adjusted(QUrl::RemoveUserInfo).toString(), QStringLiteral("Alice"), QStringLiteral("Reset2026")));
        QVERIFY2(newer && (*newer)->isReadOnly(), qPrintable(newer ? QString() : newer.error()));
        QVERIFY2((*newer)->readOnlyReason().contains(QStringLiteral("owner")), qPrintable((*newer)->readOnlyReason()));
        newer->reset();

        asBob->reset();
        company.db.reset();
        test::dropPostgresDatabase(name);
        test::dropCompanyRoles(name);
    }

    // Issue 20, step 12: at a personal address the server checks the password and counts
    // nothing, so the program reports each refusal through the gate: the lock-out policy's count
    // locks the account as on a file, and the server itself closes the login until the lock is
    // over, the right password included. The gate may do nothing else.
    void issue20_wrongPasswordsAtAPersonalAddressLockTheLogin()
    {
        SKIP_WITHOUT_POSTGRES();
        const QString url = newDatabase();
        const QString name = QUrl(url).path().mid(1);
        const QString personal = QUrl(url).adjusted(QUrl::RemoveUserInfo).toString();
        ServerCompany company = companyWithoutRoles(url);
        QVERIFY(company.db);
        Database &db = *company.db;
        const Actor admin = company.admin;
        NewUser alice;
        alice.userName = QStringLiteral("Alice");
        alice.level = Level::Clerk;
        alice.password = QStringLiteral("Start2026");
        QVERIFY(ServerRoles(db, m_clock).setUp(admin, QStringLiteral("Admin2026")));
        QVERIFY(UserService(db, m_clock).create(admin, alice)); // her login takes her password
        const auto failures = [&] {
            QSqlQuery q = db.query();
            q.exec(
                QStringLiteral("SELECT failed_logins, coalesce(locked_until, '') FROM users WHERE username = 'Alice'"));
            q.next();
            return QStringLiteral("%1 %2")
                .arg(q.value(0).toInt())
                .arg(q.value(1).toString().isEmpty() ? "open" : "locked");
        };

        for (int attempt = 1; attempt <= 4; ++attempt) {
            auto refused = ServerLogin::open(personal, QStringLiteral("Alice"), QStringLiteral("Guess%1").arg(attempt));
            QVERIFY(!refused);
            QVERIFY2(refused.error().contains(QStringLiteral("%1 attempt").arg(5 - attempt)),
                     qPrintable(refused.error()));
            QCOMPARE(failures(), QStringLiteral("%1 open").arg(attempt));
        }
        auto locked = ServerLogin::open(personal, QStringLiteral("Alice"), QStringLiteral("Guess5"));
        QVERIFY(!locked);
        QVERIFY2(locked.error().contains(QStringLiteral("locked for 15 minutes")), qPrintable(locked.error()));
        QCOMPARE(failures(), QStringLiteral("0 locked"));
        // Locked: the server refuses even the right password, and counts nothing more.
        QVERIFY(
            !test::serverAccepts(url, ServerLogin::nameOf(name, QStringLiteral("Alice")), QStringLiteral("Start2026")));
        auto closed = ServerLogin::open(personal, QStringLiteral("Alice"), QStringLiteral("Start2026"));
        QVERIFY(!closed);
        QVERIFY2(closed.error().contains(QStringLiteral("no longer")), qPrintable(closed.error()));
        QCOMPARE(failures(), QStringLiteral("0 locked"));
        // The lock's minutes are over (here moved into the past): the next sign-in opens the login.
        QSqlQuery over = db.query();
        QVERIFY(over.exec(
            QStringLiteral("UPDATE users SET locked_until = '2000-01-01T00:00:00Z' WHERE username = 'Alice'")));
        auto opened = ServerLogin::open(personal, QStringLiteral("Alice"), QStringLiteral("Start2026"));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        QCOMPARE(failures(), QStringLiteral("0 open"));
        opened->reset();

        // The gate's password is its name, and it reads nothing.
        QUrl gateUrl(url);
        gateUrl.setUserName(ServerLogin::gateOf(name));
        gateUrl.setPassword(ServerLogin::gateOf(name));
        auto gate = Database::open(gateUrl.toString());
        QVERIFY(gate);
        QSqlQuery peek = (*gate)->query();
        QVERIFY(!peek.exec(QStringLiteral("SELECT count(*) FROM users")));
        QCOMPARE(peek.lastError().nativeErrorCode(), QStringLiteral("42501"));
        gate->reset();

        company.db.reset();
        test::dropPostgresDatabase(name);
        test::dropCompanyRoles(name);
    }

    void aProtectiveTriggerSwitchedOffOnTheServerIsFound()
    {
        SKIP_WITHOUT_POSTGRES();
        const QString url = newDatabase();
        auto db = CompanyDatabase::create(url, QStringLiteral("测试公司"), QStringLiteral("admin"),
                                          QStringLiteral("Admin2026"), m_clock);
        QVERIFY(db);
        // On a server one switches a trigger off rather than dropping it (the owner may).
        QSqlQuery q((*db)->connection());
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update")),
                 qPrintable(q.lastError().text()));
        auto report = DatabaseCheck(**db).run({});
        QVERIFY(report);
        QVERIFY(!report->ok);
        QVERIFY2(report->lines.join(u'\n').contains(u"Protective trigger audit_log_no_update is missing"),
                 qPrintable(report->lines.join(u'\n')));
    }

    void writersOnAServerTakeTurnsAndTheOneWaitingTriesAgain()
    {
        SKIP_WITHOUT_POSTGRES();
        const QString url = newDatabase();
        Database::Options quick;
        quick.busyTimeoutMs = 200;
        quick.maxWriteAttempts = 12; // 12 x 200 ms plus pauses: more than the other's 1.5 s
        auto first = Database::open(url);
        auto second = Database::open(url, quick);
        QVERIFY(first && second);
        QSqlQuery q((*first)->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE turns (who TEXT NOT NULL)")));

        std::atomic<bool> holding = false;
        std::thread other([&] {
            Status s = (*first)->write([&]() -> Status {
                QSqlQuery insert((*first)->connection());
                insert.exec(QStringLiteral("INSERT INTO turns VALUES ('first')"));
                holding = true;
                QThread::msleep(1500);
                return success();
            });
            (*first)->releaseThreadConnection();
            Q_UNUSED(s);
        });
        while (!holding)
            QThread::msleep(5);
        QList<bool> told;
        (*second)->setWaitListener([&](bool waiting) { told.append(waiting); });
        QElapsedTimer waited;
        waited.start();
        Status s = (*second)->write([&]() -> Status {
            QSqlQuery insert((*second)->connection());
            return Database::execPrepared(insert, QStringLiteral("INSERT INTO turns VALUES (?)"),
                                          {QStringLiteral("second")});
        });
        other.join();
        QVERIFY2(s, qPrintable(s ? QString() : s.error()));
        QVERIFY2(waited.elapsed() >= 1000, qPrintable(QString::number(waited.elapsed())));
        QCOMPARE(told, (QList<bool>{true, false})); // the status bar said so, and then stopped
        QVERIFY(q.exec(QStringLiteral("SELECT string_agg(who, ',' ORDER BY who) FROM turns")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("first,second"));

        // Too long a wait: given up with the server's name, nothing written.
        Database::Options impatient;
        impatient.busyTimeoutMs = 100;
        impatient.maxWriteAttempts = 2;
        auto third = Database::open(url, impatient);
        QVERIFY(third);
        holding = false;
        std::thread again([&] {
            Status held = (*first)->write([&]() -> Status {
                holding = true;
                QThread::msleep(1500);
                return success();
            });
            (*first)->releaseThreadConnection();
            Q_UNUSED(held);
        });
        while (!holding)
            QThread::msleep(5);
        Status late = (*third)->write([&]() -> Status {
            QSqlQuery insert((*third)->connection());
            return Database::execPrepared(insert, QStringLiteral("INSERT INTO turns VALUES (?)"),
                                          {QStringLiteral("third")});
        });
        again.join();
        QVERIFY(!late);
        QVERIFY2(late.error().contains(test::postgresTestUrl().host()), qPrintable(late.error()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM turns WHERE who = 'third'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // Step 10: others' commits are announced (LISTEN/NOTIFY) and seen at once; this Database's
    // own, and a write that rolled back, are not.
    void othersCommitsAreSeenOwnAreNot()
    {
        SKIP_WITHOUT_POSTGRES();
        const QString url = newDatabase();
        auto mine = Database::open(url);
        auto theirs = Database::open(url);
        QVERIFY(mine && theirs);
        QSqlQuery q((*mine)->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (text TEXT NOT NULL)")));
        ChangeWatcher watcher(*mine, 200);
        ChangeWatcher secondWatcher(*mine, 200); // one subscription serves both
        QSignalSpy seen(&watcher, &ChangeWatcher::changedElsewhere);
        QSignalSpy seenToo(&secondWatcher, &ChangeWatcher::changedElsewhere);
        auto note = [](Database &db, bool keep) {
            return db.write([&]() -> Status {
                QSqlQuery insert(db.connection());
                if (Status s = Database::execPrepared(insert, QStringLiteral("INSERT INTO notes VALUES (?)"),
                                                      {QStringLiteral("a note")});
                    !s)
                    return s;
                return keep ? success() : fail(QStringLiteral("changed my mind"));
            });
        };
        QVERIFY(note(**mine, true));
        QVERIFY(!note(**theirs, false));
        QTest::qWait(500);
        QCOMPARE(seen.size(), 0);
        QElapsedTimer t;
        t.start();
        QVERIFY(note(**theirs, true));
        QTRY_COMPARE_WITH_TIMEOUT(seen.size(), 1, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(seenToo.size(), 1, 2000);
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    }

    void aFailureNobodyReturnedStillFailsTheWrite()
    {
        // On a server a transaction that met an error is over, and its COMMIT would quietly roll
        // back: the write says it failed instead of "saved".
        SKIP_WITHOUT_POSTGRES();
        auto db = Database::open(newDatabase());
        QVERIFY(db);
        QSqlQuery q((*db)->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE notes (text TEXT NOT NULL)")));
        Status s = (*db)->write([&]() -> Status {
            QSqlQuery w((*db)->connection());
            w.exec(QStringLiteral("INSERT INTO notes VALUES ('kept?')"));
            w.exec(QStringLiteral("INSERT INTO notes VALUES (NULL)")); // refused, and not looked at
            return success();
        });
        QVERIFY(!s);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM notes")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // The next write starts clean.
        QVERIFY((*db)->write([&]() -> Status {
            QSqlQuery w((*db)->connection());
            return Database::execPrepared(w, QStringLiteral("INSERT INTO notes VALUES (?)"), {QStringLiteral("kept")});
        }));
    }
};

QTEST_GUILESS_MAIN(ServerDatabaseTest)
#include "ServerDatabaseTest.moc"
