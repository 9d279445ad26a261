#include "domain/CustomerFlag.h"

#include <QCoreApplication>

namespace shopdesk {

QString flagStateKey(FlagState state)
{
    switch (state) {
    case FlagState::Proposed: return QStringLiteral("proposed");
    case FlagState::Confirmed: return QStringLiteral("confirmed");
    case FlagState::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

FlagState flagStateFromKey(const QString &key)
{
    if (key == QLatin1String("confirmed"))
        return FlagState::Confirmed;
    if (key == QLatin1String("rejected"))
        return FlagState::Rejected;
    return FlagState::Proposed;
}

QString flagStateTitle(FlagState state)
{
    switch (state) {
    case FlagState::Proposed: return QCoreApplication::translate("CustomerFlag", "Waiting for the supervisor");
    case FlagState::Confirmed: return QCoreApplication::translate("CustomerFlag", "Confirmed");
    case FlagState::Rejected: return QCoreApplication::translate("CustomerFlag", "Rejected");
    }
    return {};
}

QString CustomerFlagRules::problem(const CustomerFlag &f)
{
    if (f.customer.trimmed().isEmpty() && phoneKey(f.phone).isEmpty())
        return QCoreApplication::translate("CustomerFlag", "Name the customer: their account or phone.");
    if (f.evidence.trimmed().isEmpty())
        return QCoreApplication::translate("CustomerFlag",
                                           "Give the evidence the service supervisor will decide on (CS-03).");
    return {};
}

QString CustomerFlagRules::phoneKey(const QString &phone)
{
    QString digits;
    for (QChar c : phone)
        if (c.isDigit())
            digits += c;
    return digits;
}

bool CustomerFlagRules::showsOn(const CustomerFlag &f, const QString &customer, const QString &phone,
                                const QDateTime &orderCreatedUtc)
{
    if (f.state != FlagState::Confirmed || !f.decidedAt.isValid() || orderCreatedUtc < f.decidedAt)
        return false;
    const bool sameAccount = !f.customer.trimmed().isEmpty() && f.customer.trimmed() == customer.trimmed();
    const bool samePhone = !phoneKey(f.phone).isEmpty() && phoneKey(f.phone) == phoneKey(phone);
    return sameAccount || samePhone;
}

} // namespace shopdesk
