// Issue 20: each of SqlDialect's pieces of SQL gives the same answer on SQLite and on PostgreSQL
// (the server of PostgresTestServer.h; without one the PostgreSQL rows are skipped, or in CI fail).
#include "database/data/SqlDialect.h"
#include "PostgresTestServer.h"
#include "common/Clock.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

using namespace shopdesk;

class SqlDialectTest : public QObject
{
    Q_OBJECT

    static constexpr auto kSqlite = "dialect-sqlite";
    static constexpr auto kPostgres = "dialect-postgres";

    // The connection of this row's engine, or why there is none.
    static QSqlDatabase connectionOf(const QString &engine)
    {
        return QSqlDatabase::database(engine == QLatin1String("sqlite") ? QLatin1String(kSqlite)
                                                                        : QLatin1String(kPostgres));
    }

    // Skips (or, in CI, fails) a PostgreSQL row without a server.
    static bool serverMissing(const QString &engine)
    {
        return engine == QLatin1String("postgresql") && !QSqlDatabase::database(QLatin1String(kPostgres)).isOpen();
    }

    static QVariant value(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
    {
        QSqlQuery q(db);
        if (!q.prepare(sql))
            qFatal("cannot prepare %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        for (const QVariant &v : binds)
            q.addBindValue(v);
        if (!q.exec() || !q.next())
            qFatal("cannot run %s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return q.value(0);
    }

    // Rows of one text column, in a temporary table as a repository's would be.
    static void fill(const QSqlDatabase &db, const QStringList &texts)
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP TABLE IF EXISTS texts")));
        QVERIFY2(q.exec(QStringLiteral("CREATE TEMPORARY TABLE texts(x TEXT)")), qPrintable(q.lastError().text()));
        for (const QString &t : texts) {
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO texts(x) VALUES (?)")));
            q.addBindValue(t);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }

    static void engines()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("SQLite") << QStringLiteral("sqlite");
        QTest::newRow("PostgreSQL") << QStringLiteral("postgresql");
    }

#define ENGINE_OR_SKIP()                                                                                               \
    QFETCH(QString, engine);                                                                                           \
    if (serverMissing(engine))                                                                                         \
        SKIP_WITHOUT_POSTGRES();                                                                                       \
    const QSqlDatabase db = connectionOf(engine);                                                                      \
    const SqlDialect sql = SqlDialect::of(db)

private slots:
    void initTestCase()
    {
        QSqlDatabase lite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QLatin1String(kSqlite));
        lite.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(lite.open());
        if (test::postgresTestUrl().isEmpty())
            return;
        const QString problem = test::openPostgres(QLatin1String(kPostgres));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void theEngineIsKnownByItsDriver_data()
    {
        engines();
    }
    void theEngineIsKnownByItsDriver()
    {
        ENGINE_OR_SKIP();
        QCOMPARE(sql.engine(), engine == QLatin1String("sqlite") ? SqlEngine::Sqlite : SqlEngine::Postgres);
    }

    void aStoredInstantFallsOnChinasDayAndMonth_data()
    {
        engines();
    }
    void aStoredInstantFallsOnChinasDayAndMonth()
    {
        // 16:00 UTC on New Year's Eve is already New Year's Day in Beijing (UTC+8).
        ENGINE_OR_SKIP();
        const QDateTime lastSecond(QDate(2026, 12, 31), QTime(15, 59, 59), Qt::UTC);
        fill(db, {toStoredInstant(lastSecond), toStoredInstant(lastSecond.addSecs(1))});
        const auto at = [&](const QString &expression, const QString &order) {
            return value(db, QStringLiteral("SELECT %1 FROM texts ORDER BY x %2 LIMIT 1").arg(expression, order))
                .toString();
        };
        const int china = 8 * 3600;
        QCOMPARE(at(sql.dayAt(QStringLiteral("x"), china), QStringLiteral("ASC")), QStringLiteral("2026-12-31"));
        QCOMPARE(at(sql.dayAt(QStringLiteral("x"), china), QStringLiteral("DESC")), QStringLiteral("2027-01-01"));
        QCOMPARE(at(sql.monthAt(QStringLiteral("x"), china), QStringLiteral("ASC")), QStringLiteral("2026-12"));
        QCOMPARE(at(sql.monthAt(QStringLiteral("x"), china), QStringLiteral("DESC")), QStringLiteral("2027-01"));
        // West of UTC, the same instants are still the 31st.
        QCOMPARE(at(sql.dayAt(QStringLiteral("x"), -5 * 3600), QStringLiteral("DESC")), QStringLiteral("2026-12-31"));
        QCOMPARE(at(sql.dayAt(QStringLiteral("x"), 0), QStringLiteral("DESC")), QStringLiteral("2026-12-31"));
    }

    void aStoredInstantFallsOnThisPcsDayWithSummerTime_data()
    {
        engines();
    }
    void aStoredInstantFallsOnThisPcsDayWithSummerTime()
    {
        // The budget's use counts a voucher on the day the PC's calendar showed; ctest runs this
        // in New York's zone, whose offset changes between January and July.
        ENGINE_OR_SKIP();
        for (const QDateTime &utc :
             {QDateTime(QDate(2026, 1, 1), QTime(4, 30), Qt::UTC), QDateTime(QDate(2026, 1, 1), QTime(5, 30), Qt::UTC),
              QDateTime(QDate(2026, 7, 1), QTime(3, 30), Qt::UTC),
              QDateTime(QDate(2026, 7, 1), QTime(4, 30), Qt::UTC)}) {
            fill(db, {toStoredInstant(utc)});
            QCOMPARE(
                value(db, QStringLiteral("SELECT %1 FROM texts").arg(sql.localDay(QStringLiteral("x")))).toString(),
                utc.toLocalTime().date().toString(Qt::ISODate));
        }
    }

    void theSecondsBetweenTwoInstants_data()
    {
        engines();
    }
    void theSecondsBetweenTwoInstants()
    {
        ENGINE_OR_SKIP();
        const QString accepted = QStringLiteral("'2026-12-04T10:00:00Z'");
        const auto seconds = [&](const QString &to) {
            return value(db, QStringLiteral("SELECT %1").arg(sql.secondsBetween(accepted, to)));
        };
        QCOMPARE(seconds(QStringLiteral("'2026-12-04T10:10:00Z'")).toDouble(), 600.0); // ORD-02's ten minutes
        QCOMPARE(seconds(QStringLiteral("'2026-12-05T10:00:01Z'")).toDouble(), 86401.0);
        QCOMPARE(seconds(QStringLiteral("'2026-12-04T09:59:00Z'")).toDouble(), -60.0);
        QVERIFY(seconds(QStringLiteral("NULL")).isNull()); // no acceptance yet: no figure
    }

    void theLaterOfTwoInstants_data()
    {
        engines();
    }
    void theLaterOfTwoInstants()
    {
        ENGINE_OR_SKIP();
        const auto later = [&](const QString &a, const QString &b) {
            return value(db, QStringLiteral("SELECT %1").arg(sql.later(QStringLiteral("CAST(? AS TEXT)"), b)), {a})
                .toString();
        };
        // A reopening is never before its lock, whichever PC's clock is behind (FIN-03).
        QCOMPARE(later(QStringLiteral("2026-12-04T10:00:00Z"), QStringLiteral("'2026-12-04T11:00:00Z'")),
                 QStringLiteral("2026-12-04T11:00:00Z"));
        QCOMPARE(later(QStringLiteral("2026-12-04T12:00:00Z"), QStringLiteral("'2026-12-04T11:00:00Z'")),
                 QStringLiteral("2026-12-04T12:00:00Z"));
        QCOMPARE(later(QStringLiteral("2026-12-04T12:00:00Z"), QStringLiteral("''")),
                 QStringLiteral("2026-12-04T12:00:00Z"));
    }

    void aGroupsValuesAreJoined_data()
    {
        engines();
    }
    void aGroupsValuesAreJoined()
    {
        ENGINE_OR_SKIP();
        fill(db, {QStringLiteral("发票"), QStringLiteral("合同"), QStringLiteral("发票")});
        QString all =
            value(db, QStringLiteral("SELECT %1 FROM texts").arg(sql.joined(QStringLiteral("x"), sql.character(30))))
                .toString();
        QStringList parts = all.split(QChar(30));
        parts.sort();
        QCOMPARE(parts, QStringList({QStringLiteral("发票"), QStringLiteral("发票"), QStringLiteral("合同")}));
        parts = value(db, QStringLiteral("SELECT %1 FROM texts").arg(sql.joinedDistinct(QStringLiteral("x"))))
                    .toString()
                    .split(QLatin1Char(','));
        parts.sort();
        QCOMPARE(parts, QStringList({QStringLiteral("发票"), QStringLiteral("合同")}));
        fill(db, {});
        QVERIFY(
            value(db, QStringLiteral("SELECT %1 FROM texts").arg(sql.joinedDistinct(QStringLiteral("x")))).isNull());
        QCOMPARE(value(db, QStringLiteral("SELECT %1").arg(sql.character(31))).toString(), QString(QChar(31)));
    }

    void textIsFoundInEitherCase_data()
    {
        engines();
    }
    void textIsFoundInEitherCase()
    {
        ENGINE_OR_SKIP();
        const auto holds = [&](const QString &expression, const QString &text, const QString &part) {
            return value(db, QStringLiteral("SELECT CASE WHEN %1 THEN 1 ELSE 0 END").arg(expression), {text, part})
                       .toInt()
                == 1;
        };
        const QString q = QStringLiteral("?");
        QVERIFY(holds(sql.containsIgnoringCase(q, q), QStringLiteral("Stock.Issue"), QStringLiteral("ISSUE")));
        QVERIFY(holds(sql.containsIgnoringCase(q, q), QStringLiteral("办公用品领用"), QStringLiteral("用品")));
        QVERIFY(!holds(sql.containsIgnoringCase(q, q), QStringLiteral("Stock.Issue"), QStringLiteral("receipt")));
        QVERIFY(holds(sql.likeIgnoringCase(q, q), QStringLiteral("Printer PAPER A4"), SqlDialect::containing("paper")));
        // %, _ and \ typed into a search box are themselves, not wildcards.
        QVERIFY(holds(sql.likeIgnoringCase(q, q), QStringLiteral("100% cotton"), SqlDialect::containing("0%")));
        QVERIFY(!holds(sql.likeIgnoringCase(q, q), QStringLiteral("1000 cotton"), SqlDialect::containing("0%")));
        QVERIFY(holds(sql.likeIgnoringCase(q, q), QStringLiteral("A_4"), SqlDialect::containing("_")));
        QVERIFY(!holds(sql.likeIgnoringCase(q, q), QStringLiteral("A-4"), SqlDialect::containing("_")));
        QVERIFY(holds(sql.likeIgnoringCase(q, q), QStringLiteral("C:\\docs"), SqlDialect::containing("\\d")));
        QVERIFY(!holds(sql.likeIgnoringCase(q, q), QStringLiteral("C:docs"), SqlDialect::containing("\\d")));
        QVERIFY(holds(sql.equalsIgnoringCase(q, q), QStringLiteral("Admin"), QStringLiteral("admin")));
        QVERIFY(!holds(sql.equalsIgnoringCase(q, q), QStringLiteral("admin"), QStringLiteral("admin2")));
    }

    // An import's rows reach the tables as one JSON text: its elements, their fields by position,
    // and the elements of an element (an order's lines), each counted from 1.
    void aJsonArraysElementsAreRows_data()
    {
        engines();
    }
    void aJsonArraysElementsAreRows()
    {
        ENGINE_OR_SKIP();
        QSqlQuery q(db);
        QVERIFY(q.prepare(QStringLiteral("SELECT %1, o.value->>0, CAST(o.value->>1 AS BIGINT), %2, l.value->>0 FROM "
                                         "%3, %4 ORDER BY 1, 4")
                              .arg(sql.position(QStringLiteral("o")), sql.position(QStringLiteral("l")),
                                   sql.jsonElements(QStringLiteral("?"), QStringLiteral("o")),
                                   sql.jsonElements(QStringLiteral("o.value->2"), QStringLiteral("l")))));
        q.addBindValue(QStringLiteral("[[\"T1\", 12345678901, [[\"茶壶\"], [\"杯\"]]], [\"T\\\"2\", -5, [[\"盘\"]]], "
                                      "[\"T3\", 0, []]]"));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QStringList rows;
        while (q.next())
            rows << QStringLiteral("%1 %2 %3 %4 %5")
                        .arg(q.value(0).toInt())
                        .arg(q.value(1).toString())
                        .arg(q.value(2).toLongLong())
                        .arg(q.value(3).toInt())
                        .arg(q.value(4).toString());
        QCOMPARE(rows,
                 QStringList({QStringLiteral("1 T1 12345678901 1 茶壶"), QStringLiteral("1 T1 12345678901 2 杯"),
                              QStringLiteral("2 T\"2 -5 1 盘")}));
    }
};

QTEST_GUILESS_MAIN(SqlDialectTest)
#include "SqlDialectTest.moc"
