#include "domain/SecurityIncident.h"

#include <QCoreApplication>

namespace shopdesk {

QString incidentKindKey(IncidentKind kind)
{
    switch (kind) {
    case IncidentKind::Virus: return QStringLiteral("virus");
    case IncidentKind::Intrusion: return QStringLiteral("intrusion");
    case IncidentKind::Outage: return QStringLiteral("outage");
    case IncidentKind::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<IncidentKind> incidentKindFromKey(const QString &key)
{
    for (IncidentKind kind : incidentKinds())
        if (incidentKindKey(kind) == key)
            return kind;
    return std::nullopt;
}

QString incidentKindTitle(IncidentKind kind)
{
    switch (kind) {
    case IncidentKind::Virus: return QCoreApplication::translate("SecurityIncident", "Virus");
    case IncidentKind::Intrusion: return QCoreApplication::translate("SecurityIncident", "Intrusion");
    case IncidentKind::Outage: return QCoreApplication::translate("SecurityIncident", "Outage");
    case IncidentKind::Other: return QCoreApplication::translate("SecurityIncident", "Other");
    }
    return {};
}

QList<IncidentKind> incidentKinds()
{
    return {IncidentKind::Virus, IncidentKind::Intrusion, IncidentKind::Outage, IncidentKind::Other};
}

QString SecurityIncidentRules::problem(const SecurityIncident &i, const QDateTime &nowUtc)
{
    if (i.whatHappened.trimmed().isEmpty())
        return QCoreApplication::translate("SecurityIncident", "Say what happened.");
    if (!i.happenedAt.isValid())
        return QCoreApplication::translate("SecurityIncident", "Say when it happened.");
    for (const QDateTime &t : {i.happenedAt, i.reportedAt, i.resolvedAt})
        if (t.isValid() && t > nowUtc)
            return QCoreApplication::translate("SecurityIncident", "A time of the incident is still to come.");
    if (i.reportedAt.isValid() && i.reportedAt < i.happenedAt)
        return QCoreApplication::translate("SecurityIncident",
                                           "It was reported to the partner company before it happened.");
    if (i.reportedAt.isValid() != !i.reportedBy.trimmed().isEmpty())
        return QCoreApplication::translate("SecurityIncident",
                                           "Name who reported it to the partner company, and when (WEB-05).");
    if (i.resolvedAt.isValid() && i.resolvedAt < i.happenedAt)
        return QCoreApplication::translate("SecurityIncident", "It was resolved before it happened.");
    if (i.resolvedAt.isValid() && i.resolution.trimmed().isEmpty())
        return QCoreApplication::translate("SecurityIncident", "Say how it was resolved.");
    return {};
}

QString SecurityIncidentRules::stateTitle(const SecurityIncident &i)
{
    if (i.resolvedAt.isValid())
        return QCoreApplication::translate("SecurityIncident", "Resolved");
    if (unreported(i))
        return QCoreApplication::translate("SecurityIncident", "Not reported to the partner");
    return QCoreApplication::translate("SecurityIncident", "Reported, open");
}

} // namespace shopdesk
