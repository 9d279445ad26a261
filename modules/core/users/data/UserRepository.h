#pragma once

#include "common/Result.h"
#include "users/domain/User.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSet>

namespace shopdesk {

class Database;

class UserRepository
{
public:
    explicit UserRepository(Database &db) : m_db(db) {}

    Result<UserRecord> findByName(const QString &userName) const; // id 0: none
    Result<UserRecord> findById(qint64 id) const;
    Result<QList<UserRecord>> list() const;
    // Active database administrators other than `userId`.
    Result<int> otherActiveAdministrators(qint64 userId) const;

    // The calls below belong inside Database::write.
    Result<qint64> insert(const UserRecord &user);
    // Saves level, display name, employee, disabled; false when `user.version` is stale.
    Result<bool> update(const UserRecord &user);
    Status recordLoginAttempt(qint64 id, int failedLogins, const QDateTime &lockedUntil);
    Status setPassword(qint64 id, const QString &hash, const QDate &changedOn, bool mustChange, const QString &at);
    Status setMustChangePassword(qint64 id, bool mustChange);
    Result<QStringList> recentPasswordHashes(qint64 id, int count) const;
    Status setScopes(qint64 id, const QSet<QString> &scopes);
    Status setRoles(qint64 id, const QSet<QString> &roles);
    Status addHandover(qint64 id, const QString &workedBy, const QString &reason, const QString &consentBy,
                       qint64 recordedBy, const QString &at);

private:
    Status loadSets(UserRecord &user) const;
    Status replaceSet(const QString &table, const QString &column, qint64 id, const QSet<QString> &values);
    Database &m_db;
};

} // namespace shopdesk
