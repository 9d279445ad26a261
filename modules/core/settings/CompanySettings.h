#pragma once

#include "common/Result.h"
#include "users/domain/PasswordPolicy.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

// Login lock-out (issue: five wrong passwords lock the account for 15 minutes; both settings).
struct LockoutPolicy
{
    int maxFailures = 5;
    int lockMinutes = 15;
};

// The policy settings an administrator changes in Administration, stored in the database so that
// every PC follows them; every change audited.
class CompanySettings
{
    Q_DECLARE_TR_FUNCTIONS(CompanySettings)

public:
    CompanySettings(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    QString companyName() const;
    PasswordPolicy passwordPolicy() const;
    LockoutPolicy lockoutPolicy() const;

    Status setCompanyName(const Actor &actor, const QString &name);
    // RULE DB-03: the minimum length may only be raised.
    Status setPasswordPolicy(const Actor &actor, const PasswordPolicy &policy);
    Status setLockoutPolicy(const Actor &actor, const LockoutPolicy &policy);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
