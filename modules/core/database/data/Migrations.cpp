#include "database/data/Migrations.h"

#include "common/Clock.h"
#include "database/data/Database.h"
#include "database/data/PostgresMigration.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>

namespace shopdesk {

namespace {
const QString kCreateTable =
    QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                   " checksum TEXT NOT NULL, applied_at TEXT NOT NULL)");
}

QList<Migrations::Script> Migrations::builtIn(SqlEngine engine)
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Script> scripts;
    const QDir dir(QStringLiteral(":/sql"));
    const QDir twins(QStringLiteral(":/sql/postgresql"));
    for (const QString &entry : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = fileName.match(entry);
        const bool twin = engine == SqlEngine::Postgres && twins.exists(entry);
        QFile f(twin ? twins.filePath(entry) : dir.filePath(entry));
        if (!m.hasMatch() || !f.open(QIODevice::ReadOnly))
            continue;
        Script s;
        s.version = m.captured(1).toInt();
        s.name = m.captured(2);
        s.sql = f.readAll();
        if (engine == SqlEngine::Postgres)
            s.sql = PostgresMigration::fromSqlite(QString::fromUtf8(s.sql)).toUtf8();
        // What is applied: on PostgreSQL the mapped text, so a change to the mapping shows too.
        s.checksum = QCryptographicHash::hash(s.sql, QCryptographicHash::Sha256).toHex();
        scripts.append(s);
    }
    return scripts;
}

int Migrations::latestVersion()
{
    const auto scripts = builtIn();
    return scripts.isEmpty() ? 0 : scripts.last().version;
}

QStringList Migrations::splitStatements(const QString &sql)
{
    // QSqlQuery runs one statement at a time. Statements end with ';' at the end of a line; an
    // SQLite trigger (CREATE TRIGGER ... BEGIN) runs to its "END;" line, and a PostgreSQL
    // function's body, between $$ and $$, to the line after its closing $$.
    static const QRegularExpression sqliteTrigger(QStringLiteral("^\\s*CREATE\\s+TRIGGER\\b.*^\\s*BEGIN\\s*$"),
                                                  QRegularExpression::CaseInsensitiveOption
                                                      | QRegularExpression::DotMatchesEverythingOption
                                                      | QRegularExpression::MultilineOption);
    static const QRegularExpression triggerEnd(QStringLiteral("^\\s*END\\s*;\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    QString current;
    bool inDollarQuotes = false;
    // A "--" comment after the code of a line is dropped, so that "...; -- why" still ends the
    // statement (QSqlQuery refuses a statement with anything after its ';').
    auto code = [](const QString &line) {
        bool quoted = false;
        for (qsizetype i = 0; i + 1 < line.size(); ++i) {
            if (line.at(i) == u'\'')
                quoted = !quoted;
            else if (!quoted && line.at(i) == u'-' && line.at(i + 1) == u'-')
                return line.left(i);
        }
        return line;
    };
    for (const QString &rawLine : sql.split(u'\n')) {
        const QString line = inDollarQuotes ? rawLine : code(rawLine);
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && trimmed.isEmpty())
            continue;
        current += line + u'\n';
        if (line.count(QStringLiteral("$$")) % 2 == 1)
            inDollarQuotes = !inDollarQuotes;
        if (inDollarQuotes)
            continue;
        const bool inTrigger = sqliteTrigger.match(current).hasMatch();
        const bool ends = inTrigger ? triggerEnd.match(line).hasMatch() : trimmed.endsWith(u';');
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Migrations::Migrations(Database &db) : Migrations(db, builtIn(db.dialect().engine())) {}

Migrations::Migrations(Database &db, QList<Script> scripts) : m_db(db), m_scripts(std::move(scripts)) {}

Result<Migrations::State> Migrations::inspect() const
{
    State state;
    state.programVersion = m_scripts.isEmpty() ? 0 : m_scripts.last().version;
    QHash<int, QByteArray> applied;
    {
        QSqlQuery q = m_db.query();
        // A failure here (another PC holding the file) must not read as "no migrations yet".
        if (Status found =
                Database::execPrepared(q, m_db.dialect().tableExists(), {QStringLiteral("schema_migrations")});
            !found)
            return found.failure();
        const bool hasTable = q.next();
        q.finish();
        if (hasTable) {
            if (!q.exec(QStringLiteral("SELECT version, checksum FROM schema_migrations")))
                return Database::failure(q);
            while (q.next()) {
                applied.insert(q.value(0).toInt(), q.value(1).toByteArray());
                state.databaseVersion = qMax(state.databaseVersion, q.value(0).toInt());
            }
        }
    }
    for (const Script &s : m_scripts) {
        const auto it = applied.constFind(s.version);
        if (it == applied.constEnd())
            state.pending.append(s.version);
        else if (*it != s.checksum && state.problem.isEmpty())
            state.problem = tr("Migration %1 (%2) in this program differs from the one applied to "
                               "the database. The program or the database was altered; the "
                               "database is opened read-only.")
                                .arg(s.version)
                                .arg(s.name);
    }
    if (state.isNewerThanProgram())
        state.problem = tr("This database has schema version %1, but this program only knows "
                           "version %2. It is opened read-only; please install the newer ShopDesk.")
                            .arg(state.databaseVersion)
                            .arg(state.programVersion);
    return state;
}

Status Migrations::apply(const Script &script)
{
    return m_db.write([&]() -> Status {
        QSqlQuery q = m_db.query();
        if (!q.exec(kCreateTable))
            return Database::failure(q);
        for (const QString &statement : splitStatements(QString::fromUtf8(script.sql))) {
            if (!q.exec(statement)) {
                Error e = Database::failure(q);
                e.message =
                    tr("Migration %1 (%2) failed: %3").arg(script.version).arg(script.name, q.lastError().text());
                return e;
            }
        }
        return Database::execPrepared(
            q,
            QStringLiteral("INSERT INTO schema_migrations(version, name, checksum, applied_at) "
                           "VALUES (?, ?, ?, ?)"),
            {script.version, script.name, QString::fromLatin1(script.checksum),
             toStoredInstant(QDateTime::currentDateTimeUtc())});
    });
}

Result<Migrations::State> Migrations::migrate()
{
    auto state = inspect();
    if (!state)
        return state;
    if (!state->problem.isEmpty())
        return fail(state->problem);
    for (const Script &s : m_scripts) {
        if (!state->pending.contains(s.version))
            continue;
        Status applied = apply(s);
        if (!applied)
            return applied.failure();
    }
    return inspect();
}

Result<Migrations::State> Migrations::bringUpToDate()
{
    auto state = inspect();
    if (!state)
        return state;
    if (!state->problem.isEmpty()) {
        m_db.setReadOnly(state->problem);
        return state;
    }
    if (state->pending.isEmpty() || m_db.isReadOnly())
        return state;
    return migrate();
}

} // namespace shopdesk
