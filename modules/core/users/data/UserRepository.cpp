#include "users/data/UserRepository.h"

#include "common/Clock.h"
#include "database/data/Database.h"

#include <QSqlError>

namespace shopdesk {

namespace {
const QString kSelect =
    QStringLiteral("SELECT id, username, display_name, employee_id, level, disabled, password_hash, "
                   "password_changed_on, must_change_password, failed_logins, locked_until, created_at, version "
                   "FROM users");

UserRecord readUser(const QSqlQuery &q)
{
    UserRecord u;
    u.id = q.value(0).toLongLong();
    u.userName = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.employeeId = q.value(3).toLongLong();
    u.level = levelFromKey(q.value(4).toString());
    u.disabled = q.value(5).toBool();
    u.passwordHash = q.value(6).toString();
    u.passwordChangedOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    u.mustChangePassword = q.value(8).toBool();
    u.failedLogins = q.value(9).toInt();
    if (!q.value(10).isNull())
        u.lockedUntil = fromStoredInstant(q.value(10).toString());
    u.createdAt = q.value(11).toString();
    u.version = q.value(12).toInt();
    return u;
}

} // namespace

Status UserRepository::loadSets(UserRecord &user) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q, QStringLiteral("SELECT scope FROM user_scopes WHERE user_id = ?"), {user.id});
    if (!s)
        return s;
    while (q.next())
        user.scopes.insert(q.value(0).toString());
    s = Database::execPrepared(q, QStringLiteral("SELECT role FROM user_roles WHERE user_id = ?"), {user.id});
    if (!s)
        return s;
    while (q.next())
        user.roles.insert(q.value(0).toString());
    return success();
}

Result<UserRecord> UserRepository::findByName(const QString &userName) const
{
    UserRecord u;
    {
        QSqlQuery q = m_db.query();
        Status s = Database::execPrepared(q, kSelect + QStringLiteral(" WHERE username = ?"), {userName.trimmed()});
        if (!s)
            return s.failure();
        if (!q.next())
            return UserRecord{};
        u = readUser(q);
    }
    Status s = loadSets(u);
    if (!s)
        return s.failure();
    return u;
}

Result<UserRecord> UserRepository::findById(qint64 id) const
{
    UserRecord u;
    {
        QSqlQuery q = m_db.query();
        Status s = Database::execPrepared(q, kSelect + QStringLiteral(" WHERE id = ?"), {id});
        if (!s)
            return s.failure();
        if (!q.next())
            return UserRecord{};
        u = readUser(q);
    }
    Status s = loadSets(u);
    if (!s)
        return s.failure();
    return u;
}

Result<QList<UserRecord>> UserRepository::list() const
{
    QList<UserRecord> users;
    {
        QSqlQuery q = m_db.query();
        if (!q.exec(kSelect + QStringLiteral(" ORDER BY username")))
            return Database::failure(q);
        while (q.next())
            users.append(readUser(q));
    }
    for (UserRecord &u : users) {
        Status s = loadSets(u);
        if (!s)
            return s.failure();
    }
    return users;
}

Result<int> UserRepository::otherActiveAdministrators(qint64 userId) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q, QStringLiteral("SELECT count(*) FROM users WHERE level = 'dbadmin' AND disabled = 0 AND id <> ?"), {userId});
    if (!s)
        return s.failure();
    if (!q.next())
        return Database::failure(q);
    return q.value(0).toInt();
}

Result<qint64> UserRepository::insert(const UserRecord &u)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execInsert(
        q,
        QStringLiteral("INSERT INTO users(username, display_name, employee_id, level, disabled, "
                       "password_hash, password_changed_on, must_change_password, created_at) "
                       "VALUES (?,?,?,?,?,?,?,?,?)"),
        {u.userName.trimmed(), u.displayName, Database::nullableId(u.employeeId), levelKey(u.level), u.disabled,
         u.passwordHash, u.passwordChangedOn.toString(Qt::ISODate), u.mustChangePassword, u.createdAt});
    if (!s)
        return s.failure();
    const qint64 id = Database::insertedId(q);
    s = setScopes(id, u.scopes);
    if (s)
        s = setRoles(id, u.roles);
    if (!s)
        return s.failure();
    return id;
}

Result<bool> UserRepository::update(const UserRecord &u)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(
        q,
        QStringLiteral("UPDATE users SET display_name = ?, employee_id = ?, level = ?, disabled = ?, "
                       "version = version + 1 WHERE id = ? AND version = ?"),
        {u.displayName, Database::nullableId(u.employeeId), levelKey(u.level), u.disabled, u.id, u.version});
    if (!s)
        return s.failure();
    return q.numRowsAffected() == 1;
}

Status UserRepository::recordLoginAttempt(qint64 id, int failedLogins, const QDateTime &lockedUntil)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q, QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"),
        {failedLogins,
         lockedUntil.isValid() ? QVariant(toStoredInstant(lockedUntil)) : QVariant(QMetaType(QMetaType::QString)), id});
}

Status UserRepository::setPassword(qint64 id, const QString &hash, const QDate &changedOn, bool mustChange,
                                   const QString &at)
{
    QSqlQuery q = m_db.query();
    Status s =
        Database::execPrepared(q,
                               QStringLiteral("UPDATE users SET password_hash = ?, password_changed_on = ?, "
                                              "must_change_password = ?, failed_logins = 0, locked_until = NULL, "
                                              "version = version + 1 WHERE id = ?"),
                               {hash, changedOn.toString(Qt::ISODate), mustChange, id});
    if (!s)
        return s;
    return Database::execPrepared(
        q, QStringLiteral("INSERT INTO password_history(user_id, password_hash, changed_at) VALUES (?,?,?)"),
        {id, hash, at});
}

Status UserRepository::setMustChangePassword(qint64 id, bool mustChange)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q, QStringLiteral("UPDATE users SET must_change_password = ? WHERE id = ?"),
                                  {mustChange, id});
}

Result<QStringList> UserRepository::recentPasswordHashes(qint64 id, int count) const
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q,
                                      QStringLiteral("SELECT password_hash FROM password_history WHERE user_id = ? "
                                                     "ORDER BY id DESC LIMIT ?"),
                                      {id, count});
    if (!s)
        return s.failure();
    QStringList hashes;
    while (q.next())
        hashes.append(q.value(0).toString());
    return hashes;
}

Status UserRepository::replaceSet(const QString &table, const QString &column, qint64 id, const QSet<QString> &values)
{
    QSqlQuery q = m_db.query();
    Status s = Database::execPrepared(q, QStringLiteral("DELETE FROM %1 WHERE user_id = ?").arg(table), {id});
    for (const QString &v : values) {
        if (!s)
            break;
        s = Database::execPrepared(q, QStringLiteral("INSERT INTO %1(user_id, %2) VALUES (?, ?)").arg(table, column),
                                   {id, v});
    }
    return s;
}

Status UserRepository::setScopes(qint64 id, const QSet<QString> &scopes)
{
    return replaceSet(QStringLiteral("user_scopes"), QStringLiteral("scope"), id, scopes);
}

Status UserRepository::setRoles(qint64 id, const QSet<QString> &roles)
{
    return replaceSet(QStringLiteral("user_roles"), QStringLiteral("role"), id, roles);
}

Status UserRepository::addHandover(qint64 id, const QString &workedBy, const QString &reason, const QString &consentBy,
                                   qint64 recordedBy, const QString &at)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO password_handovers(user_id, worked_by, reason, consent_by, "
                       "recorded_by, recorded_at) VALUES (?,?,?,?,?,?)"),
        {id, workedBy, reason, consentBy, recordedBy, at});
}

} // namespace shopdesk
