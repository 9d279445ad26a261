#pragma once

#include "common/Result.h"
#include "domain/ServiceRoster.h"

#include <QDate>
#include <QList>

namespace shopdesk {

class Database;

// The customer-service pools and roster (CS-01).
class ServiceRosterRepository
{
public:
    explicit ServiceRosterRepository(Database &db) : m_db(db) {}

    Result<ServicePools> pools() const;
    // Inside Database::write.
    Status setPools(const ServicePools &pools);
    // The rows of [from, to] with the people's names, by day; a day without rows is not listed.
    Result<QList<RosterDay>> days(const QDate &from, const QDate &to) const;
    // Inside Database::write: the rows of `days` replace what those days had.
    Status replace(const QList<RosterDay> &days);
    Status setDuty(const QDate &day, ServiceDuty duty, qint64 employeeId, bool restDay);

private:
    Database &m_db;
};

} // namespace shopdesk
