#include "audit/AuditLogService.h"

#include "audit/data/AuditRepository.h"

#include "database/data/Database.h"

namespace shopdesk {

Result<QList<AuditRecord>> AuditLogService::page(const Actor &actor, const AuditFilter &filter) const
{
    if (!Permissions::can(actor, Action::ViewAudit))
        return fail(Permissions::refusal(Action::ViewAudit));
    return AuditRepository(m_db).page(filter);
}

Result<Page<AuditRecord>> AuditLogService::page(const Actor &actor, AuditFilter filter, const PageCursor &after,
                                                int pageSize) const
{
    filter.beforeId = after.atStart() ? 0 : after.after.constFirst().toLongLong();
    filter.limit = pageSize + 1;
    auto records = page(actor, filter);
    if (!records)
        return records.failure();
    return pageOf(std::move(*records), pageSize, [](const AuditRecord &r) { return PageCursor{{r.id}}; });
}

Result<CheckReport> AuditLogService::check(const Actor &actor) const
{
    if (!Permissions::can(actor, Action::ViewAudit))
        return fail(Permissions::refusal(Action::ViewAudit));
    auto report = DatabaseCheck(m_db).run(AuditAnchor::recall(m_db.path()));
    if (report && report->ok)
        AuditAnchor::remember(m_db.path(), report->newest);
    return report;
}

} // namespace shopdesk
