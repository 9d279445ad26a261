#include "users/AuthService.h"

#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "database/data/Database.h"
#include "organisation/data/OrgRepository.h"
#include "settings/CompanySettings.h"
#include "users/PasswordHasher.h"
#include "users/ServerLogin.h"
#include "users/data/UserRepository.h"

#include <QLocale>

namespace shopdesk {

Result<Actor> AuthService::loadActor(qint64 userId) const
{
    auto user = UserRepository(m_db).findById(userId);
    if (!user)
        return user.failure();
    if (user->id == 0)
        return fail(tr("The user no longer exists."));
    Actor a;
    a.userId = user->id;
    a.userName = user->userName;
    a.level = user->level;
    a.disabled = user->disabled;
    a.employeeId = user->employeeId;
    a.scopes = user->scopes;
    a.roles = user->roles;
    auto managed = OrgRepository(m_db).managedBy(user->employeeId);
    if (!managed)
        return managed.failure();
    a.managedEmployeeIds = *managed;
    return a;
}

Result<LoginOutcome> AuthService::login(const QString &userName, const QString &password)
{
    const QString wrong = tr("Wrong user name or password.");
    UserRepository users(m_db);
    auto found = users.findByName(userName);
    if (!found)
        return found.failure();
    const UserRecord user = *found;
    if (user.id == 0)
        return fail(wrong);
    if (user.disabled)
        return fail(tr("The account %1 is disabled. Ask a database administrator.").arg(user.userName));
    const QDateTime now = m_clock.nowUtc();
    if (user.lockedUntil.isValid() && user.lockedUntil > now)
        return fail(
            tr("The account %1 is locked after too many wrong passwords until %2.")
                .arg(user.userName, QLocale().toString(user.lockedUntil.toLocalTime().time(), QLocale::ShortFormat)));

    const Actor self{user.id, user.userName, user.level};
    if (!PasswordHasher::verify(user.passwordHash, password)) {
        if (m_db.isReadOnly())
            return fail(wrong);
        const LockoutPolicy lockout = CompanySettings(m_db, m_clock).lockoutPolicy();
        const int failures = user.failedLogins + 1;
        const bool lock = failures >= lockout.maxFailures;
        Status s = m_db.write([&]() -> Status {
            Status r = users.recordLoginAttempt(user.id, lock ? 0 : failures,
                                                lock ? now.addSecs(lockout.lockMinutes * 60) : QDateTime());
            if (r && lock)
                r = AuditTrail(m_db, m_clock)
                        .record(self, QStringLiteral("auth.locked"), QStringLiteral("user"), QString::number(user.id),
                                {}, {{QStringLiteral("minutes"), lockout.lockMinutes}});
            return r;
        });
        if (!s)
            return s.failure();
        if (lock)
            return fail(tr("Too many wrong passwords: the account %1 is locked for %2 minutes.")
                            .arg(user.userName)
                            .arg(lockout.lockMinutes));
        return fail(wrong + QLatin1Char(' ')
                    + tr("%n attempt(s) left before the account is locked.", nullptr, lockout.maxFailures - failures));
    }

    if (!m_db.isReadOnly()) {
        Status s = m_db.write([&]() -> Status {
            Status r = users.recordLoginAttempt(user.id, 0, QDateTime());
            if (r)
                r = AuditTrail(m_db, m_clock)
                        .record(self, QStringLiteral("auth.login"), QStringLiteral("user"), QString::number(user.id),
                                {}, {});
            return r;
        });
        if (!s)
            return s.failure();
    }
    auto actor = loadActor(user.id);
    if (!actor)
        return actor.failure();
    LoginOutcome outcome{*actor};
    const PasswordPolicy policy = CompanySettings(m_db, m_clock).passwordPolicy();
    if (user.mustChangePassword) {
        outcome.mustChangePassword = true;
        outcome.whyChange = tr("Your password was set by someone else or used by someone else; "
                               "choose your own now.");
    } else if (policy.isExpired(user.passwordChangedOn, now.toLocalTime().date())) {
        outcome.mustChangePassword = true;
        outcome.whyChange = tr("Your password is older than %n day(s); choose a new one.", nullptr, policy.maxAgeDays);
    }
    return outcome;
}

Status AuthService::changeOwnPassword(const Actor &actor, const QString &currentPassword, const QString &newPassword)
{
    UserRepository users(m_db);
    auto user = users.findById(actor.userId);
    if (!user)
        return user.failure();
    if (user->id == 0 || !PasswordHasher::verify(user->passwordHash, currentPassword))
        return fail(tr("The current password is wrong."));
    const PasswordPolicy policy = CompanySettings(m_db, m_clock).passwordPolicy();
    auto recent = users.recentPasswordHashes(user->id, policy.historyCount);
    if (!recent)
        return recent.failure();
    const QString reason = policy.checkNew(newPassword, [&](const QString &candidate) {
        for (const QString &h : *recent)
            if (PasswordHasher::verify(h, candidate))
                return true;
        return PasswordHasher::verify(user->passwordHash, candidate);
    });
    if (!reason.isEmpty())
        return fail(reason);
    const QString hash = PasswordHasher::hash(newPassword);
    const QDateTime now = m_clock.nowUtc();
    return m_db.write([&]() -> Status {
        Status r = users.setPassword(user->id, hash, now.toLocalTime().date(), false, toStoredInstant(now));
        if (r)
            r = ServerLogin::keep(m_db, user->userName, newPassword);
        if (r)
            r = AuditTrail(m_db, m_clock)
                    .record(actor, QStringLiteral("user.password_changed"), QStringLiteral("user"),
                            QString::number(user->id), {}, {});
        return r;
    });
}

} // namespace shopdesk
