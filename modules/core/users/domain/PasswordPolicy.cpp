#include "users/domain/PasswordPolicy.h"

namespace shopdesk {

QString PasswordPolicy::check(const QString &password) const
{
    if (password.size() < minLength)
        return tr("The password must have at least %n characters.", nullptr, minLength);
    if (password.front().isDigit())
        return tr("The password must not start with a digit.");
    bool letter = false, digit = false;
    for (QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (!letter || !digit)
        return tr("The password must contain both letters and digits.");
    return {};
}

QString PasswordPolicy::checkNew(const QString &password,
                                 const std::function<bool(const QString &)> &wasUsedBefore) const
{
    QString reason = check(password);
    if (reason.isEmpty() && historyCount > 0 && wasUsedBefore && wasUsedBefore(password))
        reason = tr("The password must differ from your last %n passwords.", nullptr, historyCount);
    return reason;
}

bool PasswordPolicy::isExpired(const QDate &changedOn, const QDate &today) const
{
    if (maxAgeDays <= 0)
        return false;
    return !changedOn.isValid() || changedOn.daysTo(today) >= maxAgeDays;
}

} // namespace shopdesk
