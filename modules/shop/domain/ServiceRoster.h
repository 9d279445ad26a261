#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace shopdesk {

// RULE CS-01: customer service around the clock. Within the chat hours a named person answers
// the online chat: on working days one of the chat agents, on rest days (weekends and holidays)
// one of the back-office staff in rotation; outside them the 400 hotline is forwarded to the duty
// manager of that day, who holds it until the next day's chat opens.
enum class ServiceDuty { Chat, Hotline };
QString serviceDutyKey(ServiceDuty duty); // stored form: chat, hotline
std::optional<ServiceDuty> serviceDutyFromKey(const QString &key);
QString serviceDutyTitle(ServiceDuty duty); // translated

// The chat hours (a setting; 08:50 to 18:10 by the rule).
struct ChatHours
{
    QTime from{8, 50};
    QTime to{18, 10};
    bool contains(const QTime &t) const { return t >= from && t < to; }
};

// Who may be put on each duty, by employee id, in the order they rotate.
struct ServicePools
{
    QList<qint64> chatAgents; // working days' chat
    QList<qint64> weekendStaff; // rest days' chat
    QList<qint64> dutyManagers; // the 400 hotline
};

struct RosterDay
{
    QDate day;
    bool restDay = false;
    qint64 chat = 0; // employee ids; 0: nobody
    qint64 hotline = 0;
    QString chatName, hotlineName; // as read
    QString dayNote; // the holiday's name, when it has one
};

// Who covers at one moment.
struct Cover
{
    ServiceDuty duty = ServiceDuty::Chat;
    qint64 employeeId = 0;
    QString name;
    QDateTime until; // local time the duty passes to the next person
};

namespace ServiceRosterRules {
// RULE CS-01: a fair month. `days` are the days to fill in order, each marked rest day or not;
// `already` counts each person's duties of the month that are kept (days before today), per
// duty and pool: chat on working days, chat on rest days, hotline. Each day's person is whoever of
// the pool has had that duty least so far this month, then whoever had it longest ago, then the
// pool's order turned by `monthShift` (so the same person does not always start); among the
// fewest, the day's chat person is not also its hotline holder. So in each pool the counts differ
// by at most one. Empty when a needed pool is empty.
struct Counts
{
    QHash<qint64, int> workdayChat, restDayChat, hotline;
};
QList<RosterDay> generate(const QList<RosterDay> &days, const ServicePools &pools, const Counts &already,
                          int monthShift);
// Why `pools` cannot make a roster, translated; empty when they can.
QString poolsProblem(const ServicePools &pools);
// RULE CS-01: who covers at `localNow`, from that day's and the day before's rows (the night's
// hotline belongs to the evening it started). nullopt when the roster names nobody.
std::optional<Cover> coverAt(const QDateTime &localNow, const ChatHours &hours, const RosterDay &today,
                             const RosterDay &yesterday);
} // namespace ServiceRosterRules

} // namespace shopdesk
