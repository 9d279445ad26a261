#include "SecurityIncidents.h"

#include "ShopActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/SecurityIncidentRepository.h"
#include "database/data/Database.h"

namespace shopdesk {

namespace {
QJsonObject auditContent(const SecurityIncident &i)
{
    const auto instant = [](const QDateTime &t) { return t.isValid() ? toStoredInstant(t) : QString(); };
    return {{QStringLiteral("happened_at"), instant(i.happenedAt)},
            {QStringLiteral("kind"), incidentKindKey(i.kind)},
            {QStringLiteral("what_happened"), i.whatHappened.trimmed()},
            {QStringLiteral("reported_at"), instant(i.reportedAt)},
            {QStringLiteral("reported_by"), i.reportedBy.trimmed()},
            {QStringLiteral("partner_contact"), i.partnerContact.trimmed()},
            {QStringLiteral("resolution"), i.resolution.trimmed()},
            {QStringLiteral("resolved_at"), instant(i.resolvedAt)}};
}
} // namespace

Result<qint64> SecurityIncidents::record(const Actor &actor, const SecurityIncident &incident)
{
    if (Status s = Permissions::require(actor, ShopAction::WebIncidents); !s)
        return s.failure();
    if (const QString problem = SecurityIncidentRules::problem(incident, m_clock.nowUtc()); !problem.isEmpty())
        return fail(problem);
    return m_db.write([&]() -> Result<qint64> {
        auto id = SecurityIncidentRepository(m_db).add(incident, actor.userId, toStoredInstant(m_clock.nowUtc()));
        if (!id)
            return id;
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("shop.incident.record"), QStringLiteral("security_incidents"),
                                   QString::number(*id), {}, auditContent(incident));
            !s)
            return s.failure();
        return id;
    });
}

Status SecurityIncidents::update(const Actor &actor, const SecurityIncident &incident)
{
    if (Status s = Permissions::require(actor, ShopAction::WebIncidents); !s)
        return s;
    if (const QString problem = SecurityIncidentRules::problem(incident, m_clock.nowUtc()); !problem.isEmpty())
        return fail(problem);
    return m_db.write([&]() -> Status {
        SecurityIncidentRepository repo(m_db);
        auto before = repo.incident(incident.id);
        if (!before)
            return before.failure();
        if (!*before)
            return fail(tr("The incident is no longer in the log."));
        auto updated = repo.update(incident);
        if (!updated)
            return updated.failure();
        if (!*updated)
            return conflict(tr("Someone else changed this incident meanwhile; open it again."));
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.incident.update"), QStringLiteral("security_incidents"),
                    QString::number(incident.id), auditContent(**before), auditContent(incident));
    });
}

Result<QList<SecurityIncident>> SecurityIncidents::incidents(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, ShopAction::View); !s)
        return s.failure();
    return SecurityIncidentRepository(m_db).incidents(toStoredInstant(m_clock.nowUtc().addYears(-1)));
}

} // namespace shopdesk
