#include "database/data/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSqlError>
#include <QTemporaryFile>
#include <QThread>
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

Result<std::shared_ptr<Database>> Database::open(const QString &path, const Options &options)
{
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

Result<qint64> Database::dataVersion() const
{
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("PRAGMA data_version")) || !q.next())
        return failure(q);
    return q.value(0).toLongLong();
}

QString Database::quickCheckProblems() const
{
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
    const QString name = threadConnectionName(m_connectionPrefix);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_options.busyTimeoutMs);
    if (m_fileReadOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    {
        QMutexLocker lock(&m_lock);
        m_connectionNames.append(name);
    }
    if (db.open()) {
        QSqlQuery q(db);
        if (!m_fileReadOnly) {
            q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
        }
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    }
    return db;
}

void Database::setWaitForDisk(bool wait) const
{
    QSqlQuery q(connection());
    q.exec(wait ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=OFF"));
}

bool Database::isBusy(const QSqlError &error)
{
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

Status Database::execPrepared(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return failure(query);
    for (const QVariant &v : values)
        query.addBindValue(storedForm(v));
    return exec(query);
}

Status Database::runKept(const QString &sql, const QVariantList &values,
                         const std::function<void(const QSqlQuery &)> &row) const
{
    const QString name = threadConnectionName(m_connectionPrefix);
    QSqlDatabase db = connection();
    std::shared_ptr<QSqlQuery> query; // held here: `row` may keep another statement meanwhile
    {
        QMutexLocker lock(&m_lock);
        query = m_kept.value(name).value(sql); // this thread's connection's: no other thread runs it
    }
    if (!query) {
        // Prepared outside the lock: reading the schema may wait for another PC.
        auto fresh = std::make_shared<QSqlQuery>(db);
        if (!fresh->prepare(sql))
            return failure(*fresh);
        QMutexLocker lock(&m_lock);
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
    // BEGIN IMMEDIATE as SQL: QSqlDatabase::transaction() sends a deferred BEGIN, which turns
    // into "database is locked" when two PCs upgrade their read locks at once.
    return run(QStringLiteral("BEGIN IMMEDIATE"));
}

Database::Step Database::commit()
{
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
