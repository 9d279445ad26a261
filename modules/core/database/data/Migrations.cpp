#include "database/data/Migrations.h"

#include "common/Clock.h"
#include "database/data/Database.h"

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

QList<Migrations::Script> Migrations::builtIn()
{
    static const QRegularExpression fileName(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    QList<Script> scripts;
    const QDir dir(QStringLiteral(":/sql"));
    for (const QString &entry : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = fileName.match(entry);
        QFile f(dir.filePath(entry));
        if (!m.hasMatch() || !f.open(QIODevice::ReadOnly))
            continue;
        Script s;
        s.version = m.captured(1).toInt();
        s.name = m.captured(2);
        s.sql = f.readAll();
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
    // QSqlQuery runs one statement at a time. Statements end with ';' at the end of a line;
    // a CREATE TRIGGER runs to its "END;" line.
    static const QRegularExpression triggerStart(QStringLiteral("^\\s*CREATE\\s+TRIGGER"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression triggerEnd(QStringLiteral("^\\s*END\\s*;\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    QStringList statements;
    QString current;
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
        const QString line = code(rawLine);
        const QString trimmed = line.trimmed();
        if (current.isEmpty() && trimmed.isEmpty())
            continue;
        current += line + u'\n';
        const bool inTrigger = triggerStart.match(current).hasMatch();
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

Migrations::Migrations(Database &db, QList<Script> scripts) : m_db(db), m_scripts(std::move(scripts)) {}

Result<Migrations::State> Migrations::inspect() const
{
    State state;
    state.programVersion = m_scripts.isEmpty() ? 0 : m_scripts.last().version;
    QHash<int, QByteArray> applied;
    {
        QSqlQuery q = m_db.query();
        if (!q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type='table' AND "
                                   "name='schema_migrations'")))
            return Database::failure(q);
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
