#include "settings/CompanySettings.h"

#include "audit/AuditTrail.h"
#include "database/data/Database.h"
#include "settings/data/SettingsStore.h"

#include <QJsonObject>

namespace shopdesk {

namespace Key {
const QString CompanyName = QStringLiteral("company.name");
const QString MinLength = QStringLiteral("password.min_length");
const QString MaxAge = QStringLiteral("password.max_age_days");
const QString History = QStringLiteral("password.history");
const QString MaxFailures = QStringLiteral("login.max_failures");
const QString LockMinutes = QStringLiteral("login.lock_minutes");
} // namespace Key

QString CompanySettings::companyName() const
{
    return SettingsStore(m_db).value(Key::CompanyName);
}

PasswordPolicy CompanySettings::passwordPolicy() const
{
    SettingsStore s(m_db);
    PasswordPolicy p;
    p.minLength = qMax(PasswordPolicy::kMinimumLength, s.intValue(Key::MinLength, p.minLength));
    p.maxAgeDays = s.intValue(Key::MaxAge, p.maxAgeDays);
    p.historyCount = s.intValue(Key::History, p.historyCount);
    return p;
}

LockoutPolicy CompanySettings::lockoutPolicy() const
{
    SettingsStore s(m_db);
    LockoutPolicy p;
    p.maxFailures = s.intValue(Key::MaxFailures, p.maxFailures);
    p.lockMinutes = s.intValue(Key::LockMinutes, p.lockMinutes);
    return p;
}

Status CompanySettings::setCompanyName(const Actor &actor, const QString &name)
{
    if (!Permissions::can(actor, Action::ManageSettings))
        return fail(Permissions::refusal(Action::ManageSettings));
    if (name.trimmed().isEmpty())
        return fail(tr("The company name must not be empty."));
    const QString before = companyName();
    return m_db.write([&]() -> Status {
        Status s = SettingsStore(m_db).set(Key::CompanyName, name.trimmed());
        if (!s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("settings.company"), QStringLiteral("settings"), Key::CompanyName,
                    {{QStringLiteral("name"), before}}, {{QStringLiteral("name"), name.trimmed()}});
    });
}

Status CompanySettings::setPasswordPolicy(const Actor &actor, const PasswordPolicy &policy)
{
    if (!Permissions::can(actor, Action::ManageSettings))
        return fail(Permissions::refusal(Action::ManageSettings));
    const PasswordPolicy current = passwordPolicy();
    if (policy.minLength < current.minLength)
        return fail(tr("The minimum password length may only be raised (now %1).").arg(current.minLength));
    if (policy.maxAgeDays < 1 || policy.maxAgeDays > 3650)
        return fail(tr("A password must be changed every 1 to 3650 days."));
    if (policy.historyCount < 0 || policy.historyCount > 24)
        return fail(tr("The number of earlier passwords that may not be reused must be 0 to 24."));
    auto json = [](const PasswordPolicy &p) {
        return QJsonObject{{QStringLiteral("minLength"), p.minLength},
                           {QStringLiteral("maxAgeDays"), p.maxAgeDays},
                           {QStringLiteral("history"), p.historyCount}};
    };
    return m_db.write([&]() -> Status {
        SettingsStore s(m_db);
        Status r = s.set(Key::MinLength, QString::number(policy.minLength));
        if (r)
            r = s.set(Key::MaxAge, QString::number(policy.maxAgeDays));
        if (r)
            r = s.set(Key::History, QString::number(policy.historyCount));
        if (!r)
            return r;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("settings.password_policy"), QStringLiteral("settings"),
                    QStringLiteral("password"), json(current), json(policy));
    });
}

Status CompanySettings::setLockoutPolicy(const Actor &actor, const LockoutPolicy &policy)
{
    if (!Permissions::can(actor, Action::ManageSettings))
        return fail(Permissions::refusal(Action::ManageSettings));
    if (policy.maxFailures < 1 || policy.maxFailures > 100 || policy.lockMinutes < 1 || policy.lockMinutes > 24 * 60)
        return fail(tr("Allow 1 to 100 wrong passwords and lock for 1 to 1440 minutes."));
    const LockoutPolicy current = lockoutPolicy();
    return m_db.write([&]() -> Status {
        SettingsStore s(m_db);
        Status r = s.set(Key::MaxFailures, QString::number(policy.maxFailures));
        if (r)
            r = s.set(Key::LockMinutes, QString::number(policy.lockMinutes));
        if (!r)
            return r;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("settings.lockout"), QStringLiteral("settings"), QStringLiteral("login"),
                    {{QStringLiteral("maxFailures"), current.maxFailures},
                     {QStringLiteral("lockMinutes"), current.lockMinutes}},
                    {{QStringLiteral("maxFailures"), policy.maxFailures},
                     {QStringLiteral("lockMinutes"), policy.lockMinutes}});
    });
}

} // namespace shopdesk
