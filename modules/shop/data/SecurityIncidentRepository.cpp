#include "data/SecurityIncidentRepository.h"

#include "data/StoredInstants.h"
#include "database/data/Database.h"

namespace shopdesk {

Result<qint64> SecurityIncidentRepository::add(const SecurityIncident &i, qint64 byUserId, const QString &at)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execInsert(
            q,
            QStringLiteral("INSERT INTO security_incidents(happened_at, kind, what_happened, reported_at, reported_by, "
                           "partner_contact, resolution, resolved_at, recorded_by_user_id, recorded_at) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {toStoredInstant(i.happenedAt), incidentKindKey(i.kind), i.whatHappened.trimmed(),
             storedInstantOrNull(i.reportedAt), i.reportedBy.trimmed(), i.partnerContact.trimmed(),
             i.resolution.trimmed(), storedInstantOrNull(i.resolvedAt), byUserId, at});
        !s)
        return s.failure();
    return Database::insertedId(q);
}

Result<bool> SecurityIncidentRepository::update(const SecurityIncident &i)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral(
                "UPDATE security_incidents SET happened_at = ?, kind = ?, what_happened = ?, reported_at = ?, "
                "reported_by = ?, partner_contact = ?, resolution = ?, resolved_at = ?, "
                "version = version + 1 WHERE id = ? AND version = ?"),
            {toStoredInstant(i.happenedAt), incidentKindKey(i.kind), i.whatHappened.trimmed(),
             storedInstantOrNull(i.reportedAt), i.reportedBy.trimmed(), i.partnerContact.trimmed(),
             i.resolution.trimmed(), storedInstantOrNull(i.resolvedAt), i.id, i.version});
        !s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<QList<SecurityIncident>> SecurityIncidentRepository::read(const QString &where, const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT i.id, i.happened_at, i.kind, i.what_happened, i.reported_at, i.reported_by, "
                           "i.partner_contact, i.resolution, i.resolved_at, "
                           "coalesce(nullif(u.display_name, ''), u.username, ''), i.version "
                           "FROM security_incidents i JOIN users u ON u.id = i.recorded_by_user_id ")
                + where,
            values);
        !s)
        return s.failure();
    QList<SecurityIncident> list;
    while (q.next()) {
        SecurityIncident i;
        i.id = q.value(0).toLongLong();
        i.happenedAt = fromStoredInstant(q.value(1).toString());
        i.kind = incidentKindFromKey(q.value(2).toString()).value_or(IncidentKind::Other);
        i.whatHappened = q.value(3).toString();
        i.reportedAt = instantOrInvalid(q.value(4));
        i.reportedBy = q.value(5).toString();
        i.partnerContact = q.value(6).toString();
        i.resolution = q.value(7).toString();
        i.resolvedAt = instantOrInvalid(q.value(8));
        i.recordedBy = q.value(9).toString();
        i.version = q.value(10).toInt();
        list.append(i);
    }
    return list;
}

Result<std::optional<SecurityIncident>> SecurityIncidentRepository::incident(qint64 id) const
{
    auto list = read(QStringLiteral("WHERE i.id = ?"), {id});
    if (!list)
        return list.failure();
    return list->isEmpty() ? std::optional<SecurityIncident>() : std::optional<SecurityIncident>(list->first());
}

Result<QList<SecurityIncident>> SecurityIncidentRepository::incidents(const QString &fromUtc) const
{
    return read(
        QStringLiteral("WHERE i.happened_at >= ? OR i.resolved_at IS NULL ORDER BY i.happened_at DESC, i.id DESC"),
        {fromUtc});
}

} // namespace shopdesk
