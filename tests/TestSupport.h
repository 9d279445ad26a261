#pragma once

#include "PostgresTestServer.h"
#include "common/Clock.h"
#include "database/CompanyCopy.h"
#include "database/CompanyDatabase.h"
#include "database/data/Database.h"
#include "database/data/PostgresMigration.h"
#include "organisation/data/OrgRepository.h"
#include "users/UserService.h"
#include "users/data/UserRepository.h"
#include "users/domain/Permissions.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <cstdlib>
#include <memory>

namespace shopdesk::test {

// A fixed moment for every test: rules about time are checked against a clock they control.
inline QDateTime testNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(1, 0), Qt::UTC);
}

// What the contracts area registers at start-up, for a test program without that area that
// copies a company between engines (CompanyCopy: a transfer, a server's backup): its companies
// have no contract pages to index.
inline void registerNoContractPagesToIndex()
{
    CompanyCopy::addDerivedTable(QStringLiteral("contract_page_grams"), [](Database &) { return success(); });
}

// Issue 20: the test companies on the PostgreSQL server (PostgresTestServer.h): one is created
// per test program as a template, each Company is a copy of it (CREATE DATABASE ... TEMPLATE, far
// quicker than migrating again) and is dropped with it. Without a server the
// program ends with 77, which CTest reports as skipped, unless SHOPDESK_TEST_PG_REQUIRED is set.
class PostgresCompanies
{
public:
    static QString make()
    {
        static int made = 0;
        const QString name = QStringLiteral("%1_%2").arg(templateName()).arg(++made);
        dropPostgresDatabase(name);
        runOnTestServer(QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(name, templateName()));
        return name;
    }

private:
    static QString templateName()
    {
        static const QString name = [] {
            if (postgresTestUrl().isEmpty()) {
                if (!qEnvironmentVariableIsEmpty("SHOPDESK_TEST_PG_REQUIRED"))
                    qFatal("SHOPDESK_TEST_ENGINE=postgresql needs SHOPDESK_TEST_PG_URL");
                qInfo("no PostgreSQL server (SHOPDESK_TEST_PG_URL): skipped");
                std::exit(77);
            }
            // One per test program, made anew by its next run (PostgreSQL folds unquoted names
            // to lower case).
            const QString made = QStringLiteral("shopdesk_t_%1").arg(QCoreApplication::applicationName().toLower());
            // Sign-ins after this reopen the database by its URL without the password.
            qputenv("PGPASSWORD", postgresTestUrl().password().toUtf8());
            emptyPostgresDatabase(made);
            FixedClock clock{testNow()};
            auto created = CompanyDatabase::create(postgresTestUrl(made), QStringLiteral("测试公司"),
                                                   QStringLiteral("admin"), QStringLiteral("Admin2026"), clock);
            if (!created)
                qFatal("cannot create the template company: %s", qPrintable(created.error()));
            return made; // its connections closed with `created`: a template must have none
        }();
        return name;
    }
};

// A new company database in a temporary folder, with admin / Admin2026. With
// SHOPDESK_TEST_ENGINE=postgresql (issue 20) a new database on the test server instead.
struct Company
{
    QTemporaryDir dir;
    FixedClock clock{testNow()};
    std::shared_ptr<Database> db;
    Actor admin;
    QString serverDatabase; // its name on the server; empty for a file

    explicit Company(const QString &file = QStringLiteral("company.db"))
    {
        if (onPostgres()) {
            serverDatabase = PostgresCompanies::make();
            auto opened = CompanyDatabase::open(postgresTestUrl(serverDatabase));
            if (!opened)
                qFatal("cannot open test company: %s", qPrintable(opened.error()));
            db = *opened;
        } else {
            auto created = CompanyDatabase::create(dir.filePath(file), QStringLiteral("测试公司"),
                                                   QStringLiteral("admin"), QStringLiteral("Admin2026"), clock);
            if (!created)
                qFatal("cannot create test company: %s", qPrintable(created.error()));
            db = *created;
        }
        admin.userId = 1;
        admin.userName = QStringLiteral("admin");
        admin.level = Level::DatabaseAdmin;
        admin.roles = {Role::GeneralManager};
    }
    ~Company()
    {
        db.reset();
        if (!serverDatabase.isEmpty()) {
            dropPostgresDatabase(serverDatabase);
            dropCompanyRoles(serverDatabase); // a test's groups and logins (ServerRoles), after the database
        }
    }
    Company(const Company &) = delete;
    Company &operator=(const Company &) = delete;
    QString path() const { return db->path(); }
    static bool onPostgres() { return qEnvironmentVariable("SHOPDESK_TEST_ENGINE") == QLatin1String("postgresql"); }
};

// In a test of what only a company file has (backups, journals, the file's locks and rights):
// skips it when the tests run on the PostgreSQL server.
#define SKIP_ON_SERVER(why)                                                                                            \
    do {                                                                                                               \
        if (shopdesk::test::Company::onPostgres())                                                                     \
            QSKIP("a company file's own: " why);                                                                       \
    } while (false)

// A small organisation chart on top of a Company: the GM (admin), the office with its head and
// two clerks, and a sales department whose head reports to the GM. Every person has a user.
struct Org
{
    Company company;
    qint64 gmEmployee = 0, officeHeadEmployee = 0, clerkEmployee = 0, clerk2Employee = 0, salesHeadEmployee = 0,
           loneEmployee = 0;
    Actor admin, head, clerk, clerk2, sales, lone;

    Org()
    {
        Database &db = *company.db;
        auto made = db.write([&]() -> Status {
            OrgRepository org(db);
            const qint64 office = *org.addDepartment(QStringLiteral("行政部"));
            const qint64 salesDept = *org.addDepartment(QStringLiteral("电商运营部"));
            auto person = [&](const char *no, const char *name, qint64 dept, qint64 supervisor) {
                EmployeeSummary e;
                e.staffNo = QString::fromLatin1(no);
                e.name = QString::fromUtf8(name);
                e.departmentId = dept;
                e.supervisorId = supervisor;
                return *org.addEmployee(e);
            };
            gmEmployee = person("E1", "总经理", 0, 0);
            officeHeadEmployee = person("E2", "行政经理", office, gmEmployee);
            clerkEmployee = person("E3", "行政专员", office, officeHeadEmployee);
            clerk2Employee = person("E4", "行政助理", office, officeHeadEmployee);
            salesHeadEmployee = person("E5", "运营经理", salesDept, gmEmployee);
            loneEmployee = person("E6", "新人", salesDept, 0);
            org.setDepartmentHead(office, officeHeadEmployee);
            org.setDepartmentHead(salesDept, salesHeadEmployee);
            return success();
        });
        if (!made)
            qFatal("org: %s", qPrintable(made.error()));
        admin = company.admin;
        UserRepository users(db);
        UserRecord a = *users.findById(1);
        a.employeeId = gmEmployee;
        db.write([&]() -> Status { return users.update(a) ? success() : fail(QStringLiteral("admin")); });
        admin.employeeId = gmEmployee;
        head = user(QStringLiteral("head"), officeHeadEmployee, Level::Clerk);
        clerk = user(QStringLiteral("clerk"), clerkEmployee, Level::Clerk);
        clerk2 = user(QStringLiteral("clerk2"), clerk2Employee, Level::Clerk);
        sales = user(QStringLiteral("sales"), salesHeadEmployee, Level::Clerk);
        lone = user(QStringLiteral("lone"), loneEmployee, Level::Reader);
    }

    Actor user(const QString &name, qint64 employee, Level level)
    {
        NewUser n;
        n.userName = name;
        n.employeeId = employee;
        n.level = level;
        n.password = QStringLiteral("Start2026");
        n.mustChangePassword = false;
        auto id = UserService(*company.db, company.clock).create(admin, n);
        if (!id)
            qFatal("org user: %s", qPrintable(id.error()));
        Actor a;
        a.userId = *id;
        a.userName = name;
        a.level = level;
        a.employeeId = employee;
        return a;
    }

    // Issue 12: `count` more people in the office, staff numbers P001, P002 ..., named 员工001 ...,
    // hired one day apart in 2020, the last number first.
    void addPeople(int count)
    {
        Database &db = *company.db;
        OrgRepository org(db);
        const qint64 office = org.employee(clerkEmployee)->departmentId;
        auto made = db.write([&]() -> Status {
            for (int i = 1; i <= count; ++i) {
                EmployeeSummary e;
                e.staffNo = QStringLiteral("P%1").arg(i, 3, 10, QLatin1Char('0'));
                e.name = QStringLiteral("员工%1").arg(i, 3, 10, QLatin1Char('0'));
                e.departmentId = office;
                e.hireDate = QDate(2020, 1, 1).addDays(count - i);
                if (auto id = org.addEmployee(e); !id)
                    return id.failure();
            }
            return success();
        });
        if (!made)
            qFatal("people: %s", qPrintable(made.error()));
    }
};

// Runs the sqlite3 tool on a file, as someone tampering behind the program's back would. For a
// company on the PostgreSQL test server (its URL, issue 20) the same through psql, which prints
// rows the way sqlite3 does (values joined by '|', nothing for NULL) and the server's refusal in
// place of sqlite3's (a trigger's words are the same on both engines); the SQL is spelled for the
// server as the migrations are (a trigger dropped or made again, one statement a line).
inline QString sqlite3(const QString &file, const QString &sql)
{
    QProcess p;
    if (Database::isServerUrl(file)) {
        // The password comes from PGPASSWORD, as PostgresCompanies set it; the server's notices
        // ("drop cascades to ...") are not sqlite3's.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGOPTIONS"), QStringLiteral("-c client_min_messages=warning"));
        p.setProcessEnvironment(env);
        p.start(QStandardPaths::findExecutable(QStringLiteral("psql")),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                 QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), file,
                 QStringLiteral("-c"), PostgresMigration::fromSqlite(sql)});
    } else {
        // A busy timeout, as the program's own connections have: a window's background work (the
        // automatic backup, the presence heartbeat) may hold the file for a moment.
        p.start(QStringLiteral(SQLITE3_PATH), {QStringLiteral("-cmd"), QStringLiteral(".timeout 5000"), file, sql});
    }
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()).trimmed();
}

// Issue 6, behaviour 3: true when another PC could commit right now, i.e. no query of ours was
// left unfinished holding a shared lock. The probe does not wait for locks at all.
inline bool anotherPcCanCommit(const QString &file)
{
    Database::Options impatient;
    impatient.busyTimeoutMs = 0;
    impatient.maxWriteAttempts = 1;
    auto other = Database::open(file, impatient);
    if (!other)
        return false;
    Status s = (*other)->write([&]() -> Status {
        QSqlQuery q = (*other)->query();
        return Database::execPrepared(q,
                                      QStringLiteral("INSERT INTO settings(key, value) VALUES ('test.probe', ?) "
                                                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                      {QDateTime::currentMSecsSinceEpoch()});
    });
    return s.ok();
}

} // namespace shopdesk::test
