#include "data/ServiceRosterRepository.h"

#include "database/data/Database.h"

#include <QMap>

namespace shopdesk {

Result<ServicePools> ServiceRosterRepository::pools() const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q, QStringLiteral("SELECT pool, employee_id FROM service_pools ORDER BY pool, position, employee_id"), {});
        !s)
        return s.failure();
    ServicePools p;
    while (q.next()) {
        const QString pool = q.value(0).toString();
        QList<qint64> &list = pool == QLatin1String("chat") ? p.chatAgents
            : pool == QLatin1String("weekend")              ? p.weekendStaff
                                                            : p.dutyManagers;
        list.append(q.value(1).toLongLong());
    }
    return p;
}

Status ServiceRosterRepository::setPools(const ServicePools &pools)
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, QStringLiteral("DELETE FROM service_pools"), {}); !s)
        return s;
    const QList<std::pair<QString, const QList<qint64> *>> all{{QStringLiteral("chat"), &pools.chatAgents},
                                                               {QStringLiteral("weekend"), &pools.weekendStaff},
                                                               {QStringLiteral("hotline"), &pools.dutyManagers}};
    for (const auto &[pool, ids] : all)
        for (int i = 0; i < ids->size(); ++i)
            if (Status s = Database::execPrepared(
                    q,
                    QStringLiteral("INSERT INTO service_pools(pool, employee_id, position) VALUES (?, ?, ?) "
                                   "ON CONFLICT DO NOTHING"),
                    {pool, ids->at(i), i});
                !s)
                return s;
    return success();
}

Result<QList<RosterDay>> ServiceRosterRepository::days(const QDate &from, const QDate &to) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral("SELECT r.day, r.duty, r.employee_id, e.name, r.rest_day FROM service_roster r "
                           "JOIN employees e ON e.id = r.employee_id WHERE r.day BETWEEN ? AND ? ORDER BY r.day"),
            {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
        !s)
        return s.failure();
    QMap<QDate, RosterDay> byDay;
    while (q.next()) {
        const QDate day = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        RosterDay &d = byDay[day];
        d.day = day;
        d.restDay = q.value(4).toBool();
        if (q.value(1).toString() == QLatin1String("chat")) {
            d.chat = q.value(2).toLongLong();
            d.chatName = q.value(3).toString();
        } else {
            d.hotline = q.value(2).toLongLong();
            d.hotlineName = q.value(3).toString();
        }
    }
    return byDay.values();
}

Status ServiceRosterRepository::replace(const QList<RosterDay> &days)
{
    for (const RosterDay &d : days) {
        QSqlQuery q = m_db.query();
        if (Status s = Database::execPrepared(q, QStringLiteral("DELETE FROM service_roster WHERE day = ?"),
                                              {d.day.toString(Qt::ISODate)});
            !s)
            return s;
        if (d.chat != 0)
            if (Status s = setDuty(d.day, ServiceDuty::Chat, d.chat, d.restDay); !s)
                return s;
        if (d.hotline != 0)
            if (Status s = setDuty(d.day, ServiceDuty::Hotline, d.hotline, d.restDay); !s)
                return s;
    }
    return success();
}

Status ServiceRosterRepository::setDuty(const QDate &day, ServiceDuty duty, qint64 employeeId, bool restDay)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO service_roster(day, duty, employee_id, rest_day) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(day, duty) DO UPDATE SET employee_id = excluded.employee_id"),
        {day.toString(Qt::ISODate), serviceDutyKey(duty), employeeId, restDay ? 1 : 0});
}

} // namespace shopdesk
