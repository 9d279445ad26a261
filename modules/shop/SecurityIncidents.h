#pragma once

#include "common/Result.h"
#include "domain/SecurityIncident.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// RULE WEB-05: the log of viruses, intrusions and outages, each with its report to the partner
// company (when, by whom, to whom) and its resolution. Every entry and change is audited.
class SecurityIncidents
{
    Q_DECLARE_TR_FUNCTIONS(SecurityIncidents)
public:
    SecurityIncidents(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<qint64> record(const Actor &actor, const SecurityIncident &incident);
    // `incident` as read (its id and version), with the report or resolution added.
    Status update(const Actor &actor, const SecurityIncident &incident);
    // Those of the last year and every one still open, newest first.
    Result<QList<SecurityIncident>> incidents(const Actor &actor) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
