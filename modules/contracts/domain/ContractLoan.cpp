#include "domain/ContractLoan.h"

#include <algorithm>

namespace shopdesk {

QString loanKindKey(LoanKind kind)
{
    return kind == LoanKind::Original ? QStringLiteral("original") : QStringLiteral("copy");
}

std::optional<LoanKind> loanKindFromKey(const QString &key)
{
    if (key == QStringLiteral("copy"))
        return LoanKind::Copy;
    if (key == QStringLiteral("original"))
        return LoanKind::Original;
    return std::nullopt;
}

QString loanKindTitle(LoanKind kind)
{
    return kind == LoanKind::Original ? QCoreApplication::translate("LoanKind", "Original")
                                      : QCoreApplication::translate("LoanKind", "Copy");
}

QString loanStateTitle(LoanState state)
{
    switch (state) {
    case LoanState::Pending: return QCoreApplication::translate("LoanState", "Waiting for signature");
    case LoanState::Approved: return QCoreApplication::translate("LoanState", "Signed, to hand out");
    case LoanState::Refused: return QCoreApplication::translate("LoanState", "Refused");
    case LoanState::Withdrawn: return QCoreApplication::translate("LoanState", "Withdrawn");
    case LoanState::Out: return QCoreApplication::translate("LoanState", "Out");
    case LoanState::Returned: return QCoreApplication::translate("LoanState", "Returned");
    }
    return {};
}

LoanState ContractLoan::state() const
{
    if (returnedOn.isValid())
        return LoanState::Returned;
    if (lentOn.isValid())
        return LoanState::Out;
    switch (approvalState) {
    case RequestState::Approved: return LoanState::Approved;
    case RequestState::Rejected: return LoanState::Refused;
    case RequestState::Withdrawn: return LoanState::Withdrawn;
    case RequestState::Draft:
    case RequestState::Pending: break;
    }
    return LoanState::Pending;
}

QString LoanRules::requestProblem(LoanKind kind, const QString &purpose, const QDate &dueOn, const QDate &today)
{
    if (purpose.trimmed().isEmpty())
        return QCoreApplication::translate("LoanRules", "Say what the contract is needed for.");
    if (!dueOn.isValid() || dueOn < today)
        return QCoreApplication::translate("LoanRules", "Give the day it comes back, today or later.");
    if (kind == LoanKind::Original && purpose.trimmed().size() < 4)
        return QCoreApplication::translate("LoanRules",
                                           "An original leaves only in a special case: say which (CON-05).");
    return {};
}

int LoanRules::daysOverdue(const ContractLoan &loan, const QDate &today)
{
    if (loan.state() != LoanState::Out)
        return 0;
    return std::max(0, int(loan.dueOn.daysTo(today)));
}

} // namespace shopdesk
