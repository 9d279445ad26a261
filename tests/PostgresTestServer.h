#pragma once
// Issue 20: the PostgreSQL server the tests may use, named by SHOPDESK_TEST_PG_URL
// (postgresql://user:password@host:port/database; `./dev test` starts Debian's and sets it).
// Without one a test's PostgreSQL part is skipped, unless SHOPDESK_TEST_PG_REQUIRED is set (CI),
// when it fails.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUrl>

namespace shopdesk::test {

inline QUrl postgresTestUrl()
{
    return QUrl(qEnvironmentVariable("SHOPDESK_TEST_PG_URL"));
}

// The URL of another database on the test server.
inline QString postgresTestUrl(const QString &database)
{
    QUrl url = postgresTestUrl();
    url.setPath(u'/' + database);
    return url.toString();
}

// Opens a QPSQL connection `name` to the test server's database, or to `database` on it.
inline QString openPostgres(const QString &name, const QString &database = {})
{
    const QUrl server = postgresTestUrl();
    if (!server.isValid() || server.scheme() != QLatin1String("postgresql"))
        return QStringLiteral("SHOPDESK_TEST_PG_URL is not a postgresql:// URL: ") + server.toString();
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return QStringLiteral("Qt's QPSQL driver (libqt6sql6-psql) is not installed");
    QSqlDatabase pg = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    pg.setHostName(server.host());
    pg.setPort(server.port(5432));
    pg.setDatabaseName(database.isEmpty() ? server.path().mid(1) : database);
    pg.setUserName(server.userName());
    pg.setPassword(server.password());
    return pg.open() ? QString() : pg.lastError().text();
}

// Runs `sql` on the test server's own database (making and dropping the tests' databases); a
// failure ends the program. A database is dropped WITH (FORCE), which still fails while the
// server's autovacuum works in it (only a superuser may end that): a DROP is tried again for a while.
inline void runOnTestServer(const QString &sql)
{
    const QString admin = QStringLiteral("test-server-admin");
    if (!QSqlDatabase::contains(admin)) {
        if (const QString problem = openPostgres(admin); !problem.isEmpty())
            qFatal("PostgreSQL test server: %s", qPrintable(problem));
        QSqlQuery(QSqlDatabase::database(admin)).exec(QStringLiteral("SET client_min_messages = warning"));
    }
    for (int attempt = 1;; ++attempt) {
        QSqlQuery q(QSqlDatabase::database(admin));
        if (q.exec(sql))
            return;
        if (attempt == 50 || !sql.startsWith(QLatin1String("DROP DATABASE")))
            qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        QThread::msleep(100);
    }
}

// The first value `sql` gives on the test server's own database (the server's roles are the
// same from every database).
inline QVariant valueOnTestServer(const QString &sql)
{
    runOnTestServer(QStringLiteral("SELECT 1")); // the administrator's connection, made once
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("test-server-admin")));
    if (!q.exec(sql) || !q.next())
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
    return q.value(0);
}

inline void dropPostgresDatabase(const QString &name)
{
    runOnTestServer(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

// The server's roles of the company database `name` (issue 20, step 12: its groups and its
// users' logins), which outlive the database: dropped after it.
inline void dropCompanyRoles(const QString &name)
{
    runOnTestServer(QStringLiteral("DO $$DECLARE r text; BEGIN FOR r IN SELECT rolname FROM pg_roles "
                                   "WHERE starts_with(rolname, '%1.') OR rolname IN ('%1_read', '%1_write', "
                                   "'%1_admin', '%1_gate') LOOP EXECUTE format('DROP ROLE %I', r); END LOOP; END$$")
                        .arg(name));
}

// Whether `user` with `password` gets in to the database of `url` (the server checks both).
inline bool serverAccepts(const QString &url, const QString &user, const QString &password)
{
    const QUrl server(url);
    const QString name = QStringLiteral("login-try");
    bool accepted = false;
    {
        QSqlDatabase pg = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        pg.setHostName(server.host());
        pg.setPort(server.port(5432));
        pg.setDatabaseName(server.path().mid(1));
        pg.setUserName(user);
        pg.setPassword(password);
        accepted = pg.open();
        pg.close();
    }
    QSqlDatabase::removeDatabase(name);
    return accepted;
}

// A new, empty database `name` on the test server (dropped first if a run left it), by its URL.
inline QString emptyPostgresDatabase(const QString &name)
{
    dropPostgresDatabase(name);
    runOnTestServer(QStringLiteral("CREATE DATABASE %1").arg(name));
    return postgresTestUrl(name);
}

} // namespace shopdesk::test

// In a test function: skips it without a server (fails in CI, where one must be there).
#define SKIP_WITHOUT_POSTGRES()                                                                                        \
    do {                                                                                                               \
        if (shopdesk::test::postgresTestUrl().isEmpty()) {                                                             \
            if (!qEnvironmentVariableIsEmpty("SHOPDESK_TEST_PG_REQUIRED"))                                             \
                QFAIL("SHOPDESK_TEST_PG_REQUIRED is set, but no PostgreSQL server: set SHOPDESK_TEST_PG_URL");         \
            QSKIP("no PostgreSQL server (SHOPDESK_TEST_PG_URL)");                                                      \
        }                                                                                                              \
    } while (false)
