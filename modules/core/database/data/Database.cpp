#include "database/data/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QTemporaryFile>
#include <QThread>
#include <QUrlQuery>
#include <QUuid>

namespace shopdesk {

namespace {

const QByteArray kSqliteMagic("SQLite format 3\0", 16);

// A folder is writable when a file can really be made in it (ACLs and shares ignore mode bits).
bool folderAcceptsFiles(const QString &folder)
{
    QTemporaryFile probe(QDir(folder).filePath(QStringLiteral(".shopdesk-probe-XXXXXX")));
    return probe.open();
}

} // namespace

Database::Database(QString path, Options options)
    : m_path(std::move(path)), m_options(options),
      m_connectionPrefix(QStringLiteral("shopdesk-") + QUuid::createUuid().toString(QUuid::Id128))
{
}

Database::~Database()
{
    QMutexLocker lock(&m_lock);
    m_kept.clear(); // before their connections go
    for (const QString &name : std::as_const(m_connectionNames)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

bool Database::isServerUrl(const QString &location)
{
    return location.trimmed().startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive)
        || location.trimmed().startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

Result<std::shared_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    if (isServerUrl(path))
        return openServer(path.trimmed(), options);
    // QDir::cleanPath keeps a UNC prefix (\\server\share -> //server/share), which SQLite
    // and Windows both accept.
    if (path.trimmed().isEmpty())
        return fail(tr("No database file was given."));
    const QString file = QDir::cleanPath(QFileInfo(QDir::fromNativeSeparators(path.trimmed())).absoluteFilePath());
    const QFileInfo info(file);
    if (info.isDir())
        return fail(tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(file)));
    if (!info.exists()) {
        if (!options.create)
            return fail(tr("The database file %1 does not exist, or its drive is not reachable.")
                            .arg(QDir::toNativeSeparators(file)));
        const QString folder = info.absolutePath();
        if (!QFileInfo(folder).isDir())
            return fail(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
        if (!folderAcceptsFiles(folder))
            return fail(tr("ShopDesk cannot create files in the folder %1. Choose another folder "
                           "or ask for write permission.")
                            .arg(QDir::toNativeSeparators(folder)));
    } else if (info.size() > 0) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return fail(
                tr("The database file %1 cannot be read: %2").arg(QDir::toNativeSeparators(file), f.errorString()));
        if (f.read(16) != kSqliteMagic)
            return fail(
                tr("%1 is not a ShopDesk database (it is not an SQLite file).").arg(QDir::toNativeSeparators(file)));
    }

    std::shared_ptr<Database> db(new Database(file, options));
    if (info.exists() && !info.isWritable()) {
        db->m_fileReadOnly = true;
        db->m_readOnlyReason = tr("the file %1 is read-only").arg(QDir::toNativeSeparators(file));
    } else if (info.exists() && !folderAcceptsFiles(info.absolutePath())) {
        // The rollback journal is made beside the file: without it nothing can be written.
        db->m_readOnlyReason = tr("the folder %1 is not writable").arg(QDir::toNativeSeparators(info.absolutePath()));
    }

    QSqlDatabase c = db->connection();
    if (!c.isOpen())
        return fail(
            tr("The database file %1 cannot be opened: %2").arg(QDir::toNativeSeparators(file), c.lastError().text()));
    // Reading the schema proves it is a usable SQLite file (a corrupt header fails here). Another
    // PC committing, or rolling back its hot journal, can hold the file past the busy timeout:
    // that is a wait, not damage, so it is tried again like a write.
    QSqlQuery q(c);
    for (int attempt = 0; !q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")); ++attempt) {
        if (!isBusy(q.lastError()))
            return fail(tr("The database file %1 is damaged or not a database: %2")
                            .arg(QDir::toNativeSeparators(file), q.lastError().text()));
        if (attempt + 1 >= options.maxWriteAttempts)
            return fail(db->busyMessage());
        db->pauseBeforeRetry(attempt + 1);
    }
    q.finish();
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next()
        && q.value(0).toString().compare(u"wal", Qt::CaseInsensitive) == 0) {
        q.finish();
        // WAL needs shared memory, which a network drive does not have.
        if (db->m_fileReadOnly || !q.exec(QStringLiteral("PRAGMA journal_mode=DELETE")) || !q.next()
            || q.value(0).toString().compare(u"delete", Qt::CaseInsensitive) != 0)
            return fail(tr("The database file %1 is in WAL mode, which does not work on a shared "
                           "drive, and could not be switched back. Close every other program "
                           "using it and try again.")
                            .arg(QDir::toNativeSeparators(file)));
    }
    q.finish();
    return db;
}

namespace {

// The one lock every write takes on a server (pg_advisory_xact_lock: released at COMMIT or
// ROLLBACK), so that writes follow one another as they do in a file under BEGIN IMMEDIATE: the
// code that reads and then writes (the audit chain's next link, "is this number free?") stays
// right. Its key spells "ShopDesk".
constexpr qint64 kWriteLock = 0x53686F704465736BLL;

bool isThisMachine(const QString &host)
{
    return host.isEmpty() || host.startsWith(u'/') || host == QLatin1String("localhost")
        || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}

// TLS is required off this machine (issue 20): the URL may ask for more (verify-full), never less.
QString tlsMode(const QUrl &server)
{
    const QString asked = QUrlQuery(server).queryItemValue(QStringLiteral("sslmode"));
    if (!asked.isEmpty())
        return asked;
    return isThisMachine(server.host()) ? QStringLiteral("prefer") : QStringLiteral("require");
}

} // namespace

Result<std::shared_ptr<Database>> Database::openServer(const QString &url, const Options &options)
{
    const QUrl server(url);
    // As shown and remembered: without the password, with the TLS asked for (so that a restart
    // keeps verify-full).
    QUrl shown = server.adjusted(QUrl::RemovePassword | QUrl::RemoveQuery);
    if (const QString tls = QUrlQuery(server).queryItemValue(QStringLiteral("sslmode")); !tls.isEmpty())
        shown.setQuery(QStringLiteral("sslmode=") + tls);
    if (!server.isValid() || server.path().size() < 2 || server.path().mid(1).contains(u'/'))
        return fail(tr("%1 is not a server address; it is written postgresql://user:password@host:port/database.")
                        .arg(shown.toString()));
    static const QStringList withoutTls = {QStringLiteral("disable"), QStringLiteral("allow"),
                                           QStringLiteral("prefer")};
    if (!isThisMachine(server.host()) && withoutTls.contains(tlsMode(server)))
        return fail(tr("The server %1 is on another machine: ShopDesk talks to it only over TLS "
                       "(sslmode=require or verify-full).")
                        .arg(server.host()));
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(tr("This ShopDesk cannot reach a PostgreSQL server: Qt's PostgreSQL driver is not installed."));

    std::shared_ptr<Database> db(new Database(shown.toString(), options));
    db->m_engine = SqlEngine::Postgres;
    db->m_server = server;
    QSqlDatabase c = db->connection();
    if (!c.isOpen()) {
        // Issue 20, step 12: people sign in to the server as themselves, so a wrong password is
        // the server's refusal, not a server out of reach (SQLSTATE 28P01; its English words
        // when libpq hands over no code).
        const QSqlError e = c.lastError();
        if (e.nativeErrorCode() == QLatin1String("28P01") || e.text().contains(u"password authentication failed")) {
            Error refused{
                tr("Wrong user name or password: the server %1 refused %2.").arg(server.host(), server.userName())};
            refused.refusedPassword = true;
            return refused;
        }
        if (e.text().contains(u"is not permitted to log in"))
            return fail(tr("The server %1 lets %2 in no longer: the account is disabled, or locked after too many "
                           "wrong passwords.")
                            .arg(server.host(), server.userName()));
        return fail(tr("The company server %1 cannot be reached: %2").arg(shown.toString(), e.text()));
    }
    return db;
}

namespace {
QString threadConnectionName(const QString &prefix)
{
    return prefix + QLatin1Char('-') + QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()));
}
} // namespace

void Database::releaseThreadConnection() const
{
    const QString name = threadConnectionName(m_connectionPrefix);
    {
        QMutexLocker lock(&m_lock);
        if (!m_connectionNames.removeOne(name))
            return;
        m_kept.remove(name);
    }
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Status Database::refreshStatistics(const QStringList &tables) const
{
    if (!isOnServer() || tables.isEmpty())
        return success();
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("ANALYZE ") + tables.join(QStringLiteral(", "))))
        return failure(q);
    return success();
}

Result<qint64> Database::dataVersion() const
{
    if (isOnServer())
        return fail(tr("A server announces changes instead (ChangeWatcher)."));
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return failure(q);
    return q.value(0).toLongLong();
}

QString Database::quickCheckProblems() const
{
    if (isOnServer())
        return {};
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return q.lastError().text();
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    return problems == QStringList{QStringLiteral("ok")} ? QString() : problems.mid(0, 5).join(QStringLiteral("; "));
}

QSqlDatabase Database::connection() const
{
    return connectionNamed(threadConnectionName(m_connectionPrefix));
}

QSqlDatabase Database::listeningConnection() const
{
    return connectionNamed(m_connectionPrefix + QStringLiteral("-listening"));
}

QSqlDatabase Database::connectionNamed(const QString &name) const
{
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    {
        QMutexLocker lock(&m_lock);
        m_connectionNames.append(name);
    }
    return addConnection(name);
}

QSqlDatabase Database::addConnection(const QString &name) const
{
    if (isOnServer()) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_server.host());
        db.setPort(m_server.port(5432));
        db.setDatabaseName(m_server.path().mid(1));
        db.setUserName(m_server.userName());
        db.setPassword(m_server.password());
        db.setConnectOptions(
            QStringLiteral("connect_timeout=10;application_name=ShopDesk;sslmode=%1").arg(tlsMode(m_server)));
        if (db.open()) {
            QSqlQuery q(db);
            // A wait for another user's write ends as the busy timeout does in a file.
            q.exec(QStringLiteral("SET lock_timeout = %1").arg(m_options.busyTimeoutMs));
            q.exec(QStringLiteral("SET client_min_messages = warning"));
        }
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs);
    if (m_fileReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    if (db.open()) {
        QSqlQuery q(db);
        if (!m_fileReadOnly) {
            q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        }
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        // Each INSERT of a long transaction (an import) keeps a statement journal of the pages it
        // changes; in a temporary file that is a write() per page, over half an import's time.
        // In memory it is a few pages, freed after each statement.
        q.exec(QStringLiteral("PRAGMA temp_store=MEMORY"));
    }
    return db;
}

void Database::setWaitForDisk(bool wait) const
{
    QSqlQuery q(connection());
    if (isOnServer())
        q.exec(wait ? QStringLiteral("SET synchronous_commit = on") : QStringLiteral("SET synchronous_commit = off"));
    else
        q.exec(wait ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=OFF"));
}

bool Database::isBusy(const QSqlError &error)
{
    // On a server: a serialisation failure, a deadlock, or a lock not had within lock_timeout.
    static const QStringList serverWaits = {QStringLiteral("40001"), QStringLiteral("40P01"), QStringLiteral("55P03")};
    if (serverWaits.contains(error.nativeErrorCode()))
        return true;
    // SQLITE_BUSY (5, or an extended code of it): another connection holds the file. Not any text
    // with "locked" in it: a damaged schema quoting a column such as locked_until is no wait.
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    if (isNumber)
        return (code & 0xff) == 5;
    return error.databaseText().contains(u"database is locked");
}

QString Database::busyMessage() const
{
    if (isOnServer())
        return tr("Another user's change held the data on the server %1 for too long. Your input is kept; try "
                  "again in a moment.")
            .arg(m_server.host());
    return tr("Another PC held the database file %1 for too long. Your input is kept; try again "
              "in a moment.")
        .arg(QDir::toNativeSeparators(m_path));
}

Error Database::failure(const QSqlQuery &query)
{
    Error e = fail(tr("Database error: %1").arg(query.lastError().text()));
    e.busy = isBusy(query.lastError());
    return e;
}

Status Database::exec(QSqlQuery &query)
{
    if (query.exec())
        return success();
    return failure(query);
}

namespace {
// A value as the tables take it. A null QString would reach the database as NULL; text columns
// are NOT NULL here, and "" is what an empty field means (NULL is asked for explicitly, with
// QVariant(QMetaType(...))). A bool is stored as 0 or 1: the columns are integers, which
// PostgreSQL's driver would be sent TRUE or FALSE for (issue 20).
QVariant storedForm(const QVariant &v)
{
    if (v.typeId() == QMetaType::QString && !v.isNull() && v.toString().isNull())
        return QStringLiteral("");
    if (v.typeId() == QMetaType::Bool && !v.isNull())
        return v.toBool() ? 1 : 0;
    return v;
}

// Binds `values` to a statement kept from an earlier run.
void bindAgain(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, storedForm(values.at(i)));
}
} // namespace

void Database::addBindValues(QSqlQuery &query, const QVariantList &values)
{
    for (const QVariant &v : values)
        query.addBindValue(storedForm(v));
}

void Database::removeFile(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
}

Status Database::execPrepared(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return failure(query);
    addBindValues(query, values);
    return exec(query);
}

Status Database::runKept(const QString &sql, const QVariantList &values,
                         const std::function<void(const QSqlQuery &)> &row, bool keep) const
{
    const QString name = threadConnectionName(m_connectionPrefix);
    QSqlDatabase db = connection();
    std::shared_ptr<QSqlQuery> query; // held here: `row` may keep another statement meanwhile
    if (keep) {
        QMutexLocker lock(&m_lock);
        query = m_kept.value(name).value(sql); // this thread's connection's: no other thread runs it
    }
    if (!query) {
        // Prepared outside the lock: reading the schema may wait for another PC.
        auto fresh = std::make_shared<QSqlQuery>(db);
        if (!fresh->prepare(sql))
            return failure(*fresh);
        QMutexLocker lock(&m_lock);
        if (keep)
            m_kept[name].insert(sql, fresh);
        query = fresh;
    }
    bindAgain(*query, values);
    if (!query->exec()) {
        const Error error = failure(*query);
        query->finish();
        return error;
    }
    if (row)
        while (query->next())
            row(*query);
    if (row && query->lastError().isValid()) { // a row that could not be read: not a shorter answer
        const Error error = failure(*query);
        query->finish();
        return error;
    }
    query->finish();
    return success();
}

Status Database::keptQuery(const QString &sql, const QVariantList &values,
                           const std::function<void(const QSqlQuery &)> &row) const
{
    return runKept(sql, values, row);
}

Result<qint64> Database::keptInsert(const QString &sql, const QVariantList &values) const
{
    qint64 id = 0;
    if (Status s = runKept(sql + QStringLiteral(" RETURNING id"), values,
                           [&id](const QSqlQuery &q) { id = q.value(0).toLongLong(); });
        !s)
        return s.failure();
    return id;
}

Result<QList<qint64>> Database::newIds(const QString &table, qsizetype count) const
{
    QList<qint64> ids;
    ids.reserve(count);
    if (isOnServer()) {
        if (Status s = keptQuery(QStringLiteral("SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM "
                                                "generate_series(1, CAST(? AS INTEGER))"),
                                 {table, count}, [&](const QSqlQuery &q) { ids.append(q.value(0).toLongLong()); });
            !s)
            return s.failure();
        return ids;
    }
    qint64 largest = 0;
    if (Status s = keptQuery(QStringLiteral("SELECT coalesce(max(id), 0) FROM %1").arg(table), {},
                             [&](const QSqlQuery &q) { largest = q.value(0).toLongLong(); });
        !s)
        return s.failure();
    for (qsizetype i = 1; i <= count; ++i)
        ids.append(largest + i);
    return ids;
}

namespace {
constexpr qsizetype kFewRows = 8;
} // namespace

Status Database::insertRows(const QString &insert, const QList<QVariantList> &rows, const QString &tail,
                            const std::function<void(const QSqlQuery &)> &row) const
{
    if (rows.isEmpty())
        return success();
    const qsizetype columns = rows.first().size();
    const qsizetype perStatement = qMax<qsizetype>(1, 999 / qMax<qsizetype>(1, columns));
    const QString marks = QStringLiteral("(%1)").arg(QStringLiteral("?, ").repeated(columns).chopped(2));
    auto statement = [&](qsizetype count) {
        QString sql = insert + QStringLiteral(" VALUES ");
        sql += (marks + QStringLiteral(", ")).repeated(count).chopped(2);
        return tail.isEmpty() ? sql : sql + QLatin1Char(' ') + tail;
    };
    for (qsizetype from = 0; from < rows.size(); from += perStatement) {
        const qsizetype count = qMin(perStatement, rows.size() - from);
        QVariantList values;
        values.reserve(count * columns);
        for (qsizetype i = from; i < from + count; ++i)
            values += rows.at(i);
        // A full statement is kept, and one of a few rows (an order and its lines); another last
        // one is not.
        const bool keep = count == perStatement || count <= kFewRows;
        if (Status s = runKept(statement(count), values, row, keep); !s)
            return s;
    }
    return success();
}

qint64 Database::insertedId(QSqlQuery &query)
{
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

Database::Step Database::run(const QString &sql)
{
    QSqlQuery q(connection());
    if (q.exec(sql))
        return {};
    if (isBusy(q.lastError()))
        return {false, true, busyMessage()};
    return {false, false, tr("Database error: %1").arg(q.lastError().text())};
}

Database::Step Database::begin()
{
    if (isOnServer()) {
        Step begun = run(QStringLiteral("BEGIN"));
        if (begun.ok)
            begun = run(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLock));
        if (!begun.ok)
            rollback(); // a lock not had in time ends the transaction; the next try begins anew
        return begun;
    }
    // BEGIN IMMEDIATE as SQL: QSqlDatabase::transaction() sends a deferred BEGIN, which turns
    // into "database is locked" when two PCs upgrade their read locks at once.
    return run(QStringLiteral("BEGIN IMMEDIATE"));
}

Database::Step Database::commit()
{
    // A server's transaction that met an error is over: its COMMIT rolls back without a word. A
    // statement first finds out, so that a failure nobody returned still fails the write; it is
    // the announcement of the commit to the others' ChangeWatcher, sent by the server only if the
    // COMMIT succeeds.
    if (isOnServer())
        if (const Step sound = run(
                QStringLiteral("SELECT pg_notify('%1', '%2')").arg(QLatin1String(kChangesChannel), m_connectionPrefix));
            !sound.ok)
            return sound;
    // COMMIT can be busy too while other PCs read: the caller retries the whole transaction.
    return run(QStringLiteral("COMMIT"));
}

void Database::rollback()
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("ROLLBACK")); // fails harmlessly when SQLite already rolled back
}

void Database::pauseBeforeRetry(int attempt) const
{
    // Growing, jittered pauses so that PCs retrying together do not collide again.
    const int base = 50 << qMin(attempt, 6);
    QThread::msleep(base + QRandomGenerator::global()->bounded(base));
}

} // namespace shopdesk
