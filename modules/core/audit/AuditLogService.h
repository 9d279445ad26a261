#pragma once

#include "audit/domain/AuditRecord.h"
#include "common/Result.h"
#include "common/domain/Page.h"
#include "database/DatabaseCheck.h"
#include "users/domain/Permissions.h"

namespace shopdesk {

class Database;

// Reading the audit trail and checking the file, for the Administration panel.
class AuditLogService
{
public:
    explicit AuditLogService(Database &db) : m_db(db) {}
    Result<QList<AuditRecord>> page(const Actor &actor, const AuditFilter &filter) const;
    // Issue 12: the page of pageSize records older than `after` (an id; the newest first), for
    // the shared paged model; filter.beforeId and filter.limit are replaced.
    Result<Page<AuditRecord>> page(const Actor &actor, AuditFilter filter, const PageCursor &after, int pageSize) const;
    // Runs the checks and moves this PC's anchor forward when the chain is sound.
    Result<CheckReport> check(const Actor &actor) const;

private:
    Database &m_db;
};

} // namespace shopdesk
