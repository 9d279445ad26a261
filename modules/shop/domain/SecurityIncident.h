#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace shopdesk {

// RULE WEB-05: what went wrong on the web side: a virus, an intrusion, an outage.
enum class IncidentKind { Virus, Intrusion, Outage, Other };
QString incidentKindKey(IncidentKind kind); // stored form
std::optional<IncidentKind> incidentKindFromKey(const QString &key);
QString incidentKindTitle(IncidentKind kind); // translated
QList<IncidentKind> incidentKinds();

struct SecurityIncident
{
    qint64 id = 0;
    QDateTime happenedAt; // UTC
    IncidentKind kind = IncidentKind::Other;
    QString whatHappened;
    QDateTime reportedAt; // UTC, to the partner company; invalid: not yet
    QString reportedBy; // who told the partner company
    QString partnerContact; // whom there
    QString resolution;
    QDateTime resolvedAt; // UTC; invalid: still open
    QString recordedBy;
    int version = 1;
};

namespace SecurityIncidentRules {
// Why `i` cannot be kept as it is at `nowUtc`, translated; empty when it can: it needs what
// happened, times in order and not ahead of now, who reported it with the report's time, and a
// resolution with the time it was resolved.
QString problem(const SecurityIncident &i, const QDateTime &nowUtc);
// RULE WEB-05: not yet reported to the partner company.
inline bool unreported(const SecurityIncident &i)
{
    return !i.reportedAt.isValid();
}
QString stateTitle(const SecurityIncident &i); // "Not reported", "Reported", "Resolved", translated
} // namespace SecurityIncidentRules

} // namespace shopdesk
