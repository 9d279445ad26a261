#pragma once

#include "common/Result.h"
#include "database/CompanyCopy.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QList>

namespace shopdesk {

class Clock;
class Database;

struct TransferReport
{
    QString target; // the new file's path, or the server's URL without the password
    QList<CopiedTable> tables;
    qint64 rows = 0;
    qint64 auditRecords = 0;
};

// Issue 20, step 14: `shopdeskctl transfer --to postgresql://...` moves a company that outgrew
// its shared file onto a database server; `transfer --to FILE` moves one from a server back into
// a new company file. Nobody may be working in the company, and it must pass its check
// (integrity, foreign keys, audit chain); then CompanyCopy copies it, the copy's audit chain
// must verify up to the source's newest record, and a "company.transfer" record is appended
// there. The source is only read.
class CompanyTransfer
{
    Q_DECLARE_TR_FUNCTIONS(CompanyTransfer)

public:
    CompanyTransfer(Database &source, const Clock &clock) : m_source(source), m_clock(clock) {}
    // `actor` must be a database administrator of the source. `target` is a postgresql:// URL
    // when the source is a file, and a new file's path when it is on a server.
    Result<TransferReport> run(const Actor &actor, const QString &target,
                               const CompanyCopy::Progress &progress = {}) const;

private:
    Database &m_source;
    const Clock &m_clock;
};

} // namespace shopdesk
