#pragma once

#include "users/domain/Permissions.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QString>

namespace shopdesk {

// A person who signs in (DB-01..05): their level, scopes and roles, and the password's state.
struct UserRecord
{
    qint64 id = 0;
    QString userName;
    QString displayName;
    qint64 employeeId = 0;
    Level level = Level::Reader;
    bool disabled = false;
    QString passwordHash;
    QDate passwordChangedOn;
    bool mustChangePassword = false;
    int failedLogins = 0;
    QDateTime lockedUntil; // UTC; invalid: not locked
    QString createdAt;
    int version = 1;
    QSet<QString> scopes;
    QSet<QString> roles;
};

} // namespace shopdesk
