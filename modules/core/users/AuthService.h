#pragma once

#include "common/Result.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

struct LoginOutcome
{
    Actor actor;
    bool mustChangePassword = false; // RULE DB-03: expired, reset by someone else, or handed over
    QString whyChange;
};

// Logging in and changing one's own password.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    AuthService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    // Wrong passwords count in the database, so the lock holds on every PC.
    Result<LoginOutcome> login(const QString &userName, const QString &password);
    Status changeOwnPassword(const Actor &actor, const QString &currentPassword, const QString &newPassword);
    // The actor for a user id, with roles, scopes and the people they manage.
    Result<Actor> loadActor(qint64 userId) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
