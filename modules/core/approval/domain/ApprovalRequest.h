#pragma once

#include "approval/domain/ApprovalChain.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace shopdesk {

// Where a request stands (APR-01..04). Stored as its key; shown by its title.
enum class RequestState { Draft, Pending, Approved, Rejected, Withdrawn };
QString requestStateKey(RequestState state);
RequestState requestStateFromKey(const QString &key); // unknown: Draft, which nothing acts on
QString requestStateTitle(RequestState state); // translated

// One approver's answer: none yet, yes or no.
enum class StepDecision { Undecided, Approved, Rejected };
QString stepDecisionKey(StepDecision decision); // Undecided: empty (NULL in the database)
StepDecision stepDecisionFromKey(const QString &key);

// RULE FIN-04: an approval given by phone waits for the approver to confirm it (issue 11).
enum class PhoneCheck { None, Pending, Confirmed, Disputed };
QString phoneCheckKey(PhoneCheck check); // None: empty (NULL in the database)
PhoneCheck phoneCheckFromKey(const QString &key);

struct ApprovalStep
{
    int position = 0;
    ApproverKind kind = ApproverKind::DepartmentHead;
    qint64 approverUserId = 0;
    QString approverName;
    StepDecision decision = StepDecision::Undecided;
    qint64 decidedByUserId = 0;
    QString decidedByName;
    QString decidedAt;
    QString comment;
    // RULE FIN-04: approved by phone: who approved (chosen from the chart), recorded by
    // decidedBy; the approver then confirms or disputes it (issue 11).
    QString byPhoneName;
    qint64 byPhoneUserId = 0;
    PhoneCheck phoneCheck = PhoneCheck::None;
    QString phoneCheckedAt;
    QString phoneCheckComment;
};

// A request of any area going through its approval chain (APR-01).
struct ApprovalRequest
{
    qint64 id = 0;
    QString type;
    qint64 requesterUserId = 0;
    QString requesterName;
    qint64 aboutUserId = 0; // the user the request is about (a permission change), excluded like the requester
    qint64 aboutEmployeeId = 0; // the employee it is about (the requester's own, or the person filed for)
    QString subjectModule;
    QString subjectId;
    QString title;
    QJsonObject figures;
    QJsonArray attachments;
    QJsonObject payload;
    RequestState state = RequestState::Draft;
    QString createdAt;
    QString decidedAt;
    int version = 1;
    QList<ApprovalStep> steps;

    // The first undecided step of a pending request; null otherwise.
    const ApprovalStep *currentStep() const;
    int approvedSteps() const;
};

} // namespace shopdesk
