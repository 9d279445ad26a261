// shopdeskctl, run as a separate process the way a script would run it.
#include "TestSupport.h"
#include "users/AuthService.h"
#include "users/UserService.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

using namespace shopdesk;
using namespace shopdesk::test;

class CliTest : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out, err;
    };

    QTemporaryDir m_home; // the CLI's settings (audit anchors) live here, not in the user's
    QTemporaryDir m_bin; // a copy of shopdeskctl that "nobody" may run, when the build folder is private
    QString m_unprivilegedCtl = QStringLiteral(SHOPDESKCTL_PATH);

    Run ctl(const QStringList &args, const QByteArray &input = {}, const QString &password = {},
            const QStringList &wrapper = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path());
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("SHOPDESK_FAST_HASH"), QStringLiteral("1"));
        env.remove(QStringLiteral("SHOPDESK_PASSWORD"));
        if (!password.isEmpty())
            env.insert(QStringLiteral("SHOPDESK_PASSWORD"), password);
        p.setProcessEnvironment(env);
        if (wrapper.isEmpty())
            p.start(QStringLiteral(SHOPDESKCTL_PATH), args);
        else
            p.start(wrapper.first(), wrapper.mid(1) + QStringList{m_unprivilegedCtl} + args);
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // A demo company in `dir`.
    QString demo(QTemporaryDir &dir, int employees = 12)
    {
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        const Run r = ctl({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--employees"),
                           QString::number(employees)});
        if (r.code != 0)
            qFatal("demo --employees %d: %s", employees, qPrintable(r.err)); // every size makes a company
        return path;
    }

    static bool isRoot()
    {
#ifdef Q_OS_WIN
        return false;
#else
        return geteuid() == 0;
#endif
    }

    // Root ignores file permissions: permission tests run the CLI as the unprivileged "nobody".
    static QStringList asUnprivileged()
    {
        return isRoot() ? QStringList{QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                                      QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")}
                        : QStringList{};
    }

private slots:
    // SUP-04: the cashier pays the demo's signed voucher once, with its reference; a clerk may not.
    void sup04_theCashierPaysASignedVoucherOnce()
    {
        QTemporaryDir dir;
        const QString path = demo(dir, 40); // enough people for the supplies demo's purchasing
        const QStringList admin = {QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("admin")};
        const Run signedList = ctl(admin
                                       + QStringList{QStringLiteral("vouchers"), QStringLiteral("list"),
                                                     QStringLiteral("--state"), QStringLiteral("signed")},
                                   {}, QStringLiteral("Admin2026"));
        QVERIFY2(signedList.code == 0, qPrintable(signedList.err));
        QVERIFY2(signedList.out.startsWith(QStringLiteral("PV-000001\t")), qPrintable(signedList.out));
        const QStringList pay = {QStringLiteral("vouchers"), QStringLiteral("pay"), QStringLiteral("PV-000001"),
                                 QStringLiteral("--ref"), QStringLiteral("网银 20261103-01")};
        const QStringList clerk = {QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("clerk")};
        QCOMPARE(ctl(clerk + pay, {}, QStringLiteral("Clerk2026")).code, 1); // not finance
        const Run paid = ctl(admin + pay, {}, QStringLiteral("Admin2026"));
        QVERIFY2(paid.code == 0, qPrintable(paid.err));
        QCOMPARE(ctl(admin + pay, {}, QStringLiteral("Admin2026")).code, 1); // once
        QCOMPARE(sqlite3(path,
                         QStringLiteral("SELECT state || ' ' || payment_reference FROM payment_vouchers "
                                        "WHERE id = 1")),
                 QStringLiteral("paid 网银 20261103-01"));
        QCOMPARE(ctl(admin + QStringList{QStringLiteral("vouchers"), QStringLiteral("pay"), QStringLiteral("PV-1")}, {},
                     QStringLiteral("Admin2026"))
                     .code,
                 2); // no reference
    }

    void initTestCase()
    {
        if (!isRoot() || ctl({QStringLiteral("--version")}, {}, {}, asUnprivileged()).code == 0)
            return;
        // The build folder is closed to other users (a clone under /root): run a copy.
        m_unprivilegedCtl = m_bin.filePath(QStringLiteral("shopdeskctl"));
        QVERIFY(QFile::copy(QStringLiteral(SHOPDESKCTL_PATH), m_unprivilegedCtl));
        const auto open = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
            | QFileDevice::ReadOther | QFileDevice::ExeOther;
        QFile::setPermissions(m_bin.path(), open);
        QFile::setPermissions(m_unprivilegedCtl, open);
        QCOMPARE(ctl({QStringLiteral("--version")}, {}, {}, asUnprivileged()).code, 0);
    }

    void versionAndHelp()
    {
        const Run v = ctl({QStringLiteral("--version")});
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("shopdeskctl ")));
        const Run h = ctl({QStringLiteral("--help")});
        QCOMPARE(h.code, 0);
        QVERIFY(h.out.contains(QStringLiteral("verify")));
        QCOMPARE(ctl({}).code, 2);
        const Run unknown = ctl({QStringLiteral("--db"), QStringLiteral("x.db"), QStringLiteral("frobnicate")});
        QCOMPARE(unknown.code, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("frobnicate")));
    }

    void initReadsThePasswordTwice()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        const QStringList args = {QStringLiteral("--db"),     path,
                                  QStringLiteral("init"),     QStringLiteral("--company"),
                                  QStringLiteral("示例公司"), QStringLiteral("--admin"),
                                  QStringLiteral("boss")};
        const Run differ = ctl(args, "Boss2026\nBoss2027\n");
        QCOMPARE(differ.code, 1);
        QVERIFY(differ.err.contains(QStringLiteral("differ")));
        QVERIFY(!QFile::exists(path));
        const Run weak = ctl(args, "boss\nboss\n");
        QCOMPARE(weak.code, 1);
        QVERIFY(!QFile::exists(path));
        const Run made = ctl(args, "Boss2026\nBoss2026\n");
        QVERIFY2(made.code == 0, qPrintable(made.err));
        QVERIFY(made.out.contains(QStringLiteral("示例公司")));
        const Run again = ctl(args, "Boss2026\nBoss2026\n");
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QStringLiteral("already exists")));
        QCOMPARE(ctl({QStringLiteral("--db"), path, QStringLiteral("init")}).code, 2);
    }

    void demoIsReproducibleFromItsSeed()
    {
        QTemporaryDir dir;
        QStringList dumps;
        for (const char *name : {"a.db", "b.db"}) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            const Run r = ctl({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--employees"),
                               QStringLiteral("25"), QStringLiteral("--seed"), QStringLiteral("7")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY(r.out.contains(QStringLiteral("admin / Admin2026")));
            dumps << sqlite3(
                path, QStringLiteral("SELECT staff_no, name, clock_pin, department_id FROM employees ORDER BY id"));
        }
        QCOMPARE(dumps[0], dumps[1]);
        QCOMPARE(dumps[0].count(QLatin1Char('\n')) + 1, 25);
        QVERIFY(dumps[0].contains(QStringLiteral("|1001|"))); // time-clock PINs from 1001
        // OT-02: the demo's rest-day overtime is in the comp-time ledger, hour for hour.
        const QString a = dir.filePath(QStringLiteral("a.db"));
        const QString overtimeHours =
            sqlite3(a,
                    QStringLiteral("SELECT total((julianday(to_at) - julianday(from_at)) * 24) FROM time_filings "
                                   "WHERE kind = 'overtime'"));
        QVERIFY(overtimeHours.toDouble() > 0);
        QCOMPARE(sqlite3(a, QStringLiteral("SELECT total(hours) FROM comp_time_ledger")).toDouble(),
                 overtimeHours.toDouble());
        // Issue 15: a year of finance: twelve months of cash journal, the ten before last closed,
        // the box never below zero at a close, and the same again from the same seed.
        // (Eleven when today is a weekend on the 1st: this month has no working day yet.)
        QVERIFY(sqlite3(a, QStringLiteral("SELECT count(DISTINCT substr(day, 1, 7)) FROM cash_entries")).toInt() >= 11);
        QCOMPARE(sqlite3(a, QStringLiteral("SELECT count(*) FROM period_locks WHERE kind = 'finance'")),
                 QStringLiteral("10"));
        QCOMPARE(sqlite3(a, QStringLiteral("SELECT count(*) FROM cash_days WHERE counted_fen < 0")),
                 QStringLiteral("0"));
        const QString journal =
            QStringLiteral("SELECT day, direction, amount_fen, purpose FROM cash_entries ORDER BY id");
        QCOMPARE(sqlite3(a, journal), sqlite3(dir.filePath(QStringLiteral("b.db")), journal));
        const Run bigger = ctl({QStringLiteral("--db"), dir.filePath(QStringLiteral("d.db")), QStringLiteral("demo"),
                                QStringLiteral("--employees"), QStringLiteral("25"), QStringLiteral("--cash-per-day"),
                                QStringLiteral("20")});
        QVERIFY2(bigger.code == 0, qPrintable(bigger.err));
        QVERIFY(
            sqlite3(dir.filePath(QStringLiteral("d.db")), QStringLiteral("SELECT count(*) FROM cash_entries")).toInt()
            > 20 * 240);
        const Run bad = ctl({QStringLiteral("--db"), dir.filePath(QStringLiteral("c.db")), QStringLiteral("demo"),
                             QStringLiteral("--employees"), QStringLiteral("many")});
        QCOMPARE(bad.code, 2);
    }

    void demoUsersCanSignIn()
    {
        QTemporaryDir dir;
        const QString path = demo(dir);
        for (const auto &[user, password] :
             {std::pair{"admin", "Admin2026"}, {"manager", "Manager2026"}, {"clerk", "Clerk2026"}}) {
            auto db = CompanyDatabase::open(path);
            QVERIFY(db);
            FixedClock clock(QDateTime::currentDateTimeUtc());
            auto login = AuthService(**db, clock).login(QString::fromLatin1(user), QString::fromLatin1(password));
            QVERIFY2(login, qPrintable(login.error()));
            QVERIFY(!login->mustChangePassword);
        }
    }

    void userAddDisableReset()
    {
        QTemporaryDir dir;
        const QString path = demo(dir);
        const QStringList db = {QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("admin")};
        const Run add =
            ctl(db
                    + QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhao"),
                                  QStringLiteral("--level"), QStringLiteral("clerk"), QStringLiteral("--scope"),
                                  QStringLiteral("hr"), QStringLiteral("--role"), QStringLiteral("hr")},
                "Zhao2026\nZhao2026\n", QStringLiteral("Admin2026"));
        QVERIFY2(add.code == 0, qPrintable(add.err));
        QCOMPARE(sqlite3(path, QStringLiteral("SELECT level FROM users WHERE username = 'zhao'")),
                 QStringLiteral("clerk"));
        QCOMPARE(sqlite3(path, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'user.create'")),
                 QStringLiteral("1"));

        const Run reset = ctl(db + QStringList{QStringLiteral("user"), QStringLiteral("reset"), QStringLiteral("zhao")},
                              "Again2026\nAgain2026\n", QStringLiteral("Admin2026"));
        QVERIFY2(reset.code == 0, qPrintable(reset.err));
        const Run disable =
            ctl(db + QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("zhao")}, {},
                QStringLiteral("Admin2026"));
        QVERIFY2(disable.code == 0, qPrintable(disable.err));
        QCOMPARE(sqlite3(path, QStringLiteral("SELECT disabled FROM users WHERE username = 'zhao'")),
                 QStringLiteral("1"));
        const Run nobody =
            ctl(db + QStringList{QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("ghost")}, {},
                QStringLiteral("Admin2026"));
        QCOMPARE(nobody.code, 1);
        QVERIFY(nobody.err.contains(QStringLiteral("ghost")));
    }

    void changesNeedASignInWithPermission()
    {
        QTemporaryDir dir;
        const QString path = demo(dir);
        const QStringList add = {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("eve")};
        const Run noUser = ctl(QStringList{QStringLiteral("--db"), path} + add, "Eve12345\nEve12345\n");
        QCOMPARE(noUser.code, 1);
        QVERIFY(noUser.err.contains(QStringLiteral("--user")));
        const QStringList asAdmin = {QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("admin")};
        const Run noPassword = ctl(asAdmin + add, "Eve12345\nEve12345\n");
        QCOMPARE(noPassword.code, 1);
        QVERIFY(noPassword.err.contains(QStringLiteral("SHOPDESK_PASSWORD")));
        const Run wrong = ctl(asAdmin + add, "Eve12345\nEve12345\n", QStringLiteral("Wrong2026"));
        QCOMPARE(wrong.code, 1);
        QVERIFY(wrong.err.contains(QStringLiteral("Wrong user name or password")));
        const QStringList asClerk = {QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("clerk")};
        const Run refused = ctl(asClerk + add, "Eve12345\nEve12345\n", QStringLiteral("Clerk2026"));
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.err.contains(QStringLiteral("permission")));
        QCOMPARE(sqlite3(path, QStringLiteral("SELECT count(*) FROM users WHERE username = 'eve'")),
                 QStringLiteral("0"));
    }

    void migrateAndVerify()
    {
        QTemporaryDir dir;
        const QString path = demo(dir);
        const Run migrate = ctl({QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("admin"),
                                 QStringLiteral("migrate")},
                                {}, QStringLiteral("Admin2026"));
        QVERIFY2(migrate.code == 0, qPrintable(migrate.err));
        QVERIFY(migrate.out.contains(QStringLiteral("Schema version")));
        const Run ok = ctl({QStringLiteral("--db"), path, QStringLiteral("verify")});
        QVERIFY2(ok.code == 0, qPrintable(ok.out + ok.err));
        QVERIFY(ok.out.contains(QStringLiteral("sound")));
        sqlite3(
            path,
            QStringLiteral("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET username = 'someone' WHERE id = 1"));
        const Run tampered = ctl({QStringLiteral("--db"), path, QStringLiteral("verify")});
        QCOMPARE(tampered.code, 3);
        QVERIFY(tampered.out.contains(QStringLiteral("record 1")));
        QVERIFY(tampered.out.contains(QStringLiteral("audit_log_no_update")));
    }

    // Issue 20, step 14: the demo company moved to a database server, where it is the same company.
    void issue20_transferMovesTheDemoCompanyToAServerAndBack()
    {
        SKIP_WITHOUT_POSTGRES();
        QTemporaryDir dir;
        const QString file = demo(dir, 8);
        const QString url = emptyPostgresDatabase(QStringLiteral("shopdesk_cli_transfer"));
        const int recordsMoved = sqlite3(file, QStringLiteral("SELECT max(id) FROM audit_log")).toInt();
        const QStringList transfer{
            QStringLiteral("--db"), file, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("transfer"),
            QStringLiteral("--to"), url};
        const Run moved = ctl(transfer, {}, QStringLiteral("Admin2026"));
        QVERIFY2(moved.code == 0, qPrintable(moved.out + moved.err));
        QVERIFY2(moved.out.contains(QStringLiteral("  orders\t")) && moved.out.contains(QStringLiteral("verifies")),
                 qPrintable(moved.out));
        QVERIFY(!moved.out.contains(u':' + postgresTestUrl().password() + u'@'));

        // There: sound, and the same answers as the file gives (the server has one audit record
        // more, the transfer's).
        const QString server = QUrl(url).adjusted(QUrl::RemovePassword).toString();
        qputenv("PGPASSWORD", postgresTestUrl().password().toUtf8());
        const Run verified = ctl({QStringLiteral("--db"), server, QStringLiteral("verify")});
        QVERIFY2(verified.code == 0 && verified.out.contains(QStringLiteral("sound")),
                 qPrintable(verified.out + verified.err));
        // The same totals, and the contracts' text search, whose index the copy made from the pages.
        const QStringList search{QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("contracts"),
                                 QStringLiteral("search"), QStringLiteral("合同")};
        const Run inFile = ctl(QStringList{QStringLiteral("--db"), file} + search, {}, QStringLiteral("Admin2026"));
        QVERIFY2(inFile.code == 0 && !inFile.out.isEmpty(), qPrintable(inFile.out + inFile.err));
        auto answersAsTheFile = [&](const QString &copy, int transfers) {
            for (const char *sql :
                 {"SELECT count(*) || ' ' || coalesce(sum(total_minor), 0) FROM orders", "SELECT count(*) FROM punches",
                  "SELECT count(*) || ' ' || coalesce(sum(amount_fen), 0) FROM cash_entries",
                  "SELECT count(*) FROM contract_attachment_pages",
                  "SELECT name FROM employees ORDER BY id DESC LIMIT 1"}) {
                const QString original = sqlite3(file, QString::fromLatin1(sql));
                QVERIFY2(!original.isEmpty(), sql);
                QCOMPARE(sqlite3(copy, QString::fromLatin1(sql)), original);
            }
            // Every record the file had when it moved, then the transfers' (and sign-ins since).
            QCOMPARE(sqlite3(copy, QStringLiteral("SELECT count(*) FROM audit_log WHERE id <= %1").arg(recordsMoved)),
                     QString::number(recordsMoved));
            QCOMPARE(sqlite3(copy, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'company.transfer'")),
                     QString::number(transfers));
            const Run found = ctl(QStringList{QStringLiteral("--db"), copy} + search, {}, QStringLiteral("Admin2026"));
            QCOMPARE(found.out, inFile.out);
        };
        answersAsTheFile(url, 1);
        if (QTest::currentTestFailed())
            return;

        // And back from the server into a new file, which is sound and answers the same again.
        const QString back = dir.filePath(QStringLiteral("back.db"));
        const Run returned = ctl({QStringLiteral("--db"), server, QStringLiteral("--user"), QStringLiteral("admin"),
                                  QStringLiteral("transfer"), QStringLiteral("--to"), back},
                                 {}, QStringLiteral("Admin2026"));
        QVERIFY2(returned.code == 0 && returned.out.contains(QStringLiteral("verifies")),
                 qPrintable(returned.out + returned.err));
        const Run backVerified = ctl({QStringLiteral("--db"), back, QStringLiteral("verify")});
        QVERIFY2(backVerified.code == 0 && backVerified.out.contains(QStringLiteral("sound")),
                 qPrintable(backVerified.out + backVerified.err));
        answersAsTheFile(back, 2);
        if (QTest::currentTestFailed())
            return;

        // Once: the server's database is no longer empty.
        const Run again = ctl(transfer, {}, QStringLiteral("Admin2026"));
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("not empty")), qPrintable(again.err));
    }

    // Issue 20, step 12: the groups a server's company is worked in, made by its owner.
    void issue20_serverRolesMakesTheGroups()
    {
        SKIP_WITHOUT_POSTGRES();
        const QString name = QStringLiteral("shopdesk_cli_roles");
        const QString url = emptyPostgresDatabase(name);
        dropCompanyRoles(name);
        FixedClock clock(testNow());
        QVERIFY(CompanyDatabase::create(url, QStringLiteral("测试公司"), QStringLiteral("admin"),
                                        QStringLiteral("Admin2026"), clock));
        qputenv("PGPASSWORD", postgresTestUrl().password().toUtf8());
        const QString server = QUrl(url).adjusted(QUrl::RemovePassword).toString();
        const Run made = ctl({QStringLiteral("--db"), server, QStringLiteral("--user"), QStringLiteral("admin"),
                              QStringLiteral("server-roles")},
                             {}, QStringLiteral("Admin2026"));
        QVERIFY2(made.code == 0 && made.out.contains(name + QStringLiteral("_write")), qPrintable(made.out + made.err));
        const auto may = [&](const QString &group, const QString &table, const QString &right) {
            return sqlite3(
                url, QStringLiteral("SELECT has_table_privilege('%1_%2', '%3', '%4')").arg(name, group, table, right));
        };
        QCOMPARE(may(QStringLiteral("write"), QStringLiteral("orders"), QStringLiteral("INSERT")), QStringLiteral("t"));
        QCOMPARE(may(QStringLiteral("write"), QStringLiteral("orders"), QStringLiteral("UPDATE")), QStringLiteral("f"));
        QCOMPARE(may(QStringLiteral("write"), QStringLiteral("audit_log"), QStringLiteral("DELETE")),
                 QStringLiteral("f"));
        QCOMPARE(may(QStringLiteral("write"), QStringLiteral("users"), QStringLiteral("UPDATE")), QStringLiteral("t"));
        QCOMPARE(may(QStringLiteral("admin"), QStringLiteral("settings"), QStringLiteral("UPDATE")),
                 QStringLiteral("t"));
        QCOMPARE(may(QStringLiteral("read"), QStringLiteral("users"), QStringLiteral("SELECT")), QStringLiteral("t"));
        QCOMPARE(may(QStringLiteral("read"), QStringLiteral("users"), QStringLiteral("UPDATE")), QStringLiteral("f"));
        QCOMPARE(may(QStringLiteral("read"), QStringLiteral("settings"), QStringLiteral("INSERT")),
                 QStringLiteral("f"));
        QCOMPARE(sqlite3(url, QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")),
                 QStringLiteral("server.roles"));

        // Step 12: every user is a login of their own. A PC names no login in the address; each
        // person signs in to the server with their ShopDesk name and password.
        QUrl company(url);
        company.setUserName(QString());
        company.setPassword(QString());
        const QString personal = company.toString();
        const Run added = ctl({QStringLiteral("--db"), personal, QStringLiteral("--user"), QStringLiteral("admin"),
                               QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("carol"),
                               QStringLiteral("--level"), QStringLiteral("reader")},
                              "Carol2026\nCarol2026\n", QStringLiteral("Admin2026"));
        QVERIFY2(added.code == 0, qPrintable(added.out + added.err));
        const QStringList asCarol{QStringLiteral("--db"),      personal,
                                  QStringLiteral("--user"),    QStringLiteral("carol"),
                                  QStringLiteral("approvals"), QStringLiteral("list")};
        const Run read = ctl(asCarol, {}, QStringLiteral("Carol2026"));
        QVERIFY2(read.code == 0, qPrintable(read.out + read.err));
        QCOMPARE(sqlite3(url,
                         QStringLiteral("SELECT username || ' ' || action FROM audit_log ORDER BY id DESC "
                                        "LIMIT 1")),
                 QStringLiteral("carol auth.login"));
        const Run wrong = ctl(asCarol, {}, QStringLiteral("Wrong2026"));
        QCOMPARE(wrong.code, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("4 attempts left")), qPrintable(wrong.err)); // refused, counted
        // A reader's login adds no user, whatever the program is told.
        const Run refusedAdd = ctl({QStringLiteral("--db"), personal, QStringLiteral("--user"), QStringLiteral("carol"),
                                    QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dave")},
                                   "Dave2026\nDave2026\n", QStringLiteral("Carol2026"));
        QCOMPARE(refusedAdd.code, 1);
        QCOMPARE(sqlite3(url, QStringLiteral("SELECT count(*) FROM users WHERE username = 'dave'")),
                 QStringLiteral("0"));

        // A company file has no such groups.
        QTemporaryDir dir;
        const QString file = demo(dir, 8);
        const Run refused = ctl({QStringLiteral("--db"), file, QStringLiteral("--user"), QStringLiteral("admin"),
                                 QStringLiteral("server-roles")},
                                {}, QStringLiteral("Admin2026"));
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("server")), qPrintable(refused.err));
        dropPostgresDatabase(name);
        dropCompanyRoles(name);
    }

    void approvalsListApproveReject()
    {
        QTemporaryDir dir;
        const QString path = demo(dir, 40); // the office then has its head and clerks
        qint64 id = 0;
        {
            auto db = CompanyDatabase::open(path);
            FixedClock clock(QDateTime::currentDateTimeUtc());
            auto admin = AuthService(**db, clock).login(QStringLiteral("admin"), QStringLiteral("Admin2026"));
            QVERIFY(admin);
            UserRecord clerk = *UserRepository(**db).findByName(QStringLiteral("clerk"));
            clerk.scopes.insert(QStringLiteral("hr"));
            auto requested = UserService(**db, clock).update(admin->actor, clerk);
            QVERIFY2(requested && *requested > 0, qPrintable(requested.error()));
            id = *requested;
        }
        const QStringList asManager = {QStringLiteral("--db"), path, QStringLiteral("--user"),
                                       QStringLiteral("manager"), QStringLiteral("approvals")};
        const Run list = ctl(asManager + QStringList{QStringLiteral("list")}, {}, QStringLiteral("Manager2026"));
        QVERIFY2(list.code == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(QLatin1Char('\n') + QString::number(id) + QLatin1Char('\t'))
                     || list.out.startsWith(QString::number(id) + QLatin1Char('\t')),
                 qPrintable(list.out));
        QVERIFY(list.out.contains(QStringLiteral("Permission change")));
        const Run noReason = ctl(asManager + QStringList{QStringLiteral("reject"), QString::number(id)}, {},
                                 QStringLiteral("Manager2026"));
        QCOMPARE(noReason.code, 1);
        QVERIFY(noReason.err.contains(QStringLiteral("reason")));
        const Run approve = ctl(asManager
                                    + QStringList{QStringLiteral("approve"), QString::number(id),
                                                  QStringLiteral("--comment"), QStringLiteral("agreed")},
                                {}, QStringLiteral("Manager2026"));
        QVERIFY2(approve.code == 0, qPrintable(approve.err));
        QVERIFY(approve.out.contains(QStringLiteral("approved")));
        QVERIFY(sqlite3(path,
                        QStringLiteral("SELECT group_concat(scope) FROM user_scopes s JOIN users u ON u.id = s.user_id "
                                       "WHERE u.username = 'clerk'"))
                    .contains(QStringLiteral("hr")));
        QCOMPARE(ctl(asManager + QStringList{QStringLiteral("approve"), QString::number(id)}, {},
                     QStringLiteral("Manager2026"))
                     .code,
                 1);
        QCOMPARE(ctl(asManager + QStringList{QStringLiteral("approve"), QStringLiteral("abc")}, {},
                     QStringLiteral("Manager2026"))
                     .code,
                 2);
    }

    // Issue 11 (1), FIN-04, APR-03: --by-phone names a user from the chart; the user the request is
    // about never records it; the approver confirms or disputes; disputes are listed for the GM.
    void fin04_phoneApprovalsThroughTheCommandLine()
    {
        QTemporaryDir dir;
        const QString path = demo(dir, 40);
        qint64 id = 0;
        {
            auto db = CompanyDatabase::open(path);
            FixedClock clock(QDateTime::currentDateTimeUtc());
            auto admin = AuthService(**db, clock).login(QStringLiteral("admin"), QStringLiteral("Admin2026"));
            QVERIFY(admin);
            UserRecord clerk = *UserRepository(**db).findByName(QStringLiteral("clerk"));
            clerk.scopes.insert(QStringLiteral("hr"));
            id = *UserService(**db, clock).update(admin->actor, clerk); // waits for the office head, manager
            NewUser office;
            office.userName = QStringLiteral("office2");
            office.level = Level::Clerk;
            office.password = QStringLiteral("Office2026");
            office.mustChangePassword = false;
            QVERIFY(UserService(**db, clock).create(admin->actor, office));
        }
        sqlite3(path,
                QStringLiteral("INSERT INTO user_scopes(user_id, scope) SELECT id, 'phone_approvals' FROM users WHERE "
                               "username = 'office2'"));
        auto as = [&](const char *user, const char *password, const QStringList &args) {
            return ctl(QStringList{QStringLiteral("--db"), path, QStringLiteral("--user"), QString::fromLatin1(user),
                                   QStringLiteral("approvals")}
                           + args,
                       {}, QString::fromLatin1(password));
        };
        const QString request = QString::number(id);
        // The clerk holds the right (the office, in the demo) but the request is about them.
        const Run own =
            as("clerk", "Clerk2026",
               {QStringLiteral("approve"), request, QStringLiteral("--by-phone"), QStringLiteral("manager")});
        QCOMPARE(own.code, 1);
        QVERIFY2(own.err.contains(QStringLiteral("own request")), qPrintable(own.err));
        const Run wrongPerson =
            as("office2", "Office2026",
               {QStringLiteral("approve"), request, QStringLiteral("--by-phone"), QStringLiteral("clerk")});
        QCOMPARE(wrongPerson.code, 1);
        const Run nobody =
            as("office2", "Office2026",
               {QStringLiteral("approve"), request, QStringLiteral("--by-phone"), QStringLiteral("行政经理")});
        QCOMPARE(nobody.code, 1); // a name typed in is no user
        const Run recorded =
            as("office2", "Office2026",
               {QStringLiteral("approve"), request, QStringLiteral("--by-phone"), QStringLiteral("manager"),
                QStringLiteral("--comment"), QStringLiteral("called at 9:10")});
        QVERIFY2(recorded.code == 0, qPrintable(recorded.err));
        const Run toAnswer = as("manager", "Manager2026", {QStringLiteral("list"), QStringLiteral("--phone")});
        QVERIFY2(toAnswer.out.startsWith(request + QStringLiteral("\tpending\t")), qPrintable(toAnswer.out));
        QCOMPARE(as("manager", "Manager2026", {QStringLiteral("dispute-phone"), request}).code, 1); // needs a reason
        const Run disputed = as("manager", "Manager2026",
                                {QStringLiteral("dispute-phone"), request, QStringLiteral("--comment"),
                                 QStringLiteral("nobody called me")});
        QVERIFY2(disputed.code == 0, qPrintable(disputed.err));
        const Run forGm = as("admin", "Admin2026", {QStringLiteral("list"), QStringLiteral("--phone")});
        QVERIFY2(forGm.out.startsWith(request + QStringLiteral("\tdisputed\t")), qPrintable(forGm.out));
        QCOMPARE(as("manager", "Manager2026", {QStringLiteral("confirm-phone"), request}).code, 1); // answered once
    }

    void punchesImportPreviewAndIdempotence()
    {
        QTemporaryDir dir;
        const QString db = demo(dir);
        const QString sample = QStringLiteral(SHOPDESK_TEST_DATA_DIR "/attendance/1_attlog.dat");
        const QStringList base{QStringLiteral("--db"),    db,
                               QStringLiteral("--user"),  QStringLiteral("admin"),
                               QStringLiteral("punches"), QStringLiteral("import")};
        const Run dry = ctl(base + QStringList{sample, QStringLiteral("--dry-run")}, {}, QStringLiteral("Admin2026"));
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        QVERIFY(dry.out.contains(QStringLiteral("Rows read: 168")));
        QVERIFY(dry.out.contains(QStringLiteral("Duplicates")));
        QVERIFY(dry.out.contains(QStringLiteral("nothing was written")));
        QCOMPARE(sqlite3(db,
                         QStringLiteral("SELECT count(*) FROM punches WHERE import_id IN (SELECT id FROM punch_imports "
                                        "WHERE file_name = '1_attlog.dat')")),
                 QStringLiteral("0"));
        const Run real = ctl(base + QStringList{sample, QStringLiteral("--format"), QStringLiteral("zkteco")}, {},
                             QStringLiteral("Admin2026"));
        QVERIFY2(real.code == 0, qPrintable(real.err));
        QVERIFY(real.out.contains(QStringLiteral("Imported")));
        const Run again = ctl(base + QStringList{sample}, {}, QStringLiteral("Admin2026"));
        QCOMPARE(again.code, 0);
        QVERIFY(again.out.contains(QStringLiteral("New punches: 0")));
        // A file it cannot read: non-zero, named. A wrong option: usage.
        const Run bad =
            ctl(base + QStringList{QStringLiteral(SHOPDESK_TEST_DATA_DIR "/fuzz/open_database/seed-company.db")}, {},
                QStringLiteral("Admin2026"));
        QCOMPARE(bad.code, 1);
        const Run missing =
            ctl(base + QStringList{dir.filePath(QStringLiteral("absent.dat"))}, {}, QStringLiteral("Admin2026"));
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("absent.dat")));
        QCOMPARE(ctl(base + QStringList{sample, QStringLiteral("--encoding"), QStringLiteral("latin9")}).code, 2);
    }

    void att11_attendanceReportFiles()
    {
        QTemporaryDir dir;
        const QString db = demo(dir);
        const QStringList base{
            QStringLiteral("--db"),       db,
            QStringLiteral("--user"),     QStringLiteral("admin"),
            QStringLiteral("attendance"), QStringLiteral("report"),
            QStringLiteral("--month"),    QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"))};
        for (const char *format : {"pdf", "xlsx", "csv"}) {
            const QString out = dir.filePath(QStringLiteral("report.") + QString::fromLatin1(format));
            const Run r = ctl(base
                                  + QStringList{QStringLiteral("--format"), QString::fromLatin1(format),
                                                QStringLiteral("--out"), out},
                              {}, QStringLiteral("Admin2026"));
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray head = f.read(5);
            QVERIFY(head.startsWith(format[0] == 'p' ? "%PDF" : format[0] == 'x' ? "PK" : "\xEF\xBB\xBF"));
        }
        const Run csv = ctl(base
                                + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                              QStringLiteral("--dept"), QStringLiteral("行政部"),
                                              QStringLiteral("--out"), dir.filePath(QStringLiteral("office.csv"))},
                            {}, QStringLiteral("Admin2026"));
        QVERIFY2(csv.code == 0, qPrintable(csv.err));
        QFile office(dir.filePath(QStringLiteral("office.csv")));
        QVERIFY(office.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = office.readAll().split('\n');
        QVERIFY(lines.size() > 2);
        QVERIFY(lines.size() < 12 + 2); // one department of the twelve people
        QCOMPARE(ctl(base
                     + QStringList{QStringLiteral("--format"), QStringLiteral("doc"), QStringLiteral("--out"),
                                   QStringLiteral("x")})
                     .code,
                 2);
        const Run noDept = ctl(base
                                   + QStringList{QStringLiteral("--format"), QStringLiteral("csv"),
                                                 QStringLiteral("--dept"), QStringLiteral("火星部"),
                                                 QStringLiteral("--out"), dir.filePath(QStringLiteral("x.csv"))},
                               {}, QStringLiteral("Admin2026"));
        QCOMPARE(noDept.code, 1);
        QVERIFY(noDept.err.contains(QStringLiteral("火星部")));
    }

    // Issue 11 (4), RULE DB-04: every export leaves an audit record naming who, what, month,
    // department, file and rows; without the export right nothing is written.
    void db04_everyExportLeavesAnAuditRecord()
    {
        QTemporaryDir dir;
        const QString db = demo(dir);
        const QString month = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
        const QString out = dir.filePath(QStringLiteral("office.csv"));
        const Run report = ctl({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                                QStringLiteral("attendance"), QStringLiteral("report"), QStringLiteral("--month"),
                                month, QStringLiteral("--dept"), QStringLiteral("行政部"), QStringLiteral("--format"),
                                QStringLiteral("csv"), QStringLiteral("--out"), out},
                               {}, QStringLiteral("Admin2026"));
        QVERIFY2(report.code == 0, qPrintable(report.err));
        const Run payroll = ctl({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("admin"),
                                 QStringLiteral("payroll"), QStringLiteral("export"), QStringLiteral("--month"), month,
                                 QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"),
                                 dir.filePath(QStringLiteral("payroll.xlsx"))},
                                {}, QStringLiteral("Admin2026"));
        QVERIFY2(payroll.code == 0, qPrintable(payroll.err));
        const QStringList records =
            sqlite3(db,
                    QStringLiteral(
                        "SELECT username || ' ' || after_json FROM audit_log WHERE action = 'data.export' ORDER BY id"))
                .split(QLatin1Char('\n'));
        QCOMPARE(records.size(), 2);
        const QJsonObject attendance =
            QJsonDocument::fromJson(records[0].section(QLatin1Char(' '), 1).toUtf8()).object();
        QVERIFY(records[0].startsWith(QStringLiteral("admin ")));
        QCOMPARE(attendance.value(QStringLiteral("file")).toString(), QStringLiteral("office.csv"));
        QCOMPARE(attendance.value(QStringLiteral("month")).toString(), month);
        QCOMPARE(attendance.value(QStringLiteral("department")).toString(), QStringLiteral("行政部"));
        QCOMPARE(attendance.value(QStringLiteral("format")).toString(), QStringLiteral("csv"));
        QFile csv(out);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(attendance.value(QStringLiteral("rows")).toInt(),
                 int(csv.readAll().trimmed().split('\n').size()) - 1); // less the header
        const QJsonObject lines = QJsonDocument::fromJson(records[1].section(QLatin1Char(' '), 1).toUtf8()).object();
        QCOMPARE(lines.value(QStringLiteral("file")).toString(), QStringLiteral("payroll.xlsx"));
        QCOMPARE(lines.value(QStringLiteral("format")).toString(), QStringLiteral("xlsx"));
        QVERIFY(lines.contains(QStringLiteral("rows")));
        QVERIFY2(
            payroll.out.startsWith(QString::number(lines.value(QStringLiteral("rows")).toInt()) + QLatin1Char(' ')),
            qPrintable(payroll.out));
        QCOMPARE(sqlite3(db,
                         QStringLiteral(
                             "SELECT count(*) FROM audit_log WHERE action = 'data.export' AND after_json LIKE '%%1%'")
                             .arg(month)),
                 QStringLiteral("2"));

        // The clerk has no export right: refused, no file, no record.
        const QString clerkOut = dir.filePath(QStringLiteral("clerk.csv"));
        const Run refused = ctl({QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("clerk"),
                                 QStringLiteral("payroll"), QStringLiteral("export"), QStringLiteral("--month"), month,
                                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), clerkOut},
                                {}, QStringLiteral("Clerk2026"));
        QCOMPARE(refused.code, 1);
        QVERIFY(!QFile::exists(clerkOut));
        QCOMPARE(sqlite3(db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'data.export'")),
                 QStringLiteral("2"));
    }

    void badFilesGiveClearErrors()
    {
        QTemporaryDir dir;
        const Run missing =
            ctl({QStringLiteral("--db"), dir.filePath(QStringLiteral("gone.db")), QStringLiteral("verify")});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains(QStringLiteral("gone.db")));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("gone.db"))));

        const QString text = dir.filePath(QStringLiteral("notes.db"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("just some notes");
        f.close();
        const Run notDb = ctl({QStringLiteral("--db"), text, QStringLiteral("verify")});
        QCOMPARE(notDb.code, 1);
        QVERIFY(notDb.err.contains(QStringLiteral("not a ShopDesk database")));
    }

    void db06_newerDatabaseIsNeverWritten()
    {
        QTemporaryDir dir;
        const QString path = demo(dir);
        sqlite3(path,
                QStringLiteral("INSERT INTO schema_migrations VALUES (9999, 'future', 'x', '2030-01-01T00:00:00Z')"));
        const QString before = sqlite3(path, QStringLiteral("SELECT count(*) FROM audit_log"));
        const Run add = ctl({QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("admin"),
                             QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("late")},
                            "Late2026\nLate2026\n", QStringLiteral("Admin2026"));
        QCOMPARE(add.code, 1);
        QVERIFY2(add.err.contains(QStringLiteral("9999")), qPrintable(add.err));
        QCOMPARE(sqlite3(path, QStringLiteral("SELECT count(*) FROM audit_log")), before);
        const Run migrate = ctl({QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("admin"),
                                 QStringLiteral("migrate")},
                                {}, QStringLiteral("Admin2026"));
        QCOMPARE(migrate.code, 1);
    }

    void readOnlyFileCanBeReadNotWritten()
    {
        QTemporaryDir dir;
        const QString path = demo(dir);
        QFile::setPermissions(dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadOther);
        const QStringList as = asUnprivileged();
        const Run verify = ctl({QStringLiteral("--db"), path, QStringLiteral("verify")}, {}, {}, as);
        QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
        const Run add = ctl({QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("admin"),
                             QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("ro")},
                            "Read2026\nRead2026\n", QStringLiteral("Admin2026"), as);
        QCOMPARE(add.code, 1);
        QVERIFY2(add.err.contains(QStringLiteral("read-only")), qPrintable(add.err));
    }

    void folderWithoutWritePermissionIsAClearError()
    {
        QTemporaryDir dir;
        QFile::setPermissions(dir.path(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                  | QFileDevice::ReadOther | QFileDevice::ExeOther);
        const Run r =
            ctl({QStringLiteral("--db"), dir.filePath(QStringLiteral("x.db")), QStringLiteral("init"),
                 QStringLiteral("--company"), QStringLiteral("X"), QStringLiteral("--admin"), QStringLiteral("boss")},
                "Boss2026\nBoss2026\n", {}, asUnprivileged());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot create files")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "CliTest.moc"
