#include "users/UserService.h"

#include "organisation/data/OrgRepository.h"
#include "users/data/UserRepository.h"

#include "audit/AuditTrail.h"
#include "audit/data/AuditRepository.h"
#include "common/Clock.h"
#include "database/data/Database.h"
#include "settings/CompanySettings.h"
#include "users/PasswordHasher.h"
#include "users/PermissionChange.h"
#include "users/ServerLogin.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace shopdesk {

namespace {
QJsonObject toJson(const UserRecord &u)
{
    QStringList scopes(u.scopes.begin(), u.scopes.end());
    QStringList roles(u.roles.begin(), u.roles.end());
    scopes.sort();
    roles.sort();
    return {{QStringLiteral("userName"), u.userName},
            {QStringLiteral("displayName"), u.displayName},
            {QStringLiteral("employeeId"), u.employeeId},
            {QStringLiteral("level"), levelKey(u.level)},
            {QStringLiteral("disabled"), u.disabled},
            {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
            {QStringLiteral("roles"), QJsonArray::fromStringList(roles)}};
}
} // namespace

Result<QList<UserRecord>> UserService::list(const Actor &actor) const
{
    if (!Permissions::can(actor, Action::ManageUsers))
        return fail(Permissions::refusal(Action::ManageUsers));
    return UserRepository(m_db).list();
}

Result<QList<EmployeeSummary>> UserService::employees(const Actor &actor) const
{
    if (!Permissions::can(actor, Action::ManageUsers))
        return fail(Permissions::refusal(Action::ManageUsers));
    return OrgRepository(m_db).employees();
}

Result<UserRecord> UserService::existing(qint64 userId) const
{
    auto user = UserRepository(m_db).findById(userId);
    if (user && user->id == 0)
        return fail(tr("The user no longer exists."));
    return user;
}

QString UserService::lastSavedBy(qint64 userId) const
{
    AuditFilter f;
    f.text = QString::number(userId);
    f.limit = 20;
    auto records = AuditRepository(m_db).page(f);
    if (records) {
        for (const AuditRecord &r : *records) {
            if (r.entity == u"user" && r.entityId == QString::number(userId) && r.action.startsWith(u"user."))
                return tr("%1 saved this user at %2.").arg(r.userName, localMinuteText(fromStoredInstant(r.at)));
        }
    }
    return {};
}

Status UserService::keepsAnAdministrator(Database &db, const UserRecord &before, const UserRecord &after)
{
    const bool wasAdmin = before.level == Level::DatabaseAdmin && !before.disabled;
    const bool isAdmin = after.level == Level::DatabaseAdmin && !after.disabled;
    if (!wasAdmin || isAdmin)
        return success();
    auto others = UserRepository(db).otherActiveAdministrators(before.id);
    if (!others)
        return others.failure();
    if (*others > 0)
        return success();
    return fail(tr("%1 is the last active database administrator; make someone else one first.").arg(before.userName));
}

QString UserService::userNameProblem(const QString &userName)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_.-]{1,31}$"));
    if (pattern.match(userName).hasMatch())
        return {};
    return tr("The user name \"%1\" is not valid: use 2 to 32 letters, digits, '.', '_' or "
              "'-', starting with a letter.")
        .arg(userName);
}

QString UserService::roleSeparationProblem(Database &db, const UserRecord &wanted)
{
    QSet<QString> roles = wanted.roles;
    if (wanted.employeeId != 0) {
        auto all = UserRepository(db).list();
        if (!all)
            return all.error();
        for (const UserRecord &other : *all)
            if (other.id != wanted.id && other.employeeId == wanted.employeeId && !other.disabled)
                roles.unite(other.roles);
    }
    return Role::separationProblem(roles);
}

Result<qint64> UserService::create(const Actor &actor, const NewUser &n)
{
    if (!Permissions::can(actor, Action::ManageUsers))
        return fail(Permissions::refusal(Action::ManageUsers));
    const QString name = n.userName.trimmed();
    const QString nameProblem = userNameProblem(name);
    if (!nameProblem.isEmpty())
        return fail(nameProblem);
    auto clash = UserRepository(m_db).findByName(name);
    if (!clash)
        return clash.failure();
    if (clash->id != 0)
        return fail(tr("The user name %1 is already taken.").arg(name));
    const QString reason = CompanySettings(m_db, m_clock).passwordPolicy().check(n.password);
    if (!reason.isEmpty())
        return fail(reason);
    UserRecord asked;
    asked.employeeId = n.employeeId;
    asked.roles = n.roles;
    if (const QString roles = roleSeparationProblem(m_db, asked); !roles.isEmpty())
        return fail(roles);

    const QDateTime now = m_clock.nowUtc();
    UserRecord u;
    u.userName = name;
    u.displayName = n.displayName.trimmed().isEmpty() ? name : n.displayName.trimmed();
    u.employeeId = n.employeeId;
    u.level = n.level;
    u.scopes = n.scopes;
    u.roles = n.roles;
    u.passwordHash = PasswordHasher::hash(n.password);
    u.passwordChangedOn = now.toLocalTime().date();
    u.mustChangePassword = n.mustChangePassword;
    u.createdAt = toStoredInstant(now);
    UserRepository users(m_db);
    return m_db.write([&]() -> Result<qint64> {
        auto id = users.insert(u);
        if (!id)
            return id;
        Status s = users.setPassword(*id, u.passwordHash, u.passwordChangedOn, u.mustChangePassword, u.createdAt);
        if (s)
            s = ServerLogin::keep(m_db, u.userName, n.password); // issue 20: their login on a server
        if (s)
            s = AuditTrail(m_db, m_clock)
                    .record(actor, QStringLiteral("user.create"), QStringLiteral("user"), QString::number(*id), {},
                            toJson(u));
        if (!s)
            return s.failure();
        return id;
    });
}

Result<qint64> UserService::update(const Actor &actor, const UserRecord &edited)
{
    if (!Permissions::can(actor, Action::ManageUsers))
        return fail(Permissions::refusal(Action::ManageUsers));
    auto before = existing(edited.id);
    if (!before)
        return before.failure();
    if (before->version != edited.version)
        return conflict(tr("Someone else changed this user after you opened it. %1 Reload and make "
                           "your change again.")
                            .arg(lastSavedBy(edited.id)));
    UserRecord after = *before; // what is saved now
    after.displayName = edited.displayName.trimmed();
    after.employeeId = edited.employeeId;
    UserRecord wanted = after; // what waits for approval (RULE DB-02)
    wanted.level = edited.level;
    wanted.scopes = edited.scopes;
    wanted.roles = edited.roles;
    const bool permissions = PermissionChange::changesPermissions(*before, wanted);
    if (const QString roles = roleSeparationProblem(m_db, wanted); permissions && !roles.isEmpty())
        return fail(roles);
    if (permissions) {
        Status keeps = keepsAnAdministrator(m_db, *before, wanted);
        if (!keeps)
            return keeps.failure();
    }
    UserRepository users(m_db);
    return m_db.write([&]() -> Result<qint64> {
        auto saved = users.update(after);
        if (!saved)
            return saved.failure();
        if (!*saved)
            return conflict(tr("Someone else changed this user after you opened it. %1 Reload and make "
                               "your change again.")
                                .arg(lastSavedBy(edited.id)));
        if (after.displayName != before->displayName || after.employeeId != before->employeeId) {
            Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("user.update"), QStringLiteral("user"),
                                   QString::number(after.id), toJson(*before), toJson(after));
            if (!s)
                return s.failure();
        }
        if (!permissions)
            return qint64(0);
        return Approvals(m_db, m_clock).submitInTransaction(actor, PermissionChange::request(*before, wanted));
    });
}

Status UserService::setDisabled(const Actor &actor, qint64 userId, bool disabled)
{
    if (!Permissions::can(actor, Action::ManageUsers))
        return fail(Permissions::refusal(Action::ManageUsers));
    if (disabled && userId == actor.userId)
        return fail(tr("You cannot disable your own account."));
    auto before = existing(userId);
    if (!before)
        return before.failure();
    UserRecord after = *before;
    after.disabled = disabled;
    Status keeps = keepsAnAdministrator(m_db, *before, after);
    if (!keeps)
        return keeps;
    UserRepository users(m_db);
    return m_db.write([&]() -> Status {
        auto saved = users.update(after);
        if (!saved)
            return saved.failure();
        if (!*saved)
            return fail(tr("Someone else changed this user at the same moment; try again."));
        if (Status s = ServerLogin::keep(m_db, after.userName); !s) // a disabled account's login closes
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, disabled ? QStringLiteral("user.disable") : QStringLiteral("user.enable"),
                    QStringLiteral("user"), QString::number(userId), toJson(*before), toJson(after));
    });
}

Status UserService::resetPassword(const Actor &actor, qint64 userId, const QString &newPassword)
{
    if (!Permissions::can(actor, Action::ManageUsers))
        return fail(Permissions::refusal(Action::ManageUsers));
    auto user = existing(userId);
    if (!user)
        return user.failure();
    const QString reason = CompanySettings(m_db, m_clock).passwordPolicy().check(newPassword);
    if (!reason.isEmpty())
        return fail(reason);
    const QString hash = PasswordHasher::hash(newPassword);
    const QDateTime now = m_clock.nowUtc();
    UserRepository users(m_db);
    return m_db.write([&]() -> Status {
        Status s = users.setPassword(userId, hash, now.toLocalTime().date(), true, toStoredInstant(now));
        if (s)
            s = ServerLogin::keep(m_db, user->userName, newPassword);
        if (s)
            s = AuditTrail(m_db, m_clock)
                    .record(actor, QStringLiteral("user.password_reset"), QStringLiteral("user"),
                            QString::number(userId), {}, {});
        return s;
    });
}

Status UserService::recordHandover(const Actor &actor, qint64 userId, const QString &workedBy, const QString &reason,
                                   const QString &consentBy)
{
    if (!Permissions::can(actor, Action::ManageUsers))
        return fail(Permissions::refusal(Action::ManageUsers));
    if (workedBy.trimmed().isEmpty() || reason.trimmed().isEmpty() || consentBy.trimmed().isEmpty())
        return fail(tr("A handover needs who worked under the name, why, and the department head who agreed."));
    auto user = existing(userId);
    if (!user)
        return user.failure();
    UserRepository users(m_db);
    const QString at = toStoredInstant(m_clock.nowUtc());
    return m_db.write([&]() -> Status {
        Status s =
            users.addHandover(userId, workedBy.trimmed(), reason.trimmed(), consentBy.trimmed(), actor.userId, at);
        if (s)
            s = users.setMustChangePassword(userId, true);
        if (s)
            s = AuditTrail(m_db, m_clock)
                    .record(actor, QStringLiteral("user.handover"), QStringLiteral("user"), QString::number(userId), {},
                            {{QStringLiteral("workedBy"), workedBy.trimmed()},
                             {QStringLiteral("reason"), reason.trimmed()},
                             {QStringLiteral("consentBy"), consentBy.trimmed()}});
        return s;
    });
}

} // namespace shopdesk
