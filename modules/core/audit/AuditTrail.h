#pragma once

#include "audit/domain/AuditRecord.h"
#include "common/Result.h"
#include "users/domain/Permissions.h"

#include <QJsonObject>

namespace shopdesk {

class Clock;
class Database;

// What every service calls once per write: appends a chained audit record (ARCHITECTURE).
class AuditTrail
{
public:
    AuditTrail(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}
    // Inside Database::write, after the change itself.
    Status record(const Actor &actor, const QString &action, const QString &entity, const QString &entityId,
                  const QJsonObject &before, const QJsonObject &after);
    // A record made ahead, on another thread if need be (a large import's next thousand orders,
    // whose hashing would otherwise wait for the database): nothing before, the content after as
    // compact JSON text already, linked to `previous` (chainEnd(), or the record made before it) and
    // hashed. append() writes it; one the chain has moved past meanwhile is linked again.
    static AuditRecord linked(const Clock &clock, const Actor &actor, const QString &action, const QString &entity,
                              const QString &entityId, const QString &afterJson, const AuditRecord &previous);
    Status append(const AuditRecord &record);
    // The newest record's id and hash, without its content; id 0 when there is none.
    Result<AuditRecord> chainEnd() const;

private:
    Database &m_db;
    const Clock &m_clock;
};

// The newest hash kept outside the file (each PC's settings), so that a rewritten chain shows.
namespace AuditAnchor {
struct Mark
{
    qint64 id = 0;
    QByteArray hash;
};
Mark recall(const QString &databasePath);
// Keeps the newer of the stored and the given mark.
void remember(const QString &databasePath, const Mark &mark);
// After a restore the file legitimately goes back in time: the anchor follows it.
void replace(const QString &databasePath, const Mark &mark);
// Moves the anchor to the database's newest record (at log-in, on closing, after a command that
// wrote), but only when the records since the anchor still link to it; false when they do not.
bool rememberNewest(Database &db);
} // namespace AuditAnchor

} // namespace shopdesk
