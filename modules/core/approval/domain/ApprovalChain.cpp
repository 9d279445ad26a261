#include "approval/domain/ApprovalChain.h"

namespace shopdesk {

namespace {
const ApproverKind kLadder[] = {ApproverKind::DirectSupervisor, ApproverKind::DepartmentHead,
                                ApproverKind::SeniorManager, ApproverKind::GeneralManager};
}

QString approverKindKey(ApproverKind kind)
{
    switch (kind) {
    case ApproverKind::DirectSupervisor: return QStringLiteral("direct_supervisor");
    case ApproverKind::DepartmentHead: return QStringLiteral("department_head");
    case ApproverKind::SeniorManager: return QStringLiteral("senior_manager");
    case ApproverKind::GeneralManager: return QStringLiteral("general_manager");
    }
    return {};
}

ApproverKind approverKindFromKey(const QString &key)
{
    for (ApproverKind k : kLadder)
        if (approverKindKey(k) == key)
            return k;
    return ApproverKind::GeneralManager;
}

QString approverKindTitle(ApproverKind kind)
{
    switch (kind) {
    case ApproverKind::DirectSupervisor: return ApprovalChain::tr("Direct supervisor");
    case ApproverKind::DepartmentHead: return ApprovalChain::tr("Department head");
    case ApproverKind::SeniorManager: return ApprovalChain::tr("Senior manager");
    case ApproverKind::GeneralManager: return ApprovalChain::tr("General manager");
    }
    return {};
}

qint64 ChartAbove::userFor(ApproverKind kind) const
{
    switch (kind) {
    case ApproverKind::DirectSupervisor: return directSupervisor;
    case ApproverKind::DepartmentHead: return departmentHead;
    // RULES "Who is who": the senior manager defaults to the GM where none is set.
    case ApproverKind::SeniorManager: return seniorManager ? seniorManager : generalManager;
    case ApproverKind::GeneralManager: return generalManager;
    }
    return 0;
}

Chain ApprovalChain::build(const QList<ApproverKind> &kinds, const ChartAbove &chart, const QSet<qint64> &excluded)
{
    Chain chain;
    QSet<qint64> asked;
    bool reachedTheTop = false;
    for (ApproverKind wanted : kinds) {
        int rung = 0;
        while (kLadder[rung] != wanted)
            ++rung;
        qint64 user = chart.userFor(wanted);
        if (user == 0) {
            chain.missing = tr("No %1 is set for this person in the organisation chart; set one before submitting.")
                                .arg(approverKindTitle(wanted));
            return chain;
        }
        ApproverKind kind = wanted;
        // RULE APR-03: nobody approves their own request; the step passes up the chart, over
        // places nobody holds.
        while (user == 0 || excluded.contains(user)) {
            if (++rung >= int(std::size(kLadder))) {
                user = 0;
                break;
            }
            kind = kLadder[rung];
            user = chart.userFor(kind);
        }
        if (user == 0) {
            reachedTheTop = true;
            continue;
        }
        if (asked.contains(user))
            continue;
        asked.insert(user);
        chain.steps.append({kind, user});
    }
    chain.approvedByOffice = chain.steps.isEmpty() && reachedTheTop;
    return chain;
}

} // namespace shopdesk
