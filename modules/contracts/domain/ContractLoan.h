#pragma once

#include "approval/domain/ApprovalRequest.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace shopdesk {

// RULE CON-05: what leaves the archive: a copy (影印件), or, as a special case, the original.
enum class LoanKind { Copy, Original };
QString loanKindKey(LoanKind kind); // stored form: copy, original
std::optional<LoanKind> loanKindFromKey(const QString &key);
QString loanKindTitle(LoanKind kind); // translated

// Where a loan stands: its approval, then in the custodian's hands.
enum class LoanState { Pending, Approved, Refused, Withdrawn, Out, Returned };
QString loanStateTitle(LoanState state); // translated

// RULE CON-05: a request to take a contract out, signed through approvals, handed out and taken
// back by the archive's custodian.
struct ContractLoan
{
    qint64 id = 0;
    qint64 contractId = 0;
    QString contractNumber;
    QString contractTitle;
    qint64 borrowerUserId = 0;
    QString borrowerName;
    LoanKind kind = LoanKind::Copy;
    QString purpose;
    QDate dueOn;
    qint64 approvalId = 0;
    RequestState approvalState = RequestState::Pending;
    QDate lentOn; // invalid: not handed out
    QDate returnedOn; // invalid: not back

    LoanState state() const;
};

namespace LoanRules {
// Why a loan cannot be asked for as typed on `today`, translated; empty when it can.
QString requestProblem(LoanKind kind, const QString &purpose, const QDate &dueOn, const QDate &today);
// Days past its due day on `today` while it is out (0 otherwise).
int daysOverdue(const ContractLoan &loan, const QDate &today);
} // namespace LoanRules

} // namespace shopdesk
