#pragma once

#include "common/Result.h"
#include "presence/domain/PresenceRow.h"

#include <QDateTime>
#include <QList>

namespace shopdesk {

class Database;

class PresenceRepository
{
public:
    explicit PresenceRepository(Database &db) : m_db(db) {}
    Result<QList<PresenceRow>> seenSince(const QDateTime &cutoffUtc) const;
    // Inside Database::write.
    Result<qint64> insert(const PresenceRow &row);
    Status touch(qint64 id, const QDateTime &nowUtc);
    Status remove(qint64 id);

private:
    Database &m_db;
};

} // namespace shopdesk
