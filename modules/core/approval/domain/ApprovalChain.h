#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace shopdesk {

// Who approves, by title (RULES.md "Who is who"), from the bottom of the chart up.
enum class ApproverKind { DirectSupervisor, DepartmentHead, SeniorManager, GeneralManager };

QString approverKindKey(ApproverKind kind); // stored form
ApproverKind approverKindFromKey(const QString &key);
QString approverKindTitle(ApproverKind kind); // translated

// The chart above one person, already resolved to user ids (0: nobody holds that place).
struct ChartAbove
{
    qint64 directSupervisor = 0;
    qint64 departmentHead = 0;
    qint64 seniorManager = 0;
    qint64 generalManager = 0;
    qint64 userFor(ApproverKind kind) const;
};

struct ChainStep
{
    ApproverKind kind;
    qint64 approverUserId = 0;
};

struct Chain
{
    QList<ChainStep> steps;
    // Every step fell on the requester at the top of the chart (the general manager asking):
    // nobody above can approve, so the request stands approved by that office.
    bool approvedByOffice = false;
    QString missing; // the approver no one holds; empty when the chain is complete
};

// RULE APR-01, APR-03: the chain for the titles a request type asks for. A step that falls on
// someone excluded (the requester, or the person the request is about) passes to the next person
// up; the same person is asked once. Pure: the caller resolves the chart.
class ApprovalChain
{
    Q_DECLARE_TR_FUNCTIONS(ApprovalChain)

public:
    static Chain build(const QList<ApproverKind> &kinds, const ChartAbove &chart, const QSet<qint64> &excluded);
};

} // namespace shopdesk
