#include "data/MakeUpPunchRepository.h"

#include "database/data/Database.h"

namespace shopdesk {

Result<int> MakeUpPunchRepository::countHeld(qint64 employeeId, qint64 from, qint64 to) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT count(*) FROM make_up_punches m JOIN approval_requests r ON r.id = m.request_id "
                       "WHERE m.employee_id = ? AND m.at >= ? AND m.at < ? AND r.state IN ('pending', 'approved')"),
        {employeeId, from, to});
    if (!s)
        return s.failure();
    return q.next() ? q.value(0).toInt() : 0;
}

Status MakeUpPunchRepository::add(qint64 requestId, qint64 employeeId, qint64 at, const QString &reason)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q, QStringLiteral("INSERT INTO make_up_punches(request_id, employee_id, at, reason) VALUES (?, ?, ?, ?)"),
        {requestId, employeeId, at, reason});
}

} // namespace shopdesk
