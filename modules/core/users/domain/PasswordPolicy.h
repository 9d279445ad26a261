#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <functional>

namespace shopdesk {

// RULE DB-03: the password policy. Pure: the caller hands in the dates and a way to
// recognise earlier passwords (their hashes stay in the data layer).
struct PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)

public:
    static constexpr int kMinimumLength = 6; // the floor; the setting may only raise it

    int minLength = kMinimumLength;
    int maxAgeDays = 90;
    int historyCount = 3; // the last N passwords may not be reused

    // Empty when the password is acceptable, else the first reason in the user's language.
    QString check(const QString &password) const;
    // `wasUsedBefore` answers whether the password matches one of the last historyCount.
    QString checkNew(const QString &password, const std::function<bool(const QString &)> &wasUsedBefore) const;
    bool isExpired(const QDate &changedOn, const QDate &today) const;
};

} // namespace shopdesk
