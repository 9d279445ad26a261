#include "domain/ServiceRoster.h"

#include <QCoreApplication>

#include <tuple>

namespace shopdesk {

QString serviceDutyKey(ServiceDuty duty)
{
    return duty == ServiceDuty::Chat ? QStringLiteral("chat") : QStringLiteral("hotline");
}

std::optional<ServiceDuty> serviceDutyFromKey(const QString &key)
{
    if (key == QLatin1String("chat"))
        return ServiceDuty::Chat;
    if (key == QLatin1String("hotline"))
        return ServiceDuty::Hotline;
    return std::nullopt;
}

QString serviceDutyTitle(ServiceDuty duty)
{
    return duty == ServiceDuty::Chat ? QCoreApplication::translate("ServiceRoster", "Online chat")
                                     : QCoreApplication::translate("ServiceRoster", "400 hotline");
}

namespace {
// The fairest of `pool` for one duty: fewest so far; among those, not `avoid` (the day's other
// duty), then longest ago, then the turned order.
qint64 fairest(const QList<qint64> &pool, const QHash<qint64, int> &count, const QHash<qint64, int> &lastIndex,
               int shift, qint64 avoid)
{
    qint64 best = 0;
    std::tuple<int, bool, int, int> bestKey{};
    for (int i = 0; i < pool.size(); ++i) {
        const qint64 id = pool[i];
        const int position = (i - shift % int(pool.size()) + int(pool.size())) % int(pool.size());
        const std::tuple<int, bool, int, int> key{count.value(id), id == avoid, lastIndex.value(id, -1), position};
        if (best == 0 || key < bestKey) {
            best = id;
            bestKey = key;
        }
    }
    return best;
}
} // namespace

QString ServiceRosterRules::poolsProblem(const ServicePools &pools)
{
    if (pools.chatAgents.isEmpty())
        return QCoreApplication::translate("ServiceRoster", "Name the chat agents who answer on working days.");
    if (pools.weekendStaff.isEmpty())
        return QCoreApplication::translate("ServiceRoster",
                                           "Name the back-office staff who take the weekend rotation (CS-01).");
    if (pools.dutyManagers.isEmpty())
        return QCoreApplication::translate("ServiceRoster",
                                           "Name the duty managers who hold the 400 hotline outside hours (CS-01).");
    return {};
}

QList<RosterDay> ServiceRosterRules::generate(const QList<RosterDay> &days, const ServicePools &pools,
                                              const Counts &already, int monthShift)
{
    if (!poolsProblem(pools).isEmpty())
        return {};
    Counts counts = already;
    QHash<qint64, int> lastWorkdayChat, lastRestDayChat, lastHotline;
    QList<RosterDay> out;
    for (int i = 0; i < days.size(); ++i) {
        RosterDay d = days[i];
        if (d.restDay) {
            d.chat = fairest(pools.weekendStaff, counts.restDayChat, lastRestDayChat, monthShift, 0);
            ++counts.restDayChat[d.chat];
            lastRestDayChat[d.chat] = i;
        } else {
            d.chat = fairest(pools.chatAgents, counts.workdayChat, lastWorkdayChat, monthShift, 0);
            ++counts.workdayChat[d.chat];
            lastWorkdayChat[d.chat] = i;
        }
        d.hotline = fairest(pools.dutyManagers, counts.hotline, lastHotline, monthShift, d.chat);
        ++counts.hotline[d.hotline];
        lastHotline[d.hotline] = i;
        out.append(d);
    }
    return out;
}

std::optional<Cover> ServiceRosterRules::coverAt(const QDateTime &localNow, const ChatHours &hours,
                                                 const RosterDay &today, const RosterDay &yesterday)
{
    const QTime t = localNow.time();
    const QDate date = localNow.date();
    Cover c;
    if (hours.contains(t)) {
        c.duty = ServiceDuty::Chat;
        c.employeeId = today.chat;
        c.name = today.chatName;
        c.until = QDateTime(date, hours.to, localNow.timeSpec());
    } else if (t < hours.from) { // the night that began yesterday evening
        c.duty = ServiceDuty::Hotline;
        c.employeeId = yesterday.hotline;
        c.name = yesterday.hotlineName;
        c.until = QDateTime(date, hours.from, localNow.timeSpec());
    } else {
        c.duty = ServiceDuty::Hotline;
        c.employeeId = today.hotline;
        c.name = today.hotlineName;
        c.until = QDateTime(date.addDays(1), hours.from, localNow.timeSpec());
    }
    if (c.employeeId == 0)
        return std::nullopt;
    return c;
}

} // namespace shopdesk
