#include "approval/domain/ApprovalRequest.h"

namespace shopdesk {

QString requestStateKey(RequestState state)
{
    switch (state) {
    case RequestState::Draft: return QStringLiteral("draft");
    case RequestState::Pending: return QStringLiteral("pending");
    case RequestState::Approved: return QStringLiteral("approved");
    case RequestState::Rejected: return QStringLiteral("rejected");
    case RequestState::Withdrawn: return QStringLiteral("withdrawn");
    }
    return {};
}

RequestState requestStateFromKey(const QString &key)
{
    for (RequestState s :
         {RequestState::Pending, RequestState::Approved, RequestState::Rejected, RequestState::Withdrawn})
        if (requestStateKey(s) == key)
            return s;
    return RequestState::Draft;
}

QString requestStateTitle(RequestState state)
{
    switch (state) {
    case RequestState::Draft: return QCoreApplication::translate("ApprovalRequest", "Draft");
    case RequestState::Pending: return QCoreApplication::translate("ApprovalRequest", "Waiting for approval");
    case RequestState::Approved: return QCoreApplication::translate("ApprovalRequest", "Approved");
    case RequestState::Rejected: return QCoreApplication::translate("ApprovalRequest", "Rejected");
    case RequestState::Withdrawn: return QCoreApplication::translate("ApprovalRequest", "Withdrawn");
    }
    return {};
}

QString stepDecisionKey(StepDecision decision)
{
    switch (decision) {
    case StepDecision::Undecided: return {};
    case StepDecision::Approved: return QStringLiteral("approved");
    case StepDecision::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

StepDecision stepDecisionFromKey(const QString &key)
{
    if (key == stepDecisionKey(StepDecision::Approved))
        return StepDecision::Approved;
    if (key == stepDecisionKey(StepDecision::Rejected))
        return StepDecision::Rejected;
    return StepDecision::Undecided;
}

QString phoneCheckKey(PhoneCheck check)
{
    switch (check) {
    case PhoneCheck::None: return {};
    case PhoneCheck::Pending: return QStringLiteral("pending");
    case PhoneCheck::Confirmed: return QStringLiteral("confirmed");
    case PhoneCheck::Disputed: return QStringLiteral("disputed");
    }
    return {};
}

PhoneCheck phoneCheckFromKey(const QString &key)
{
    for (PhoneCheck c : {PhoneCheck::Pending, PhoneCheck::Confirmed, PhoneCheck::Disputed})
        if (phoneCheckKey(c) == key)
            return c;
    return PhoneCheck::None;
}

const ApprovalStep *ApprovalRequest::currentStep() const
{
    if (state != RequestState::Pending)
        return nullptr;
    for (const ApprovalStep &s : steps)
        if (s.decision == StepDecision::Undecided)
            return &s;
    return nullptr;
}

int ApprovalRequest::approvedSteps() const
{
    int n = 0;
    for (const ApprovalStep &s : steps)
        n += s.decision == StepDecision::Approved;
    return n;
}

} // namespace shopdesk
