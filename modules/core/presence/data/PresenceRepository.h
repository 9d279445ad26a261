#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>

namespace shopdesk {

class Database;

// One running program on one PC.
struct PresenceRow
{
    qint64 id = 0;
    qint64 userId = 0;
    QString userName;
    QString pcName;
    QString programVersion;
    QDateTime since;
    QDateTime lastSeen;
};

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
