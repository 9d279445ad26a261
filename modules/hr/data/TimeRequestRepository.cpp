#include "TimeRequestRepository.h"

#include "common/domain/WallClock.h"
#include "database/data/Database.h"

namespace shopdesk {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT t.request_id, t.employee_id, t.kind, t.from_at, t.to_at, t.days, t.hours, t.late_filing, "
    "t.extends_request_id, r.state FROM time_requests t JOIN approval_requests r ON r.id = t.request_id ");

TimeRequestRow read(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(),
            q.value(1).toLongLong(),
            q.value(2).toString(),
            wallClockFromMinuteText(q.value(3).toString()),
            wallClockFromMinuteText(q.value(4).toString()),
            q.value(5).toDouble(),
            q.value(6).toDouble(),
            q.value(7).toBool(),
            q.value(8).toLongLong(),
            requestStateFromKey(q.value(9).toString())};
}

Result<QList<TimeRequestRow>> readAll(QSqlQuery &q)
{
    QList<TimeRequestRow> list;
    while (q.next())
        list.append(read(q));
    return list;
}
} // namespace

Result<QList<TimeRequestRow>> TimeRequestRepository::overlappingLeave(qint64 employeeId, const QDateTime &from,
                                                                      const QDateTime &to) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        kSelect
            + QStringLiteral("WHERE t.employee_id = ? AND t.kind NOT IN ('out_of_office', 'overtime') "
                             "AND r.state IN ('pending', 'approved') AND t.from_at < ? AND t.to_at > ?"),
        {employeeId, wallMinuteText(to), wallMinuteText(from)});
    if (!s)
        return s.failure();
    return readAll(q);
}

Result<std::optional<TimeRequestRow>> TimeRequestRepository::find(qint64 requestId) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q, kSelect + QStringLiteral("WHERE t.request_id = ?"), {requestId});
    if (!s)
        return s.failure();
    if (!q.next())
        return std::optional<TimeRequestRow>();
    return std::optional<TimeRequestRow>(read(q));
}

Result<QList<TimeRequestRow>> TimeRequestRepository::requests(qint64 employeeId, const QDate &first,
                                                              const QDate &last) const
{
    QSqlQuery q = m_db.query();
    const QString from = first.isValid() ? first.toString(Qt::ISODate) : QStringLiteral("0000");
    const QString to = last.isValid() ? last.toString(Qt::ISODate) + QStringLiteral(" 23:59") : QStringLiteral("9999");
    Status s = employeeId
        ? Database::execPrepared(
            q,
            kSelect + QStringLiteral("WHERE t.employee_id = ? AND t.from_at <= ? AND t.to_at >= ? ORDER BY t.from_at"),
            {employeeId, to, from})
        : Database::execPrepared(
            q, kSelect + QStringLiteral("WHERE t.from_at <= ? AND t.to_at >= ? ORDER BY t.from_at"), {to, from});
    if (!s)
        return s.failure();
    return readAll(q);
}

Result<Page<TimeRequestRow>> TimeRequestRepository::requestPage(qint64 employeeId, const PageCursor &after,
                                                                int pageSize) const
{
    QString sql = kSelect + QStringLiteral("WHERE t.employee_id = ?");
    QVariantList values{employeeId};
    if (after.after.size() == 2) {
        sql += QStringLiteral(" AND (t.from_at < ? OR (t.from_at = ? AND t.request_id < ?))");
        values << after.after.at(0) << after.after.at(0) << after.after.at(1);
    }
    const int size = qBound(1, pageSize, 10000);
    sql += QStringLiteral(" ORDER BY t.from_at DESC, t.request_id DESC LIMIT %1").arg(size + 1);
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, sql, values); !s)
        return s.failure();
    QList<TimeRequestRow> rows;
    QStringList starts; // as stored, for the cursor
    while (q.next()) {
        rows.append(read(q));
        starts.append(q.value(3).toString());
    }
    return pageOf(std::move(rows), size, [&](const TimeRequestRow &last) {
        return PageCursor{{starts.at(qMin(starts.size(), qsizetype(size)) - 1), last.requestId}};
    });
}

Result<QList<CompTimeEntry>> TimeRequestRepository::compTime(qint64 employeeId) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q, QStringLiteral("SELECT at, hours, note FROM comp_time_ledger WHERE employee_id = ? ORDER BY at, id"),
        {employeeId});
    if (!s)
        return s.failure();
    QList<CompTimeEntry> list;
    while (q.next())
        list.append(
            {QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toDouble(), q.value(2).toString()});
    return list;
}

Result<QHash<qint64, double>> TimeRequestRepository::compTimeBalances(const QDate &day) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral(
            "SELECT employee_id, coalesce(sum(hours), 0.0) FROM comp_time_ledger WHERE at <= ? GROUP BY employee_id"),
        {day.toString(Qt::ISODate)});
    if (!s)
        return s.failure();
    QHash<qint64, double> balances;
    while (q.next())
        balances.insert(q.value(0).toLongLong(), q.value(1).toDouble());
    return balances;
}

Status TimeRequestRepository::add(const TimeRequestRow &r)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO time_requests(request_id, employee_id, kind, from_at, to_at, days, hours, "
                       "late_filing, extends_request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {r.requestId, r.employeeId, r.kind, wallMinuteText(r.from), wallMinuteText(r.to), r.days, r.hours, r.lateFiling,
         Database::nullableId(r.extendsRequestId)});
}

Status TimeRequestRepository::addCompTime(qint64 employeeId, const CompTimeEntry &e, qint64 requestId,
                                          const QString &recordedAt)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO comp_time_ledger(employee_id, at, hours, request_id, note, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {employeeId, e.at.toString(Qt::ISODate), e.hours, Database::nullableId(requestId), e.note, recordedAt});
}

} // namespace shopdesk
