#include "RosterRepository.h"

#include "database/data/Database.h"

namespace shopdesk {

Result<QList<DutyDay>> RosterRepository::days(const QDate &first, const QDate &last) const
{
    QSqlQuery q = m_db.query();
    Status s =
        Database::execPrepared(q,
                               QStringLiteral("SELECT day, main_employee_id, support_employee_id FROM duty_roster "
                                              "WHERE day BETWEEN ? AND ? ORDER BY day"),
                               {first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
    if (!s)
        return s.failure();
    QList<DutyDay> list;
    while (q.next())
        list.append(
            {QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return list;
}

Result<bool> RosterRepository::isPublished(const QDate &anyDayOfMonth) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q, QStringLiteral("SELECT 1 FROM duty_months WHERE month = ?"),
                                      {anyDayOfMonth.toString(QStringLiteral("yyyy-MM"))});
    if (!s)
        return s.failure();
    return q.next();
}

Status RosterRepository::setDay(const DutyDay &day)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO duty_roster(day, main_employee_id, support_employee_id) VALUES (?, ?, ?) "
                       "ON CONFLICT(day) DO UPDATE SET main_employee_id = excluded.main_employee_id, "
                       "support_employee_id = excluded.support_employee_id, version = duty_roster.version + 1"),
        {day.date.toString(Qt::ISODate), day.mainEmployee, day.supportEmployee});
}

Status RosterRepository::publish(const QDate &anyDayOfMonth, qint64 userId, const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO duty_months(month, published_at, published_by_user_id) VALUES (?, ?, ?) "
                       "ON CONFLICT DO NOTHING"),
        {anyDayOfMonth.toString(QStringLiteral("yyyy-MM")), at, userId});
}

} // namespace shopdesk
