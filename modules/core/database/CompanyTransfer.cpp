#include "database/CompanyTransfer.h"

#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "database/DatabaseCheck.h"
#include "database/data/Database.h"
#include "presence/Presence.h"
#include "presence/data/PresenceRepository.h"

#include <QDir>

namespace shopdesk {

Result<TransferReport> CompanyTransfer::run(const Actor &actor, const QString &target,
                                            const CompanyCopy::Progress &progress) const
{
    if (actor.level != Level::DatabaseAdmin)
        return fail(tr("Only a database administrator moves the company."));

    // The source: sound, and nobody else working in it (what they wrote afterwards would stay
    // behind).
    auto seen =
        PresenceRepository(m_source).seenSince(QDateTime::currentDateTimeUtc().addSecs(-Presence::kStaleSeconds));
    if (!seen)
        return seen.failure();
    if (!seen->isEmpty())
        return fail(tr("%1 is still working in the company on %2: move it when everyone has signed out.")
                        .arg(seen->first().userName, seen->first().pcName));
    auto sourceCheck = DatabaseCheck(m_source).run(AuditAnchor::recall(m_source.path()));
    if (!sourceCheck)
        return sourceCheck.failure();
    if (!sourceCheck->ok)
        return fail(tr("%1 did not pass its check, so it is not moved:\n%2")
                        .arg(m_source.path(), sourceCheck->lines.join(u'\n')));

    auto copied = CompanyCopy(m_source).into(target, progress);
    if (!copied)
        return copied.failure();
    Database &copy = *copied->copy;
    // After its commit: a file that fails now is removed; a server's database is its
    // administrator's to drop.
    auto abandon = [&](const QString &error) -> Result<TransferReport> {
        if (copy.isOnServer())
            return fail(error);
        const QString where = copy.path();
        copied->copy.reset();
        Database::removeFile(where);
        return fail(
            tr("The company was not moved, and %1 was removed: %2").arg(QDir::toNativeSeparators(where), error));
    };
    // The target's chain must reach the source's newest record, unchanged.
    auto copyCheck = DatabaseCheck(copy).run(sourceCheck->newest);
    if (!copyCheck)
        return abandon(copyCheck.error());
    if (!copyCheck->ok)
        return abandon(tr("The copy did not pass its check:\n%1").arg(copyCheck->lines.join(u'\n')));
    TransferReport report;
    report.target = copied->target;
    report.tables = copied->tables;
    report.rows = copied->rows;
    report.auditRecords = copyCheck->auditRecords;
    Status recorded = copy.write([&]() -> Status {
        return AuditTrail(copy, m_clock)
            .record(actor, QStringLiteral("company.transfer"), QStringLiteral("company"), QStringLiteral("1"), {},
                    {{QStringLiteral("from"), m_source.path()},
                     {QStringLiteral("tables"), int(report.tables.size())},
                     {QStringLiteral("rows"), report.rows}});
    });
    if (!recorded)
        return abandon(recorded.error());
    AuditAnchor::replace(copy.path(), copyCheck->newest);
    AuditAnchor::rememberNewest(copy);
    return report;
}

} // namespace shopdesk
