#pragma once

#include "common/Result.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace shopdesk {

class Clock;
class Database;

struct TransferredTable
{
    QString name;
    qint64 rows = 0;
};

struct TransferReport
{
    QString target; // the new file's path, or the server's URL without the password
    QList<TransferredTable> tables;
    qint64 rows = 0;
    qint64 auditRecords = 0;
};

// Issue 20, step 14: `shopdeskctl transfer --to postgresql://...` moves a company that outgrew
// its shared file onto a database server; `transfer --to FILE` moves one from a server back into
// a new company file. The company being moved is only read, as one snapshot (checked first:
// integrity, foreign keys, audit chain); the target must be an empty server database or a file
// that does not exist yet. The schema is made there by the same migrations, then every table's
// rows are copied in one transaction with their ids, the rules' triggers switched off meanwhile
// (the rows already show what they did, and a confirmed month's punches must still arrive) and
// the foreign keys checked at its end. Before it commits, each table's row count must equal the
// source's; after it, the target's audit chain must verify up to the source's newest record, and
// a "company.transfer" record is appended there.
class CompanyTransfer
{
    Q_DECLARE_TR_FUNCTIONS(CompanyTransfer)

public:
    // A table made from others' rows (the contract pages' search index, fts5 in a file and a
    // tsvector column on a server): not copied but made in the target by `rebuild`, inside the
    // transfer's transaction. Registered at start-up.
    using Rebuild = std::function<Status(Database &target)>;
    static void addDerivedTable(const QString &table, Rebuild rebuild);

    // Called after each table: its name, the tables done and the count of all.
    using Progress = std::function<void(const QString &table, int done, int total)>;

    CompanyTransfer(Database &source, const Clock &clock) : m_source(source), m_clock(clock) {}
    // `actor` must be a database administrator of the source. `target` is a postgresql:// URL
    // when the source is a file, and a new file's path when it is on a server.
    Result<TransferReport> run(const Actor &actor, const QString &target, const Progress &progress = {}) const;

private:
    Database &m_source;
    const Clock &m_clock;
};

} // namespace shopdesk
