#include "database/DatabaseCheck.h"

#include "audit/data/AuditRepository.h"
#include "database/data/Database.h"
#include "database/data/SchemaCatalog.h"

#include <QMutex>

namespace shopdesk {

namespace {
QStringList &areasTriggers()
{
    static QStringList triggers;
    return triggers;
}
QMutex &areasTriggersLock()
{
    static QMutex lock;
    return lock;
}
QList<std::pair<QString, DatabaseCheck::ContentCheck>> &contentChecks()
{
    static QList<std::pair<QString, DatabaseCheck::ContentCheck>> checks;
    return checks;
}
} // namespace

void DatabaseCheck::addContentCheck(const QString &name, ContentCheck check)
{
    QMutexLocker locked(&areasTriggersLock());
    for (auto &[known, existing] : contentChecks())
        if (known == name) {
            existing = std::move(check);
            return;
        }
    contentChecks().append({name, std::move(check)});
}

QStringList DatabaseCheck::protectiveTriggers()
{
    QMutexLocker locked(&areasTriggersLock());
    return QStringList{QStringLiteral("audit_log_no_update"), QStringLiteral("audit_log_no_delete")} + areasTriggers();
}

void DatabaseCheck::protect(const QString &trigger)
{
    QMutexLocker locked(&areasTriggersLock());
    if (!areasTriggers().contains(trigger))
        areasTriggers().append(trigger);
}

Result<CheckReport> DatabaseCheck::run(const AuditAnchor::Mark &anchor) const
{
    CheckReport report;
    auto problem = [&](const QString &line) {
        report.ok = false;
        report.lines.append(line);
    };
    const SchemaCatalog catalog(m_db);
    auto messages = catalog.integrityMessages();
    if (!messages)
        return messages.failure();
    if (messages->isEmpty())
        report.lines.append(tr("Integrity check: kept by the database server"));
    else if (*messages == QStringList{QStringLiteral("ok")})
        report.lines.append(tr("Integrity check: ok"));
    else
        problem(tr("Integrity check failed: %1").arg(messages->mid(0, 10).join(QStringLiteral("; "))));
    auto broken = catalog.brokenLinks();
    if (!broken)
        return broken.failure();
    if (broken->isEmpty())
        report.lines.append(tr("Foreign keys: ok"));
    else
        problem(tr("Foreign keys: %n row(s) point to missing rows, first %1", nullptr, int(broken->size()))
                    .arg(tr("table %1, row %2").arg(broken->first().table, broken->first().rowId)));
    for (const QString &trigger : protectiveTriggers())
        if (!catalog.hasTrigger(trigger))
            problem(tr("Protective trigger %1 is missing: someone changed the database behind "
                       "the program's back.")
                        .arg(trigger));

    QList<ContentCheck> checks;
    {
        QMutexLocker locked(&areasTriggersLock());
        for (const auto &[name, check] : contentChecks())
            checks.append(check);
    }
    for (const ContentCheck &check : std::as_const(checks)) {
        auto found = check(m_db);
        if (!found)
            return found.failure();
        if (found->problems.isEmpty())
            report.lines.append(found->summary);
        for (const QString &line : std::as_const(found->problems))
            problem(line);
    }

    AuditChain::Verifier chain;
    bool anchorSeen = anchor.id == 0;
    Status walked = AuditRepository(m_db).forEach([&](const AuditRecord &r) {
        if (!chain.add(r))
            return false;
        if (r.id == anchor.id) {
            anchorSeen = true;
            if (r.hash != anchor.hash)
                problem(tr("Audit record %1 differs from the copy this PC remembered: the log was "
                           "rewritten.")
                            .arg(r.id));
        }
        return true;
    });
    if (!walked)
        return walked.failure();
    report.auditRecords = chain.count();
    report.newest = {chain.lastId(), chain.lastHash()};
    if (chain.brokenId())
        problem(chain.problem());
    else
        report.lines.append(tr("Audit chain: %n record(s), ok", nullptr, int(chain.count())));
    if (!anchorSeen && !chain.brokenId())
        problem(tr("Audit records after %1 are missing: this PC saw record %2, the file ends at %1.")
                    .arg(chain.lastId())
                    .arg(anchor.id));
    return report;
}

} // namespace shopdesk
