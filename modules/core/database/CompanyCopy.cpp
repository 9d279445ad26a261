#include "database/CompanyCopy.h"

#include "database/data/Database.h"
#include "database/data/Migrations.h"
#include "database/data/SchemaCatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QMutex>
#include <QSqlError>

namespace shopdesk {

namespace {
QMap<QString, CompanyCopy::Rebuild> &derivedTables()
{
    static QMap<QString, CompanyCopy::Rebuild> tables;
    return tables;
}
QMutex &derivedTablesLock()
{
    static QMutex lock;
    return lock;
}

// Rows per INSERT: fewer statements to the server, well under its 65,535 parameters; fewer when
// they are large (the contracts' scans), so that no statement grows past a few megabytes.
constexpr int kRowsPerInsert = 100;
constexpr qsizetype kBytesPerInsert = 4 * 1024 * 1024;

Status run(Database &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q = db.query();
    return Database::execPrepared(q, sql, values);
}

// A statement the server does not prepare (ALTER TABLE, SET CONSTRAINTS).
Status runAsIs(Database &db, const QString &sql)
{
    QSqlQuery q = db.query();
    if (!q.exec(sql))
        return Database::failure(q);
    return success();
}

Result<qint64> rowCount(Database &db, const QString &table)
{
    QSqlQuery q = db.query();
    if (Status s = Database::execPrepared(q, QStringLiteral("SELECT count(*) FROM %1").arg(table), {}); !s)
        return s.failure();
    q.next();
    return q.value(0).toLongLong();
}

// Copies `table`'s rows, with their ids, from one company database to the other.
Result<qint64> copyRows(Database &source, Database &target, const QString &table, const QStringList &columns)
{
    QSqlQuery read = source.query();
    read.setForwardOnly(true);
    if (Status s = Database::execPrepared(
            read, QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table), {});
        !s)
        return s.failure();
    const QString oneRow = u'(' + QStringList(columns.size(), QStringLiteral("?")).join(QStringLiteral(", ")) + u')';
    const QString insert = QStringLiteral("INSERT INTO %1(%2) VALUES ").arg(table, columns.join(QStringLiteral(", ")));
    QVariantList values;
    int rows = 0;
    qsizetype bytes = 0;
    qint64 copied = 0;
    auto flush = [&]() -> Status {
        if (rows == 0)
            return success();
        Status s = run(target, insert + QStringList(rows, oneRow).join(QStringLiteral(", ")), values);
        copied += rows;
        rows = 0;
        bytes = 0;
        values.clear();
        return s;
    };
    while (read.next()) {
        for (int c = 0; c < columns.size(); ++c) {
            values.append(read.value(c));
            const QVariant &v = values.constLast();
            bytes += v.typeId() == QMetaType::QByteArray ? v.toByteArray().size()
                : v.typeId() == QMetaType::QString       ? v.toString().size() * 3
                                                         : 8;
        }
        if (++rows == kRowsPerInsert || bytes >= kBytesPerInsert)
            if (Status s = flush(); !s)
                return s.failure();
    }
    if (read.lastError().isValid())
        return Database::failure(read);
    if (Status s = flush(); !s)
        return s.failure();
    return copied;
}

// The server's foreign keys, as "table" and "constraint".
Result<QList<std::pair<QString, QString>>> foreignKeys(Database &server)
{
    QSqlQuery q = server.query();
    if (Status s = Database::execPrepared(q,
                                          QStringLiteral("SELECT conrelid::regclass::text, conname FROM pg_constraint "
                                                         "WHERE contype = 'f' AND connamespace = "
                                                         "current_schema()::regnamespace ORDER BY 1, 2"),
                                          {});
        !s)
        return s.failure();
    QList<std::pair<QString, QString>> keys;
    while (q.next())
        keys.append({q.value(0).toString(), q.value(1).toString()});
    return keys;
}

// The identity columns' sequences continue after the copied ids (a file's rowids do by themselves).
Status continueIdentities(Database &server)
{
    QSqlQuery q = server.query();
    if (Status s =
            Database::execPrepared(q,
                                   QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                                  "WHERE table_schema = current_schema() AND is_identity = 'YES'"),
                                   {});
        !s)
        return s;
    while (q.next()) {
        const QString table = q.value(0).toString(), column = q.value(1).toString();
        if (Status s = run(server,
                           QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', '%2'), "
                                          "coalesce((SELECT max(%2) FROM %1), 0) + 1, false)")
                               .arg(table, column),
                           {});
            !s)
            return s;
    }
    return success();
}

// The source read as one snapshot, so that nothing another PC commits meanwhile is half in the
// copy. Read-only: ended by COMMIT whether or not the transfer succeeded. On a file a deferred
// BEGIN on purpose: it takes only the shared lock its reads need, never the writers' lock that
// BEGIN IMMEDIATE would hold against every other PC for the whole copy.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db) : m_db(db)
    {
        m_began = runAsIs(db,
                          db.isOnServer() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                          : QStringLiteral("BEGIN"));
    }
    ~ReadSnapshot()
    {
        if (m_began)
            (void)runAsIs(m_db, QStringLiteral("COMMIT"));
    }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;
    const Status &began() const { return m_began; }

private:
    Database &m_db;
    Status m_began = success();
};

// The target's rules, switched off while the rows come in: its triggers (the rows already show
// what they did), and its foreign keys checked once at the end (a department's head and the
// department's employees refer to each other, so no order of tables satisfies every key row by
// row).
struct PausedRules
{
    QStringList tables; // whose user triggers are off (a server)
    QList<std::pair<QString, QString>> keys; // deferred until the end (a server)
    QStringList triggers; // dropped, as the statements that make them again (a file)
};

// `copied`: the tables whose rows are copied; `derived`: those made from them afterwards.
Result<PausedRules> pauseRules(Database &target, const QStringList &copied, const QStringList &derived)
{
    PausedRules paused;
    if (target.isOnServer()) {
        auto keys = foreignKeys(target);
        if (!keys)
            return keys.failure();
        for (const auto &[table, key] : *keys)
            if (Status s = runAsIs(target,
                                   QStringLiteral("ALTER TABLE %1 ALTER CONSTRAINT %2 DEFERRABLE "
                                                  "INITIALLY DEFERRED")
                                       .arg(table, key));
                !s)
                return s.failure();
        paused.tables = copied + derived;
        for (const QString &table : std::as_const(paused.tables))
            if (Status s = runAsIs(target, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table)); !s)
                return s.failure();
        paused.keys = *keys;
    } else {
        // SQLite switches no trigger off: each is dropped, and made again from its own text.
        if (Status s = runAsIs(target, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !s)
            return s.failure();
        QSqlQuery q = target.query();
        if (Status s = Database::execPrepared(
                q, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY rowid"), {});
            !s)
            return s.failure();
        QStringList names;
        while (q.next()) {
            names.append(q.value(0).toString());
            paused.triggers.append(q.value(1).toString());
        }
        for (const QString &name : std::as_const(names))
            if (Status s = runAsIs(target, QStringLiteral("DROP TRIGGER %1").arg(name)); !s)
                return s.failure();
    }
    // What the migrations seeded (the standard shifts) comes with the source's rows instead.
    for (const QString &table : copied)
        if (Status s = runAsIs(target, QStringLiteral("DELETE FROM %1").arg(table)); !s)
            return s.failure();
    return paused;
}

Status resumeRules(Database &target, const PausedRules &paused)
{
    if (!target.isOnServer()) {
        auto broken = SchemaCatalog(target).brokenLinks();
        if (!broken)
            return broken.failure();
        if (!broken->isEmpty())
            return fail(CompanyCopy::tr("Row %1 of %2 refers to a row that is not there.")
                            .arg(broken->first().rowId, broken->first().table));
        for (const QString &trigger : paused.triggers)
            if (Status s = runAsIs(target, trigger); !s)
                return s;
        return success();
    }
    if (Status s = runAsIs(target, QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE")); !s)
        return fail(CompanyCopy::tr("A row refers to one that is not there: %1").arg(s.error()));
    for (const QString &table : paused.tables)
        if (Status s = runAsIs(target, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table)); !s)
            return s;
    for (const auto &[table, key] : paused.keys)
        if (Status s =
                runAsIs(target, QStringLiteral("ALTER TABLE %1 ALTER CONSTRAINT %2 NOT DEFERRABLE").arg(table, key));
            !s)
            return s;
    return continueIdentities(target);
}

// The target: an empty database on a server, or a file that does not exist yet; given the
// schema by the same migrations as the source.
Result<std::shared_ptr<Database>> openEmptyTarget(const QString &target)
{
    const bool onServer = Database::isServerUrl(target);
    if (!onServer && QFileInfo::exists(target))
        return fail(CompanyCopy::tr("The file %1 already exists. A company is moved into a new file.")
                        .arg(QDir::toNativeSeparators(target)));
    Database::Options options;
    options.create = true;
    auto opened = Database::open(target, options);
    if (!opened)
        return opened;
    const QString where = (*opened)->path();
    if (onServer && !(*opened)->connection().tables().isEmpty())
        return fail(
            CompanyCopy::tr("The database %1 is not empty. A company is moved into a new, empty database.").arg(where));
    if (auto made = Migrations(**opened).migrate(); !made) {
        opened->reset();
        if (!onServer)
            Database::removeFile(where);
        return fail(CompanyCopy::tr("The schema could not be made in %1: %2").arg(where, made.error()));
    }
    return opened;
}
} // namespace

void CompanyCopy::addDerivedTable(const QString &table, Rebuild rebuild)
{
    QMutexLocker locked(&derivedTablesLock());
    derivedTables().insert(table, std::move(rebuild));
}

Result<CopyReport> CompanyCopy::into(const QString &target, const Progress &progress) const
{
    if (m_source.isOnServer() == Database::isServerUrl(target))
        return fail(tr("A company file is copied to a postgresql:// database, and a company on a server into a new "
                       "file."));
    const ReadSnapshot snapshot(m_source);
    if (!snapshot.began())
        return snapshot.began().failure();
    auto state = Migrations(m_source).inspect();
    if (!state)
        return state.failure();
    if (!state->problem.isEmpty() || !state->pending.isEmpty())
        return fail(tr("%1 is not at this program's schema (version %2 of %3): open it with this program first.")
                        .arg(m_source.path())
                        .arg(state->databaseVersion)
                        .arg(state->programVersion));
    auto tables = SchemaCatalog(m_source).tables();
    if (!tables)
        return tables.failure();
    tables->removeAll(QStringLiteral("schema_migrations")); // the target keeps its own
    tables->removeAll(QStringLiteral("presence")); // who works in the source now; nobody in the copy yet
    QMap<QString, Rebuild> derived;
    {
        QMutexLocker locked(&derivedTablesLock());
        derived = derivedTables();
    }
    for (const QString &table : derived.keys())
        tables->removeAll(table); // a server's index is a table; a file's, a virtual one (not listed)

    auto opened = openEmptyTarget(target);
    if (!opened)
        return opened.failure();
    Database &copy = **opened;
    const SchemaCatalog targetSchema(copy);
    const SchemaCatalog sourceSchema(m_source);
    CopyReport report;
    report.target = copy.path();
    Status copied = copy.write([&]() -> Status {
        report.tables.clear();
        report.rows = 0;
        auto rules = pauseRules(copy, *tables, derived.keys());
        if (!rules)
            return rules.failure();
        int done = 0;
        for (const QString &table : *tables) {
            auto columns = sourceSchema.columns(table);
            auto targetColumns = targetSchema.columns(table);
            if (!columns || !targetColumns)
                return columns ? targetColumns.failure() : columns.failure();
            if (targetColumns->isEmpty() || *targetColumns != *columns)
                return fail(tr("The table %1 differs between the two schemas.").arg(table));
            auto rows = copyRows(m_source, copy, table, *columns);
            if (!rows)
                return fail(tr("Copying %1: %2").arg(table, rows.error()));
            // The rows the source gave are the rows the target must now hold.
            auto copiedRows = rowCount(copy, table);
            if (!copiedRows)
                return copiedRows.failure();
            if (*rows != *copiedRows)
                return fail(tr("%1: %2 rows read, %3 written.").arg(table).arg(*rows).arg(*copiedRows));
            report.tables.append({table, *copiedRows});
            report.rows += *copiedRows;
            if (progress)
                progress(table, ++done, int(tables->size()));
        }
        for (auto it = derived.cbegin(); it != derived.cend(); ++it)
            if (Status s = it.value()(copy); !s)
                return fail(tr("Making %1: %2").arg(it.key(), s.error()));
        return resumeRules(copy, *rules);
    });
    if (!copied) {
        const QString where = copy.path();
        if (copy.isOnServer())
            return fail(tr("Nothing was copied to %1 (it keeps the empty schema; drop and make the database anew "
                           "before trying again): %2")
                            .arg(where, copied.error()));
        opened->reset();
        Database::removeFile(where);
        return fail(
            tr("Nothing was copied, and %1 was removed: %2").arg(QDir::toNativeSeparators(where), copied.error()));
    }
    // A server's planner learns the new tables' sizes now, not when its autovacuum looks. Failing
    // here costs only speed: the company is there.
    QStringList copiedTables;
    for (const CopiedTable &t : std::as_const(report.tables))
        copiedTables.append(t.name);
    (void)copy.refreshStatistics(copiedTables);
    report.copy = *opened;
    return report;
}

} // namespace shopdesk
