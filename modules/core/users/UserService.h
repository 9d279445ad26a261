#pragma once

#include "common/Result.h"
#include "organisation/domain/Organisation.h"
#include "users/domain/Permissions.h"
#include "users/domain/User.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

struct NewUser
{
    QString userName;
    QString displayName;
    qint64 employeeId = 0;
    Level level = Level::Reader;
    QSet<QString> scopes;
    QSet<QString> roles;
    QString password;
    bool mustChangePassword = true; // RULE DB-03: passwords are personal
};

// Administration of users (RULE DB-01, DB-03). Every method checks permission first, writes in
// one transaction and leaves an audit record.
class UserService
{
    Q_DECLARE_TR_FUNCTIONS(UserService)

public:
    UserService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<QList<UserRecord>> list(const Actor &actor) const;
    // The people a user account can be linked to.
    Result<QList<EmployeeSummary>> employees(const Actor &actor) const;
    Result<qint64> create(const Actor &actor, const NewUser &user);
    // Saves display name and employee at once; a change of level, scopes or roles becomes a
    // permission-change request (RULE DB-02) whose id is returned (0: nothing to approve).
    // `edited.version` must be current, else nothing changes and the error (a conflict) names
    // who saved last and when.
    Result<qint64> update(const Actor &actor, const UserRecord &edited);
    Status setDisabled(const Actor &actor, qint64 userId, bool disabled);
    // The user must change it at the next login (DB-03: passwords are personal).
    Status resetPassword(const Actor &actor, qint64 userId, const QString &newPassword);
    // RULE DB-03: someone worked under this user's name with the department head's consent.
    Status recordHandover(const Actor &actor, qint64 userId, const QString &workedBy, const QString &reason,
                          const QString &consentBy);

    // Refuses a change that would leave no active database administrator.
    static Status keepsAnAdministrator(Database &db, const UserRecord &before, const UserRecord &after);
    // RULE FIN-02: the roles `wanted` would hold, with those of any other account of the same
    // person, must not put cash and books in one pair of hands. The refusal, or empty.
    static QString roleSeparationProblem(Database &db, const UserRecord &wanted);
    // Why a user name is not acceptable; empty when it is.
    static QString userNameProblem(const QString &userName);

private:
    Result<UserRecord> existing(qint64 userId) const;
    QString lastSavedBy(qint64 userId) const;

    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
