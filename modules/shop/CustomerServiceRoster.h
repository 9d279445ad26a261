#pragma once

#include "common/Result.h"
#include "domain/ServiceRoster.h"
#include "organisation/domain/Organisation.h"
#include "report/Report.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// RULE CS-01: the customer-service roster: the pools, the chat hours, a month generated fairly
// (working days' chat from the chat agents, rest days' chat from the weekend rotation, every
// evening's 400 hotline from the duty managers; rest days by the national holiday calendar),
// each day adjustable, printable; and who covers now. The service supervisor (or a department
// head) keeps it; every change is audited.
class CustomerServiceRoster
{
    Q_DECLARE_TR_FUNCTIONS(CustomerServiceRoster)
public:
    CustomerServiceRoster(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    ChatHours hours() const;
    Status setHours(const Actor &actor, const ChatHours &hours);
    Result<ServicePools> pools(const Actor &actor) const;
    Status setPools(const Actor &actor, const ServicePools &pools);
    // Everyone who can be put on a rota.
    Result<QList<EmployeeSummary>> people(const Actor &actor) const;
    // Every day of `month`'s month, rest days and holiday names from the calendar, people from the
    // roster (0 where nobody is set).
    Result<QList<RosterDay>> month(const Actor &actor, const QDate &month) const;
    // Fills the month's days from today (China's day) on, keeping those before and counting them
    // for fairness; returns the number of days filled.
    Result<int> generate(const Actor &actor, const QDate &month);
    Status assign(const Actor &actor, const QDate &day, ServiceDuty duty, qint64 employeeId);
    // Who covers now, by the roster; nullopt when it names nobody. Anyone signed in may ask.
    Result<std::optional<Cover>> coverNow() const;
    // The month for the notice board: A4, a row a day, signed by the supervisor.
    Result<Report> report(const Actor &actor, const QDate &month) const;

private:
    Status requireKeeper(const Actor &actor) const;
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
