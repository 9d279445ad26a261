#include "database/CompanyTransfer.h"

#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "database/DatabaseCheck.h"
#include "database/data/Database.h"
#include "database/data/Migrations.h"
#include "database/data/SchemaCatalog.h"
#include "presence/Presence.h"
#include "presence/data/PresenceRepository.h"

#include <QMap>
#include <QMutex>
#include <QSqlError>

namespace shopdesk {

namespace {
QMap<QString, CompanyTransfer::Rebuild> &derivedTables()
{
    static QMap<QString, CompanyTransfer::Rebuild> tables;
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

// Copies `table`'s rows, with their ids, from the file to the server.
Result<qint64> copyRows(Database &file, Database &server, const QString &table, const QStringList &columns)
{
    QSqlQuery read = file.query();
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
        Status s = run(server, insert + QStringList(rows, oneRow).join(QStringLiteral(", ")), values);
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

// The identity columns' sequences continue after the copied ids.
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
} // namespace

void CompanyTransfer::addDerivedTable(const QString &table, Rebuild rebuild)
{
    QMutexLocker locked(&derivedTablesLock());
    derivedTables().insert(table, std::move(rebuild));
}

Result<TransferReport> CompanyTransfer::run(const Actor &actor, const QString &serverUrl,
                                            const Progress &progress) const
{
    if (actor.level != Level::DatabaseAdmin)
        return fail(tr("Only a database administrator moves the company to a server."));
    if (m_file.isOnServer() || !Database::isServerUrl(serverUrl))
        return fail(tr("A transfer copies a company file to a postgresql:// database."));

    // The file: up to date, sound, and nobody else working in it (what they wrote afterwards
    // would stay behind).
    auto state = Migrations(m_file).inspect();
    if (!state)
        return state.failure();
    if (!state->problem.isEmpty() || !state->pending.isEmpty())
        return fail(tr("The file %1 is not at this program's schema (version %2 of %3): open it with this "
                       "program first.")
                        .arg(m_file.path())
                        .arg(state->databaseVersion)
                        .arg(state->programVersion));
    auto seen = PresenceRepository(m_file).seenSince(QDateTime::currentDateTimeUtc().addSecs(-Presence::kStaleSeconds));
    if (!seen)
        return seen.failure();
    if (!seen->isEmpty())
        return fail(tr("%1 is still working in the file on %2: move the company when everyone has signed out.")
                        .arg(seen->first().userName, seen->first().pcName));
    auto fileCheck = DatabaseCheck(m_file).run(AuditAnchor::recall(m_file.path()));
    if (!fileCheck)
        return fileCheck.failure();
    if (!fileCheck->ok)
        return fail(tr("The file did not pass its check, so it is not moved:\n%1").arg(fileCheck->lines.join(u'\n')));
    auto tables = SchemaCatalog(m_file).tables();
    if (!tables)
        return tables.failure();
    tables->removeAll(QStringLiteral("schema_migrations")); // the server keeps its own

    // The server: an empty database, given the same schema.
    auto opened = Database::open(serverUrl);
    if (!opened)
        return opened.failure();
    Database &server = **opened;
    if (!server.connection().tables().isEmpty())
        return fail(
            tr("The database %1 is not empty. A company is moved into a new, empty database.").arg(server.path()));
    if (auto made = Migrations(server).migrate(); !made)
        return fail(tr("The schema could not be made on %1: %2").arg(server.path(), made.error()));
    QMap<QString, Rebuild> derived;
    {
        QMutexLocker locked(&derivedTablesLock());
        derived = derivedTables();
    }
    const SchemaCatalog serverSchema(server);
    const SchemaCatalog fileSchema(m_file);

    TransferReport report;
    report.server = server.path();
    Status copied = server.write([&]() -> Status {
        report.tables.clear();
        report.rows = 0;
        auto keys = foreignKeys(server);
        if (!keys)
            return keys.failure();
        // Checked once, at the end: a department's head and the employees of the department
        // refer to each other, so no order of tables satisfies every key row by row.
        for (const auto &[table, key] : *keys)
            if (Status s = runAsIs(server,
                                   QStringLiteral("ALTER TABLE %1 ALTER CONSTRAINT %2 DEFERRABLE "
                                                  "INITIALLY DEFERRED")
                                       .arg(table, key));
                !s)
                return s;
        QStringList switchedOff = *tables + derived.keys();
        switchedOff.removeDuplicates();
        for (const QString &table : switchedOff)
            if (Status s = runAsIs(server, QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(table)); !s)
                return s;
        // What the migrations seeded (the standard shifts) comes with the file's rows instead.
        for (const QString &table : switchedOff)
            if (Status s = runAsIs(server, QStringLiteral("DELETE FROM %1").arg(table)); !s)
                return s;
        int done = 0;
        for (const QString &table : *tables) {
            if (derived.contains(table))
                continue;
            auto columns = fileSchema.columns(table);
            auto serverColumns = serverSchema.columns(table);
            if (!columns || !serverColumns)
                return columns ? serverColumns.failure() : columns.failure();
            if (serverColumns->isEmpty() || *serverColumns != *columns)
                return fail(tr("The table %1 differs between the file and the server's schema.").arg(table));
            auto rows = copyRows(m_file, server, table, *columns);
            if (!rows)
                return fail(tr("Copying %1: %2").arg(table, rows.error()));
            // The rows the file gave are the rows the server must now hold.
            auto serverRows = rowCount(server, table);
            if (!serverRows)
                return serverRows.failure();
            if (*rows != *serverRows)
                return fail(tr("%1: %2 rows in the file, %3 on the server.").arg(table).arg(*rows).arg(*serverRows));
            report.tables.append({table, *serverRows});
            report.rows += *serverRows;
            if (progress)
                progress(table, ++done, int(tables->size()));
        }
        for (auto it = derived.cbegin(); it != derived.cend(); ++it)
            if (Status s = it.value()(server); !s)
                return fail(tr("Making %1: %2").arg(it.key(), s.error()));
        if (Status s = runAsIs(server, QStringLiteral("SET CONSTRAINTS ALL IMMEDIATE")); !s)
            return fail(tr("A row refers to one that is not there: %1").arg(s.error()));
        for (const QString &table : switchedOff)
            if (Status s = runAsIs(server, QStringLiteral("ALTER TABLE %1 ENABLE TRIGGER USER").arg(table)); !s)
                return s;
        for (const auto &[table, key] : *keys)
            if (Status s = runAsIs(server,
                                   QStringLiteral("ALTER TABLE %1 ALTER CONSTRAINT %2 NOT DEFERRABLE").arg(table, key));
                !s)
                return s;
        return continueIdentities(server);
    });
    if (!copied)
        return fail(tr("Nothing was copied to %1 (it keeps the empty schema; drop and make the database anew "
                       "before trying again): %2")
                        .arg(server.path(), copied.error()));

    // The server's chain must reach the file's newest record, unchanged.
    auto serverCheck = DatabaseCheck(server).run(fileCheck->newest);
    if (!serverCheck)
        return serverCheck.failure();
    if (!serverCheck->ok)
        return fail(
            tr("The copy on %1 did not pass its check:\n%2").arg(server.path(), serverCheck->lines.join(u'\n')));
    report.auditRecords = serverCheck->auditRecords;
    Status recorded = server.write([&]() -> Status {
        return AuditTrail(server, m_clock)
            .record(actor, QStringLiteral("company.transfer"), QStringLiteral("company"), QStringLiteral("1"), {},
                    {{QStringLiteral("from"), m_file.path()},
                     {QStringLiteral("tables"), int(report.tables.size())},
                     {QStringLiteral("rows"), report.rows}});
    });
    if (!recorded)
        return recorded.failure();
    AuditAnchor::replace(server.path(), serverCheck->newest);
    AuditAnchor::rememberNewest(server);
    return report;
}

} // namespace shopdesk
