#include "presence/Presence.h"

#include "presence/data/PresenceRepository.h"

#include "common/Clock.h"
#include "database/data/Database.h"

#include <QSysInfo>

namespace shopdesk {

QString Presence::pcName()
{
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? QStringLiteral("?") : name;
}

Result<qint64> Presence::announce(const Actor &actor, const QString &programVersion)
{
    if (m_db.isReadOnly())
        return qint64(0); // a read-only program leaves no trace; it cannot block a restore either
    const QDateTime now = m_clock.nowUtc();
    PresenceRow row{0, actor.userId, actor.userName, pcName(), programVersion, now, now};
    return m_db.write([&]() { return PresenceRepository(m_db).insert(row); });
}

Status Presence::heartbeat(qint64 sessionId)
{
    if (sessionId == 0)
        return success();
    return m_db.write([&]() { return PresenceRepository(m_db).touch(sessionId, m_clock.nowUtc()); });
}

Status Presence::leave(qint64 sessionId)
{
    if (sessionId == 0)
        return success();
    return m_db.write([&]() { return PresenceRepository(m_db).remove(sessionId); });
}

Result<QList<PresenceRow>> Presence::connected() const
{
    return PresenceRepository(m_db).seenSince(m_clock.nowUtc().addSecs(-kStaleSeconds));
}

Result<QList<PresenceRow>> Presence::others(qint64 sessionId) const
{
    auto all = connected();
    if (!all)
        return all;
    QList<PresenceRow> rest;
    for (const PresenceRow &r : *all)
        if (r.id != sessionId)
            rest.append(r);
    return rest;
}

} // namespace shopdesk
