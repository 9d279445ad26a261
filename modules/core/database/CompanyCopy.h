#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

#include <functional>
#include <memory>

namespace shopdesk {

class Database;

struct CopiedTable
{
    QString name;
    qint64 rows = 0;
};

struct CopyReport
{
    QString target; // the new file's path, or the server's URL without the password
    QList<CopiedTable> tables;
    qint64 rows = 0;
    std::shared_ptr<Database> copy; // the target, open
};

// Issue 20: a company database copied, every table with its ids, into a new one of the other
// engine: a company file into an empty database on a server, or a server's company into a new
// file (a transfer, and a server company's backup). The source is read as one snapshot and must
// be at this program's schema; the target gets it by the same migrations. The rows arrive in one
// transaction, the target's rules' triggers switched off meanwhile (the rows already show what
// they did, and a confirmed month's punches must still arrive) and its foreign keys checked at
// the end; before it commits, each table's row count must equal what was read. A failed copy
// into a file removes the file; a server's database keeps the empty schema (only its
// administrator drops a database).
class CompanyCopy
{
    Q_DECLARE_TR_FUNCTIONS(CompanyCopy)

public:
    // A table made from others' rows (the contract pages' search index, fts5 in a file and a
    // tsvector column on a server): not copied but made in the target by `rebuild`, inside the
    // copy's transaction. Registered at start-up.
    using Rebuild = std::function<Status(Database &target)>;
    static void addDerivedTable(const QString &table, Rebuild rebuild);

    // Called after each table: its name, the tables done and the count of all.
    using Progress = std::function<void(const QString &table, int done, int total)>;

    explicit CompanyCopy(Database &source) : m_source(source) {}
    // `target`: a postgresql:// URL when the source is a file; a file that does not exist yet
    // when the source is on a server.
    Result<CopyReport> into(const QString &target, const Progress &progress = {}) const;

private:
    Database &m_source;
};

} // namespace shopdesk
