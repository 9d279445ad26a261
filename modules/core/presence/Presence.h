#pragma once

#include "common/Result.h"
#include "presence/domain/PresenceRow.h"
#include "users/domain/Permissions.h"

namespace shopdesk {

class Clock;
class Database;

// Who is connected (issue 6, behaviour 5): each running program announces itself, refreshes
// its row about once a minute, and removes it on leaving. A row not refreshed for two minutes
// is stale. Restore waits for everyone else to leave.
class Presence
{
public:
    static constexpr int kStaleSeconds = 120;

    Presence(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // This PC's name as others see it.
    static QString pcName();

    Result<qint64> announce(const Actor &actor, const QString &programVersion);
    Status heartbeat(qint64 sessionId);
    Status leave(qint64 sessionId);
    // Everyone seen in the last two minutes.
    Result<QList<PresenceRow>> connected() const;
    // Others than `sessionId` seen in the last two minutes.
    Result<QList<PresenceRow>> others(qint64 sessionId) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
