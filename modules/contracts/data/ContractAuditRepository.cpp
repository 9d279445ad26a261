#include "data/ContractAuditRepository.h"

#include "database/data/Database.h"

namespace shopdesk {

Result<qint64> ContractAuditRepository::start(qint64 archiveId, const QDate &day, qint64 userId)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execInsert(
            q,
            QStringLiteral("INSERT INTO contract_audits(archive_id, started_on, started_by_user_id) VALUES (?, ?, ?)"),
            {archiveId, day.toString(Qt::ISODate), userId});
        !s)
        return s.failure();
    return Database::insertedId(q);
}

Status ContractAuditRepository::mark(qint64 auditId, const AuditLine &l, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO contract_audit_marks(audit_id, contract_id, mark, note, responsible_employee_id, "
                       "marked_by_user_id, marked_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT(audit_id, contract_id) DO UPDATE SET mark = excluded.mark, note = excluded.note, "
                       "responsible_employee_id = excluded.responsible_employee_id, "
                       "marked_by_user_id = excluded.marked_by_user_id, marked_at = excluded.marked_at"),
        {auditId, l.contractId, auditMarkKey(l.mark), l.note.trimmed(), Database::nullableId(l.responsibleEmployeeId),
         userId, at});
}

Result<bool> ContractAuditRepository::close(qint64 auditId, const QDate &day, qint64 userId)
{
    QSqlQuery q = m_db.query();
    if (Status s =
            Database::execPrepared(q,
                                   QStringLiteral("UPDATE contract_audits SET closed_on = ?, closed_by_user_id = ? "
                                                  "WHERE id = ? AND closed_on IS NULL"),
                                   {day.toString(Qt::ISODate), userId, auditId});
        !s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Result<std::optional<ContractAuditSession>> ContractAuditRepository::session(qint64 auditId) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT a.id, a.archive_id, r.name, a.started_on, coalesce(a.closed_on, '') "
                           "FROM contract_audits a JOIN contract_archives r ON r.id = a.archive_id WHERE a.id = ?"),
            {auditId});
        !s)
        return s.failure();
    if (!q.next())
        return std::optional<ContractAuditSession>();
    ContractAuditSession session;
    session.id = q.value(0).toLongLong();
    session.archiveId = q.value(1).toLongLong();
    session.archiveName = q.value(2).toString();
    session.startedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
    session.closedOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    q.finish();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral(
                "SELECT c.id, c.number, c.title, trim(c.cabinet || ' / ' || c.shelf || ' / ' || c.box, ' /'), "
                "coalesce((SELECT coalesce(nullif(u.display_name, ''), u.username) FROM contract_loans l "
                "  JOIN users u ON u.id = l.borrower_user_id WHERE l.contract_id = c.id AND l.kind = 'original' "
                "  AND l.lent_on IS NOT NULL AND l.returned_on IS NULL), ''), "
                "coalesce(m.mark, ''), coalesce(m.note, ''), coalesce(m.responsible_employee_id, 0), "
                "coalesce(e.name, '') FROM contracts c "
                "%1 JOIN contract_audit_marks m ON m.contract_id = c.id AND m.audit_id = ? "
                "LEFT JOIN employees e ON e.id = m.responsible_employee_id "
                "WHERE c.archive_id = ? ORDER BY length(c.cabinet), c.cabinet, length(c.shelf), c.shelf, c.box, "
                "c.number")
                // A closed check is what was marked then; an open one lists every contract kept now.
                .arg(session.closed() ? QStringLiteral("") : QStringLiteral("LEFT")),
            {auditId, session.archiveId});
        !s)
        return s.failure();
    while (q.next()) {
        AuditLine l;
        l.contractId = q.value(0).toLongLong();
        l.number = q.value(1).toString();
        l.title = q.value(2).toString();
        l.place = q.value(3).toString();
        l.originalOutWith = q.value(4).toString();
        l.mark = auditMarkFromKey(q.value(5).toString()).value_or(AuditMark::Unchecked);
        l.note = q.value(6).toString();
        l.responsibleEmployeeId = q.value(7).toLongLong();
        l.responsibleName = q.value(8).toString();
        session.lines.append(l);
    }
    return std::optional<ContractAuditSession>(session);
}

Result<std::optional<qint64>> ContractAuditRepository::openAudit(qint64 archiveId) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q, QStringLiteral("SELECT id FROM contract_audits WHERE archive_id = ? AND closed_on IS NULL"),
            {archiveId});
        !s)
        return s.failure();
    return q.next() ? std::optional<qint64>(q.value(0).toLongLong()) : std::optional<qint64>();
}

Result<std::optional<qint64>> ContractAuditRepository::latestAudit(qint64 archiveId) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, QStringLiteral("SELECT max(id) FROM contract_audits WHERE archive_id = ?"),
                                          {archiveId});
        !s)
        return s.failure();
    return q.next() && !q.value(0).isNull() ? std::optional<qint64>(q.value(0).toLongLong()) : std::optional<qint64>();
}

Result<QList<ContractAuditSession>> ContractAuditRepository::checks(qint64 archiveId) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT a.id, r.name, a.started_on, coalesce(a.closed_on, '') FROM contract_audits a "
                           "JOIN contract_archives r ON r.id = a.archive_id WHERE a.archive_id = ? ORDER BY a.id DESC"),
            {archiveId});
        !s)
        return s.failure();
    QList<ContractAuditSession> list;
    while (q.next()) {
        ContractAuditSession session;
        session.id = q.value(0).toLongLong();
        session.archiveId = archiveId;
        session.archiveName = q.value(1).toString();
        session.startedOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        session.closedOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
        list.append(session);
    }
    return list;
}

Result<QDate> ContractAuditRepository::lastClosedOn(qint64 archiveId) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q, QStringLiteral("SELECT coalesce(max(closed_on), '') FROM contract_audits WHERE archive_id = ?"),
            {archiveId});
        !s)
        return s.failure();
    return q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
}

} // namespace shopdesk
