#include "TimeFilingRepository.h"

#include "common/domain/WallClock.h"
#include "database/data/Database.h"

namespace shopdesk {

QString TimeFilingRepository::kindKey(FilingKind kind)
{
    switch (kind) {
    case FilingKind::PersonalLeave: return QStringLiteral("personal_leave");
    case FilingKind::SickLeave: return QStringLiteral("sick_leave");
    case FilingKind::MarriageLeave: return QStringLiteral("marriage_leave");
    case FilingKind::BereavementLeave: return QStringLiteral("bereavement_leave");
    case FilingKind::CompTime: return QStringLiteral("comp_time");
    case FilingKind::OutOnBusiness: return QStringLiteral("out_on_business");
    case FilingKind::Overtime: return QStringLiteral("overtime");
    }
    return {};
}

std::optional<FilingKind> TimeFilingRepository::kindFromKey(const QString &key)
{
    for (FilingKind k :
         {FilingKind::PersonalLeave, FilingKind::SickLeave, FilingKind::MarriageLeave, FilingKind::BereavementLeave,
          FilingKind::CompTime, FilingKind::OutOnBusiness, FilingKind::Overtime})
        if (kindKey(k) == key)
            return k;
    return std::nullopt;
}

Result<QHash<qint64, QList<TimeFiling>>> TimeFilingRepository::filings(const QDate &first, const QDate &last) const
{
    QSqlQuery q = m_db.query();
    Status s =
        Database::execPrepared(q,
                               QStringLiteral("SELECT employee_id, kind, from_at, to_at FROM time_filings "
                                              "WHERE from_at <= ? AND to_at >= ? ORDER BY from_at"),
                               {last.toString(Qt::ISODate) + QStringLiteral(" 23:59"), first.toString(Qt::ISODate)});
    if (!s)
        return s.failure();
    QHash<qint64, QList<TimeFiling>> map;
    while (q.next()) {
        const auto kind = kindFromKey(q.value(1).toString());
        const QDateTime from = wallClockFromMinuteText(q.value(2).toString());
        const QDateTime to = wallClockFromMinuteText(q.value(3).toString());
        if (kind && from.isValid() && to.isValid())
            map[q.value(0).toLongLong()].append({*kind, from, to});
    }
    return map;
}

Result<QList<Finding>> TimeFilingRepository::findings(const QDate &first, const QDate &last) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("SELECT employee_id, day, kind, note, coalesce(other_employee_id, 0) "
                       "FROM attendance_findings WHERE day BETWEEN ? AND ? AND withdrawn_at IS NULL ORDER BY day"),
        {first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
    if (!s)
        return s.failure();
    QList<Finding> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                     q.value(2).toString(), q.value(3).toString(), q.value(4).toLongLong()});
    return list;
}

Result<qint64> TimeFilingRepository::addFiling(const StoredFiling &f, const QString &createdAt, qint64 requestId)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO time_filings(employee_id, kind, from_at, to_at, request_id, note, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {f.employeeId, kindKey(f.filing.kind), wallMinuteText(f.filing.from), wallMinuteText(f.filing.to),
         Database::nullableId(requestId), f.note, createdAt});
    if (!s)
        return s.failure();
    return Database::insertedId(q);
}

Status TimeFilingRepository::addFinding(const Finding &f, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO attendance_findings(employee_id, day, kind, note, recorded_at, "
                       "recorded_by_user_id, other_employee_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {f.employeeId, f.day.toString(Qt::ISODate), f.kind, f.note, at, userId,
         Database::nullableId(f.otherEmployeeId)});
}

Status TimeFilingRepository::withdrawFinding(qint64 employeeId, const QDate &day, const QString &kind,
                                             const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("UPDATE attendance_findings SET withdrawn_at = ? WHERE employee_id = ? AND day = ? "
                       "AND kind = ? AND withdrawn_at IS NULL"),
        {at, employeeId, day.toString(Qt::ISODate), kind});
}

} // namespace shopdesk
