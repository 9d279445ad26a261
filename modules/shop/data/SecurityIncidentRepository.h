#pragma once

#include "common/Result.h"
#include "domain/SecurityIncident.h"

#include <QList>
#include <optional>

namespace shopdesk {

class Database;

// The security incident log (WEB-05).
class SecurityIncidentRepository
{
public:
    explicit SecurityIncidentRepository(Database &db) : m_db(db) {}

    // Inside Database::write.
    Result<qint64> add(const SecurityIncident &i, qint64 byUserId, const QString &at);
    // False when someone changed it meanwhile (its version moved).
    Result<bool> update(const SecurityIncident &i);
    Result<std::optional<SecurityIncident>> incident(qint64 id) const;
    // Those that happened since `fromUtc` (stored form) and every one still open, newest first.
    Result<QList<SecurityIncident>> incidents(const QString &fromUtc) const;

private:
    Result<QList<SecurityIncident>> read(const QString &where, const QVariantList &values) const;
    Database &m_db;
};

} // namespace shopdesk
