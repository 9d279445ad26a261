#include "DisciplineRepository.h"

#include "database/data/Database.h"

namespace shopdesk {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT id, employee_id, day, rule_id, kind, amount_fen, description, source, coalesce(proposal_key, ''), "
    "state, waive_reason, coalesce(request_id, 0), version FROM discipline_entries ");

DisciplineEntry read(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            QDate::fromString(q.value(2).toString(), Qt::ISODate),
            q.value(3).toString(),
            disciplineKindFromKey(q.value(4).toString()).value_or(DisciplineKind::Reminder),
            q.value(5).toLongLong(),
            q.value(6).toString(),
            q.value(7).toString(),
            q.value(8).toString(),
            disciplineStateFromKey(q.value(9).toString()),
            q.value(10).toString(),
            q.value(11).toLongLong(),
            q.value(12).toInt()};
}

Result<std::optional<DisciplineEntry>> one(QSqlQuery &q)
{
    if (!q.next())
        return std::optional<DisciplineEntry>();
    return std::optional<DisciplineEntry>(read(q));
}
} // namespace

Result<QList<DisciplineEntry>> DisciplineRepository::entries(const QDate &first, const QDate &last) const
{
    QSqlQuery q = m_db.query();
    Status s =
        Database::execPrepared(q, kSelect + QStringLiteral("WHERE day BETWEEN ? AND ? ORDER BY day, employee_id, id"),
                               {first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
    if (!s)
        return s.failure();
    QList<DisciplineEntry> list;
    while (q.next())
        list.append(read(q));
    return list;
}

Result<std::optional<DisciplineEntry>> DisciplineRepository::find(qint64 id) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, kSelect + QStringLiteral("WHERE id = ?"), {id}); !s)
        return s.failure();
    return one(q);
}

Result<std::optional<DisciplineEntry>> DisciplineRepository::byRequest(qint64 requestId) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, kSelect + QStringLiteral("WHERE request_id = ?"), {requestId}); !s)
        return s.failure();
    return one(q);
}

Result<qint64> DisciplineRepository::add(const DisciplineEntry &e, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO discipline_entries(employee_id, day, rule_id, kind, amount_fen, description, "
                       "source, proposal_key, state, request_id, recorded_by_user_id, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.employeeId, e.day.toString(Qt::ISODate), e.ruleId, disciplineKindKey(e.kind), e.amountFen, e.description,
         e.source, e.proposalKey.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(e.proposalKey),
         disciplineStateKey(e.state), Database::nullableId(e.requestId), userId, at});
    if (!s)
        return s.failure();
    return Database::insertedId(q);
}

Result<bool> DisciplineRepository::propose(const DisciplineEntry &e, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q, QStringLiteral("SELECT 1 FROM discipline_entries WHERE proposal_key = ?"),
                                      {e.proposalKey});
    if (!s)
        return s.failure();
    if (q.next())
        return false;
    auto id = add(e, userId, at);
    if (!id)
        return id.failure();
    return true;
}

Result<bool> DisciplineRepository::setState(qint64 id, int version, DisciplineState state, const QString &waiveReason,
                                            qint64 requestId)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral(
            "UPDATE discipline_entries SET state = ?, waive_reason = ?, request_id = coalesce(?, request_id), "
            "version = version + 1 WHERE id = ? AND version = ?"),
        {disciplineStateKey(state), waiveReason, Database::nullableId(requestId), id, version});
    if (!s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

} // namespace shopdesk
