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
    QString server; // its URL without the password
    QList<TransferredTable> tables;
    qint64 rows = 0;
    qint64 auditRecords = 0;
};

// Issue 20, step 14: `shopdeskctl transfer --to postgresql://...` moves a company that outgrew
// its shared file onto a database server. The file is only read (checked first: integrity,
// foreign keys, audit chain); the server's database must be empty. The schema is made there by
// the same migrations, then every table's rows are copied in one transaction with their ids,
// the rules' triggers switched off meanwhile (the rows already show what they did, and a
// confirmed month's punches must still arrive) and the foreign keys checked at its end. Before
// it commits, each table's row count must equal the file's; after it, the server's audit chain
// must verify up to the file's newest record, and a "company.transfer" record is appended there.
class CompanyTransfer
{
    Q_DECLARE_TR_FUNCTIONS(CompanyTransfer)

public:
    // A table made from others' rows (the contract pages' search index): not copied but made on
    // the server by `rebuild`, inside the transfer's transaction. Registered at start-up.
    using Rebuild = std::function<Status(Database &server)>;
    static void addDerivedTable(const QString &table, Rebuild rebuild);

    // Called after each table: its name, the tables done and the count of all.
    using Progress = std::function<void(const QString &table, int done, int total)>;

    CompanyTransfer(Database &file, const Clock &clock) : m_file(file), m_clock(clock) {}
    // `actor` must be a database administrator of the file.
    Result<TransferReport> run(const Actor &actor, const QString &serverUrl, const Progress &progress = {}) const;

private:
    Database &m_file;
    const Clock &m_clock;
};

} // namespace shopdesk
