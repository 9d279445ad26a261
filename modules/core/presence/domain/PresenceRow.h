#pragma once

#include <QDateTime>
#include <QString>

namespace shopdesk {

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

} // namespace shopdesk
