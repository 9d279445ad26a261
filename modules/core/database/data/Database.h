#pragma once

#include "common/Result.h"
#include "database/data/SqlDialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>

namespace shopdesk {

// One SQLite file, opened with the shared-drive settings of ARCHITECTURE.md: rollback journal,
// synchronous=FULL, foreign keys, a busy timeout, one connection per thread, and writes as short
// BEGIN IMMEDIATE transactions retried as a whole when another PC holds the file.
// Or (issue 20) a company database on a PostgreSQL server, named by its URL
// (postgresql://user:password@host:port/database): the same connections per thread, TLS off this
// machine, and writes taking one lock for the whole database, as BEGIN IMMEDIATE does, waited for
// as long as the busy timeout and then retried the same way.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    struct Options
    {
        bool create = false; // create the file if it does not exist
        // SQLite waits this long for a lock; then the whole transaction is retried, and the
        // status bar can say that another PC holds the file. 6 x 2.5 s plus pauses: about 18 s.
        int busyTimeoutMs = 2500;
        int maxWriteAttempts = 6;
    };

    // A file's path, or a server's postgresql:// URL (Options::create means nothing there).
    static Result<std::shared_ptr<Database>> open(const QString &location, const Options &options);
    static Result<std::shared_ptr<Database>> open(const QString &location) { return open(location, Options{}); }
    static bool isServerUrl(const QString &location);
    // Removes a file this program has just made and closed (a half-made company), with its journal.
    static void removeFile(const QString &path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // The file's path, or the server's URL without its password.
    QString path() const { return m_path; }
    // How this database's engine spells what differs (issue 20).
    SqlDialect dialect() const { return SqlDialect(m_engine); }
    bool isOnServer() const { return m_engine == SqlEngine::Postgres; }
    // This thread's connection; created on first use.
    QSqlDatabase connection() const;
    QSqlQuery query() const { return QSqlQuery(connection()); }

    // Closes this thread's connection; a worker thread calls it before it ends.
    void releaseThreadConnection() const;

    // PRAGMA data_version: changes when another connection (another PC) commits, not for our own.
    // Not on a server yet (issue 20, step 10: LISTEN/NOTIFY): an Error there.
    Result<qint64> dataVersion() const;
    // Issue 20: on a server every commit is announced (NOTIFY) on this channel, with the mark of
    // the Database that wrote it, so that a watcher tells its own commits from others'
    // (ChangeWatcher), listening on a connection of its own that runs no statements.
    static constexpr auto kChangesChannel = "shopdesk_changes";
    QString writerMark() const { return m_connectionPrefix; }
    QSqlDatabase listeningConnection() const;
    // After a bulk write (an import, a demo, a copy of a company): a server's planner learns the
    // tables' new sizes now, not when its autovacuum next looks (a minute or more later), so that
    // no list reads every row meanwhile (issue 20: the order list's first page of 20,000 orders
    // just filled took 57 ms, 1 ms once they were analysed). A file's planner does well without.
    Status refreshStatistics(const QStringList &tables) const;
    // PRAGMA quick_check; empty when sound, else what it found. Empty on a server, which keeps
    // its own pages.
    QString quickCheckProblems() const;

    // Told when a write starts waiting for another PC (true) and when it stops waiting (false).
    // Called on the writing thread.
    // Called from whichever thread waits (a background import's, too).
    void setWaitListener(std::function<void(bool waiting)> listener)
    {
        QMutexLocker lock(&m_lock);
        m_waitListener = std::move(listener);
    }

    // Generating a demo company into a new file: this thread's commits stop waiting for the disk
    // (PRAGMA synchronous=OFF) until it is set back. Never for a company's real work.
    void setWaitForDisk(bool wait) const;

    bool isReadOnly() const { return !m_readOnlyReason.isEmpty(); }
    QString readOnlyReason() const { return m_readOnlyReason; }
    void setReadOnly(const QString &reason) { m_readOnlyReason = reason; }

    // Runs `work` inside BEGIN IMMEDIATE ... COMMIT. Rolls back when work fails. When the file
    // stays busy past the timeout (at BEGIN, COMMIT or a statement that failed through exec()),
    // the whole transaction is tried again with a growing pause.
    // `work` returns Result<T> and must be safe to run again from the start.
    template<typename Work>
    auto write(Work &&work) -> decltype(work());

    // Prepared statement helpers: on failure an Error naming the statement's purpose.
    static Status exec(QSqlQuery &query);
    // The one way a failed statement (prepare or exec) becomes an Error: translated, and marked
    // busy when another PC held the file, so that write() tries the transaction again.
    static Error failure(const QSqlQuery &query);
    static Status execPrepared(QSqlQuery &query, const QString &sql, const QVariantList &values);
    // Adds `values` to a prepared statement, in the form the tables take them ("" for a null
    // text, a bool as 0 or 1): the one way values reach a statement outside this class.
    static void addBindValues(QSqlQuery &query, const QVariantList &values);
    // An INSERT of one row into a table keyed by `id`, asked to return it (RETURNING id: both
    // engines have it, where QPSQL's lastInsertId() would be another query, SELECT lastval(), and
    // right only after a sequence's default; issue 20). Then insertedId() reads it.
    static Status execInsert(QSqlQuery &query, const QString &sql, const QVariantList &values)
    {
        return execPrepared(query, sql + QStringLiteral(" RETURNING id"), values);
    }
    // The id of the row execInsert() added; the statement is then finished, since SQLite commits
    // no transaction while a statement that writes is still open.
    static qint64 insertedId(QSqlQuery &query);
    // Statements run again and again (an import's look-ups and inserts, the audit chain's link):
    // prepared once for this thread's connection and kept, since SQLite takes about as long to
    // prepare a small statement as to run it. Each call reads every row (given to `row`) and
    // resets the statement before it returns, so no cursor stays open (STYLE 3). `row` may run
    // other statements, not this one.
    Status keptQuery(const QString &sql, const QVariantList &values,
                     const std::function<void(const QSqlQuery &)> &row = {}) const;
    // A kept INSERT; the new row's id.
    Result<qint64> keptInsert(const QString &sql, const QVariantList &values) const;
    // Inside write(): `count` ids for new rows of `table` (keyed by `id`), taken before the rows
    // are written, so that one text can say them to the table and to their audit record. SQLite's
    // are those it would choose itself, after the largest (the write lock is held); a server's
    // come from the table's sequence.
    Result<QList<qint64>> newIds(const QString &table, qsizetype count) const;
    // Many rows into one table, as few statements as the oldest SQLite's 999 values a statement
    // allow (an import's 100,000 orders: a statement each cost more than the rows): `insert` is
    // "INSERT INTO t(a, b)", each row its values in that order, `tail` what follows the VALUES
    // (say "RETURNING id, number", whose rows `row` reads, in no promised order). The statements of
    // a full batch and of a few rows are kept; another last batch is prepared for its one run.
    Status insertRows(const QString &insert, const QList<QVariantList> &rows, const QString &tail = {},
                      const std::function<void(const QSqlQuery &)> &row = {}) const;
    static bool isBusy(const QSqlError &error);
    // An id column's value: NULL for 0 (no such link).
    static QVariant nullableId(qint64 id) { return id ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)); }
    QString busyMessage() const;

private:
    // The outcome of BEGIN or COMMIT: busy means another PC holds the file, worth another try.
    struct Step
    {
        bool ok = true;
        bool busy = false;
        QString error;
    };
    explicit Database(QString path, Options options);
    static Result<std::shared_ptr<Database>> openServer(const QString &url, const Options &options);
    // The connection `name`, made (and closed with this Database) the first time it is asked for.
    QSqlDatabase connectionNamed(const QString &name) const;
    QSqlDatabase addConnection(const QString &name) const;
    Step begin();
    Step commit();
    Step run(const QString &sql);
    void rollback();
    void pauseBeforeRetry(int attempt) const;
    Status runKept(const QString &sql, const QVariantList &values, const std::function<void(const QSqlQuery &)> &row,
                   bool keep = true) const;

    QString m_path;
    Options m_options;
    SqlEngine m_engine = SqlEngine::Sqlite;
    QUrl m_server; // with its password, for the connections
    QString m_readOnlyReason;
    bool m_fileReadOnly = false;
    std::function<void(bool)> m_waitListener;
    QString m_connectionPrefix;
    mutable QMutex m_lock;
    mutable QStringList m_connectionNames;
    // The kept statements of each connection, by its name and their SQL.
    mutable QHash<QString, QHash<QString, std::shared_ptr<QSqlQuery>>> m_kept;
};

template<typename Work>
auto Database::write(Work &&work) -> decltype(work())
{
    if (isReadOnly())
        return fail(tr("The database is open read-only: %1").arg(m_readOnlyReason));
    bool waited = false;
    const std::function<void(bool)> listener = [this] { // a copy: the window may replace it meanwhile
        QMutexLocker lock(&m_lock);
        return m_waitListener;
    }();
    auto stopWaiting = [&] {
        if (waited && listener)
            listener(false);
    };
    for (int attempt = 0; attempt < m_options.maxWriteAttempts; ++attempt) {
        if (attempt > 0) {
            if (!waited && listener)
                listener(true);
            waited = true;
            pauseBeforeRetry(attempt);
        }
        const Step begun = begin();
        if (begun.busy)
            continue;
        if (!begun.ok) {
            stopWaiting();
            return fail(begun.error);
        }
        auto result = work();
        if (!result) {
            rollback();
            if (result.isBusy())
                continue; // a statement waited past the timeout (a page spill needs the whole file)
            stopWaiting();
            return result;
        }
        const Step committed = commit();
        if (committed.ok) {
            stopWaiting();
            return result;
        }
        rollback();
        if (!committed.busy) {
            stopWaiting();
            return fail(committed.error);
        }
    }
    stopWaiting();
    return fail(busyMessage());
}

} // namespace shopdesk
