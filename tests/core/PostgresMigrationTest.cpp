// Issue 20: the numbered migrations give PostgreSQL the same schema as SQLite. The mapping
// (PostgresMigration) is tried on its own; then, with a server (PostgresTestServer.h), every
// built-in script is applied to a new database, both engines' tables, columns and triggers are
// compared, and the rules the triggers carry (ORD-05, PRD-01, ATT-12, HOL-02, the audit log) are
// tried on PostgreSQL.
#include "database/data/PostgresMigration.h"
#include "PostgresTestServer.h"
#include "database/data/Migrations.h"

#include <QDateTime>
#include <QSet>
#include <QSqlQuery>

using namespace shopdesk;

class PostgresMigrationTest : public QObject
{
    Q_OBJECT

    static constexpr auto kDatabase = "shopdesk_schema_test";
    static constexpr auto kAdmin = "schema-admin";
    static constexpr auto kSchema = "schema-pg";
    static constexpr auto kSqlite = "schema-sqlite";
    QString m_serverProblem; // why the migrated PostgreSQL database is not there

    static QString apply(const QSqlDatabase &db, const QList<Migrations::Script> &scripts)
    {
        QSqlQuery q(db);
        for (const Migrations::Script &script : scripts) {
            for (const QString &statement : Migrations::splitStatements(QString::fromUtf8(script.sql)))
                if (!q.exec(statement))
                    return QStringLiteral("%1_%2: %3\n%4")
                        .arg(script.version)
                        .arg(script.name, q.lastError().text(), statement);
        }
        return {};
    }

    // The error a statement met (empty when it ran), and its one value, if any, in `value`.
    static QString run(const QString &sql, QVariant *value = nullptr)
    {
        QSqlQuery q(QSqlDatabase::database(QLatin1String(kSchema)));
        if (!q.exec(sql))
            return q.lastError().text();
        if (value && q.next())
            *value = q.value(0);
        return {};
    }
    static QVariant valueOf(const QString &sql)
    {
        QVariant v;
        const QString error = run(sql, &v);
        if (!error.isEmpty())
            qFatal("%s: %s", qPrintable(sql), qPrintable(error));
        return v;
    }

// In a test function (QSKIP and QVERIFY return from the function they are in).
#define NEED_MIGRATED_SERVER()                                                                                         \
    SKIP_WITHOUT_POSTGRES();                                                                                           \
    QVERIFY2(m_serverProblem.isEmpty(), qPrintable(m_serverProblem))

    // Each table's columns and the trigger names, as "table(a,b,c)" and "trigger name".
    static QSet<QString> shapeOfSqlite()
    {
        QSet<QString> shape;
        QSqlQuery q(QSqlDatabase::database(QLatin1String(kSqlite)));
        q.exec(
            QStringLiteral("SELECT m.name, group_concat(c.name, ',') FROM sqlite_master m, pragma_table_info(m.name) c "
                           "WHERE m.type = 'table' AND m.name NOT LIKE 'contract_page_grams%' GROUP BY m.name"));
        while (q.next())
            shape.insert(q.value(0).toString() + u'(' + q.value(1).toString() + u')');
        q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger'"));
        while (q.next())
            shape.insert(QStringLiteral("trigger ") + q.value(0).toString());
        return shape;
    }
    static QSet<QString> shapeOfPostgres()
    {
        QSet<QString> shape;
        QSqlQuery q(QSqlDatabase::database(QLatin1String(kSchema)));
        q.exec(QStringLiteral("SELECT table_name, string_agg(column_name, ',' ORDER BY ordinal_position) "
                              "FROM information_schema.columns WHERE table_schema = current_schema() "
                              "AND table_name <> 'contract_page_grams' GROUP BY table_name"));
        while (q.next())
            shape.insert(q.value(0).toString() + u'(' + q.value(1).toString() + u')');
        q.exec(QStringLiteral("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"));
        while (q.next())
            shape.insert(QStringLiteral("trigger ") + q.value(0).toString());
        return shape;
    }

private slots:
    void initTestCase()
    {
        QSqlDatabase lite = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QLatin1String(kSqlite));
        lite.setDatabaseName(QStringLiteral(":memory:"));
        QVERIFY(lite.open());
        QCOMPARE(apply(lite, Migrations::builtIn(SqlEngine::Sqlite)), QString());
        if (test::postgresTestUrl().isEmpty())
            return;
        m_serverProblem = test::openPostgres(QLatin1String(kAdmin));
        if (!m_serverProblem.isEmpty())
            return;
        QSqlQuery admin(QSqlDatabase::database(QLatin1String(kAdmin)));
        if (!admin.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(QLatin1String(kDatabase)))
            || !admin.exec(QStringLiteral("CREATE DATABASE %1").arg(QLatin1String(kDatabase)))) {
            m_serverProblem = admin.lastError().text();
            return;
        }
        m_serverProblem = test::openPostgres(QLatin1String(kSchema), QLatin1String(kDatabase));
        if (m_serverProblem.isEmpty())
            m_serverProblem =
                apply(QSqlDatabase::database(QLatin1String(kSchema)), Migrations::builtIn(SqlEngine::Postgres));
    }

    void cleanupTestCase()
    {
        QSqlDatabase::database(QLatin1String(kSchema)).close();
        QSqlDatabase::removeDatabase(QLatin1String(kSchema));
        if (QSqlDatabase::database(QLatin1String(kAdmin)).isOpen())
            QSqlQuery(QSqlDatabase::database(QLatin1String(kAdmin)))
                .exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(QLatin1String(kDatabase)));
    }

    void aTriggerBecomesAFunctionWithItsWhenAsAnIf()
    {
        const QString pg = PostgresMigration::fromSqlite(
            QStringLiteral("CREATE TRIGGER lines_settled BEFORE INSERT ON lines\n"
                           "WHEN (SELECT settled_at FROM accounts WHERE id = NEW.account_id) IS NOT NULL\n"
                           "BEGIN\n    SELECT RAISE(ABORT, 'a settled account is never changed: 100% sure');\nEND;\n"));
        QVERIFY2(pg.contains(u"CREATE FUNCTION lines_settled() RETURNS trigger LANGUAGE plpgsql AS $$"),
                 qPrintable(pg));
        QVERIFY2(pg.contains(u"IF (SELECT settled_at FROM accounts WHERE id = NEW.account_id) IS NOT NULL THEN"),
                 qPrintable(pg));
        // The message's words stay, its % is no placeholder.
        QVERIFY2(pg.contains(u"RAISE EXCEPTION '%', 'a settled account is never changed: 100% sure';"), qPrintable(pg));
        QVERIFY2(pg.contains(u"RETURN NEW;"), qPrintable(pg));
        QVERIFY2(pg.contains(u"CREATE TRIGGER lines_settled BEFORE INSERT ON lines FOR EACH ROW EXECUTE FUNCTION "
                             u"lines_settled();"),
                 qPrintable(pg));
        // The function's body is one statement, the trigger another.
        const QStringList statements = Migrations::splitStatements(pg);
        QCOMPARE(statements.size(), 2);
        QVERIFY(statements.at(0).endsWith(u"$$;"));

        // A delete's BEFORE trigger lets the row go with OLD; an AFTER trigger's result is unread.
        QVERIFY(PostgresMigration::fromSqlite(QStringLiteral("CREATE TRIGGER a_no_delete BEFORE DELETE ON a\nBEGIN\n"
                                                             "    SELECT RAISE(ABORT, 'no');\nEND;\n"))
                    .contains(u"RETURN OLD;"));
        const QString booking = PostgresMigration::fromSqlite(
            QStringLiteral("CREATE TRIGGER moves_book AFTER INSERT ON moves\nBEGIN\n"
                           "    UPDATE items SET on_hand = on_hand + NEW.quantity WHERE id = NEW.item_id;\nEND;\n"));
        QVERIFY2(booking.contains(u"    UPDATE items SET on_hand = on_hand + NEW.quantity WHERE id = NEW.item_id;\n"
                                  u"    RETURN NULL;"),
                 qPrintable(booking));
        QVERIFY(!booking.contains(u"IF "));
        // UPDATE OF columns, over two lines, stays a column list.
        QVERIFY(
            PostgresMigration::fromSqlite(
                QStringLiteral("CREATE TRIGGER loans_stay BEFORE UPDATE OF contract_id, kind,\n"
                               "    due_on ON loans\nBEGIN\n    SELECT RAISE(ABORT, 'no');\nEND;\n"))
                .contains(u"CREATE TRIGGER loans_stay BEFORE UPDATE OF contract_id, kind, due_on ON loans FOR EACH"));
        // A trigger dropped goes with its function.
        QCOMPARE(PostgresMigration::fromSqlite(QStringLiteral("DROP TRIGGER payroll_lines_no_update;")).trimmed(),
                 QStringLiteral("DROP FUNCTION payroll_lines_no_update() CASCADE;"));
    }

    void typesAndComparisonsAreSpelledForPostgres()
    {
        const QString pg = PostgresMigration::fromSqlite(QStringLiteral(
            "CREATE TABLE t (\n    id INTEGER PRIMARY KEY,\n    year INTEGER NOT NULL,\n    hours REAL,\n"
            "    photo BLOB,\n    name TEXT NOT NULL UNIQUE COLLATE NOCASE,\n"
            "    note TEXT CHECK (note <> 'IS NOT REAL INTEGER')\n) WITHOUT ROWID;\n"
            "CREATE TRIGGER t_stays BEFORE UPDATE ON t\nWHEN NEW.year IS NOT OLD.year OR NEW.name IS OLD.name\n"
            "    OR OLD.photo IS NOT NULL\nBEGIN\n    SELECT RAISE(ABORT, 'a year IS NOT changed');\nEND;\n"));
        QVERIFY2(pg.contains(u"id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"), qPrintable(pg));
        QVERIFY(pg.contains(u"year BIGINT NOT NULL,"));
        QVERIFY(pg.contains(u"hours DOUBLE PRECISION,"));
        QVERIFY(pg.contains(u"photo BYTEA,"));
        QVERIFY(!pg.contains(u"ROWID"));
        // NOCASE becomes a collation of that name, made first.
        QVERIFY(pg.startsWith(u"CREATE COLLATION IF NOT EXISTS nocase"));
        // What is quoted keeps its words.
        QVERIFY(pg.contains(u"CHECK (note <> 'IS NOT REAL INTEGER')"));
        QVERIFY(pg.contains(u"'a year IS NOT changed'"));
        QVERIFY2(pg.contains(u"NEW.year IS DISTINCT FROM OLD.year OR NEW.name IS NOT DISTINCT FROM OLD.name"),
                 qPrintable(pg));
        QVERIFY(pg.contains(u"OLD.photo IS NOT NULL"));
        // No collation where the script asks none.
        QVERIFY(!PostgresMigration::fromSqlite(QStringLiteral("CREATE TABLE u (id INTEGER PRIMARY KEY);"))
                     .contains(u"COLLATION"));
    }

    void aReferenceToATableMadeLaterInTheScriptIsAddedAtItsEnd()
    {
        // departments <-> employees refer to each other (0001); PostgreSQL checks a reference at once.
        const QString pg = PostgresMigration::fromSqlite(QStringLiteral(
            "CREATE TABLE departments (\n    id INTEGER PRIMARY KEY,\n"
            "    head_employee_id INTEGER REFERENCES employees(id) ON DELETE SET NULL,\n    name TEXT\n);\n"
            "CREATE TABLE employees (\n    id INTEGER PRIMARY KEY,\n    department_id INTEGER REFERENCES "
            "departments(id)\n);\n"));
        QVERIFY2(pg.contains(u"    head_employee_id BIGINT,\n"), qPrintable(pg));
        QVERIFY(pg.contains(u"department_id BIGINT REFERENCES departments(id)"));
        QVERIFY(pg.trimmed().endsWith(u"ALTER TABLE departments ADD FOREIGN KEY (head_employee_id) REFERENCES "
                                      u"employees(id) ON DELETE SET NULL;"));
    }

    void insertOrIgnoreBecomesOnConflictDoNothing()
    {
        const QString pg = PostgresMigration::fromSqlite(
            QStringLiteral("INSERT OR IGNORE INTO user_scopes(user_id, scope)\n"
                           "    SELECT user_id, 'phone_approvals' FROM user_roles WHERE role = 'hr';"));
        QCOMPARE(pg.trimmed(),
                 QStringLiteral("INSERT INTO user_scopes(user_id, scope)\n"
                                "    SELECT user_id, 'phone_approvals' FROM user_roles WHERE role = "
                                "'hr'\nON CONFLICT DO NOTHING;"));
    }

    void theChecksumIsOfTheTextEachEngineApplies()
    {
        const auto lite = Migrations::builtIn(SqlEngine::Sqlite);
        const auto pg = Migrations::builtIn(SqlEngine::Postgres);
        QCOMPARE(pg.size(), lite.size());
        QCOMPARE(pg.last().version, Migrations::latestVersion());
        QVERIFY(pg.first().checksum != lite.first().checksum);
        QVERIFY(pg.first().sql.contains("GENERATED BY DEFAULT AS IDENTITY"));
        // A twin replaces its script: 0028's grams are a tsvector, not fts5.
        const auto grams = std::find_if(pg.cbegin(), pg.cend(), [](const auto &s) { return s.version == 28; });
        QVERIFY(grams->sql.contains("grams tsvector NOT NULL") && !grams->sql.contains("fts5"));
    }

    void everyMigrationRunsOnPostgresWithTheSameTablesAndTriggers()
    {
        NEED_MIGRATED_SERVER();
        const QSet<QString> lite = shapeOfSqlite();
        const QSet<QString> pg = shapeOfPostgres();
        QVERIFY(lite.size() > 200);
        QVERIFY2(pg == lite,
                 qPrintable(QStringLiteral("only on SQLite: %1\nonly on PostgreSQL: %2")
                                .arg(QStringList((lite - pg).values()).join(u' '),
                                     QStringList((pg - lite).values()).join(u' '))));
        QCOMPARE(valueOf(QStringLiteral("SELECT data_type FROM information_schema.columns WHERE table_name = 'orders' "
                                        "AND column_name = 'total_minor'"))
                     .toString(),
                 QStringLiteral("bigint"));
    }

    void ord05_anOrderIsNeverChangedOrRemovedOnPostgresEither()
    {
        NEED_MIGRATED_SERVER();
        const QString user = valueOf(QStringLiteral("INSERT INTO users(username, password_hash, password_changed_on, "
                                                    "created_at) VALUES ('Orders', 'x', '2026-12-04', "
                                                    "'2026-12-04T00:00:00Z') RETURNING id"))
                                 .toString();
        // Three thousand million fen: beyond a 32-bit integer.
        const QString order =
            valueOf(
                QStringLiteral("INSERT INTO orders(channel, number, currency, goods_minor, total_minor, line_count, "
                               "created_at, recorded_at, recorded_by_user_id) VALUES ('taobao', 'T-1', 'CNY', "
                               "3000000000, 3000000000, 1, '2026-12-04T01:00:00Z', '2026-12-04T01:00:05Z', %1) "
                               "RETURNING id")
                    .arg(user))
                .toString();
        QCOMPARE(valueOf(QStringLiteral("SELECT total_minor FROM orders WHERE id = %1").arg(order)).toLongLong(),
                 3000000000LL);
        QVERIFY(run(QStringLiteral("UPDATE orders SET customer = 'someone else' WHERE id = %1").arg(order))
                    .contains(u"an order is never changed once created (ORD-05)"));
        QVERIFY(run(QStringLiteral("DELETE FROM orders WHERE id = %1").arg(order))
                    .contains(u"an order is never removed (ORD-05)"));
        QCOMPARE(valueOf(QStringLiteral("SELECT customer FROM orders WHERE id = %1").arg(order)).toString(), QString());
    }

    void theAuditLogIsAppendOnlyOnPostgres()
    {
        NEED_MIGRATED_SERVER();
        QCOMPARE(run(QStringLiteral("INSERT INTO audit_log(id, at, user_id, username, action, entity, entity_id, "
                                    "before_json, after_json, prev_hash, hash) VALUES (1, '2026-12-04T00:00:00Z', 1, "
                                    "'admin', 'create', 'user', '1', '{}', '{}', '', 'h1')")),
                 QString());
        QVERIFY(run(QStringLiteral("UPDATE audit_log SET hash = 'h2'")).contains(u"the audit log is append-only"));
        QVERIFY(run(QStringLiteral("DELETE FROM audit_log")).contains(u"the audit log is append-only"));
    }

    void userNamesAreOneIgnoringCaseOnPostgres()
    {
        NEED_MIGRATED_SERVER();
        QCOMPARE(run(QStringLiteral("INSERT INTO users(username, password_hash, password_changed_on, created_at) "
                                    "VALUES ('Wang.Li', 'x', '2026-12-04', '2026-12-04T00:00:00Z')")),
                 QString());
        QCOMPARE(valueOf(QStringLiteral("SELECT username FROM users WHERE username = 'WANG.LI'")).toString(),
                 QStringLiteral("Wang.Li"));
        QVERIFY(!run(QStringLiteral("INSERT INTO users(username, password_hash, password_changed_on, created_at) "
                                    "VALUES ('wang.li', 'x', '2026-12-04', '2026-12-04T00:00:00Z')"))
                     .isEmpty());
    }

    void prd01_aPriceComesOnlyFromItsHistoryOnPostgres()
    {
        NEED_MIGRATED_SERVER();
        const QString user = valueOf(QStringLiteral("SELECT min(id) FROM users")).toString();
        const QString product =
            valueOf(QStringLiteral("INSERT INTO products(code, title, category, created_at) VALUES ('CUP-1', "
                                   "'保温杯', 'kitchen', '2026-12-04T00:00:00Z') RETURNING id"))
                .toString();
        QCOMPARE(run(QStringLiteral("INSERT INTO product_prices(product_id, old_fen, new_fen, by_user_id, at) "
                                    "VALUES (%1, 0, 1990, %2, '2026-12-04T00:00:00Z')")
                         .arg(product, user)),
                 QString());
        // The history's AFTER trigger wrote the price.
        QCOMPARE(valueOf(QStringLiteral("SELECT price_fen FROM products WHERE id = %1").arg(product)).toInt(), 1990);
        QVERIFY(run(QStringLiteral("UPDATE products SET price_fen = 1 WHERE id = %1").arg(product))
                    .contains(u"a price changes only through an approved price change (PRD-01)"));
        QCOMPARE(run(QStringLiteral("UPDATE products SET title = '保温杯 500ml' WHERE id = %1").arg(product)),
                 QString());
        QVERIFY(run(QStringLiteral("DELETE FROM product_prices")).contains(u"the price history is never changed"));
    }

    void att12_aConfirmedMonthTakesNoClockPunchesOnPostgres()
    {
        NEED_MIGRATED_SERVER();
        const QString user = valueOf(QStringLiteral("SELECT min(id) FROM users")).toString();
        const QString employee =
            valueOf(QStringLiteral("INSERT INTO employees(staff_no, name) VALUES ('E-1', '张三') RETURNING id"))
                .toString();
        QCOMPARE(run(QStringLiteral("INSERT INTO period_locks(kind, month, locked_at, locked_by_user_id) VALUES "
                                    "('attendance', '2026-10', '2026-11-03T02:00:00Z', %1)")
                         .arg(user)),
                 QString());
        // The month as wall-clock seconds, from the twin's extract(epoch ...).
        const qint64 october = QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        const qint64 november = QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        QCOMPARE(
            valueOf(QStringLiteral("SELECT to_at FROM confirmed_attendance_months WHERE from_at = %1").arg(october))
                .toLongLong(),
            november);
        const auto punch = [&](qint64 at, const QString &makeUp) {
            return run(QStringLiteral("INSERT INTO punches(employee_id, at, make_up_request_id) VALUES (%1, %2, %3)")
                           .arg(employee)
                           .arg(at)
                           .arg(makeUp));
        };
        QVERIFY(
            punch(november - 1, QStringLiteral("NULL")).contains(u"attendance month confirmed: clock punches refused"));
        QCOMPARE(punch(november, QStringLiteral("NULL")), QString()); // the next month is open
        QCOMPARE(punch(october + 3600, QStringLiteral("7")), QString()); // a make-up punch is the late filing allowed
        QVERIFY(
            run(QStringLiteral("DELETE FROM period_locks")).contains(u"a confirmed or closed month stays confirmed"));
    }

    void hol02_anOvertimeLineCarriesItsRateOnPostgres()
    {
        NEED_MIGRATED_SERVER();
        const QString employee = valueOf(QStringLiteral("SELECT min(id) FROM employees")).toString();
        const auto line = [&](const QString &kind) {
            return run(
                QStringLiteral("INSERT INTO payroll_lines(month, employee_id, kind, quantity, source, created_at) "
                               "VALUES ('2026-10', %1, '%2', 2.5, 'attendance 2026-10', '2026-11-03T02:00:00Z')")
                    .arg(employee, kind));
        };
        QCOMPARE(line(QStringLiteral("overtime_175")), QString());
        QCOMPARE(line(QStringLiteral("overtime_1000")), QString());
        QVERIFY(!line(QStringLiteral("overtime_17")).isEmpty());
        QVERIFY(!line(QStringLiteral("overtime_075")).isEmpty());
        QCOMPARE(valueOf(QStringLiteral("SELECT quantity FROM payroll_lines WHERE kind = 'overtime_175'")).toDouble(),
                 2.5);
        QVERIFY(run(QStringLiteral("UPDATE payroll_lines SET quantity = 3")).contains(u"payroll lines are only added"));
    }
};

QTEST_GUILESS_MAIN(PostgresMigrationTest)
#include "PostgresMigrationTest.moc"
