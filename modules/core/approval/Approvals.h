#pragma once

#include "approval/domain/ApprovalRequest.h"
#include "attachments/domain/AttachedFile.h"
#include "common/Result.h"
#include "common/domain/Page.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

struct NewApproval
{
    QString type;
    QString subjectModule;
    QString subjectId;
    QString title;
    QJsonObject figures;
    QJsonArray attachments;
    QList<AttachedFile> files; // stored with the request; listed in `attachments`
    QJsonObject payload;
    // Whose chart the chain follows: this employee's (a permission change follows the user it
    // changes); 0: the requester's. The person is excluded from approving, like the requester.
    qint64 aboutEmployeeId = 0;
    qint64 aboutUserId = 0;
};

// The approvals engine (RULES APR-01..05): submit, decide step by step, withdraw, deputies, and
// the inbox queries. Every change is audited; the owning module hears the outcome in the same
// transaction as the final decision.
class Approvals
{
    Q_DECLARE_TR_FUNCTIONS(Approvals)

public:
    Approvals(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<qint64> submit(const Actor &actor, const NewApproval &request);
    // For a service already inside Database::write (the request is part of its unit of work).
    Result<qint64> submitInTransaction(const Actor &actor, const NewApproval &request);

    // The step's approver (or their deputy in force, APR-04) decides.
    Status decide(const Actor &actor, qint64 requestId, bool approve, const QString &comment);

    // RULE FIN-04, APR-03 (issue 11): `approverUserId` approved by phone and `actor`, who holds the
    // right and is neither the requester nor that approver, records it. The approver is the
    // current step's, or their deputy in force: phoneApprovers() lists them.
    Status recordPhoneApproval(const Actor &actor, qint64 requestId, qint64 approverUserId, const QString &comment);
    Result<QList<QPair<qint64, QString>>> phoneApprovers(const Actor &actor, qint64 requestId) const;
    // The approver named confirms ("yes, I approved") or disputes it (with a reason); a dispute
    // is flagged to the general manager and audited.
    Status answerPhoneApproval(const Actor &actor, qint64 requestId, bool confirmed, const QString &comment);
    // For one who records phone approvals: pending requests of others.
    Result<QList<ApprovalRequest>> mayRecordByPhone(const Actor &actor) const;
    // Phone approvals naming `actor` that wait for their answer.
    Result<QList<ApprovalRequest>> phoneApprovalsToAnswer(const Actor &actor) const;
    // Unconfirmed and disputed phone approvals: for those who record them and the general manager.
    Result<QList<ApprovalRequest>> phoneApprovalsOpen(const Actor &actor) const;
    Status withdraw(const Actor &actor, qint64 requestId);
    // RULE APR-04: `actor` names a deputy for a period.
    Status setDeputy(const Actor &actor, qint64 deputyUserId, const QDate &from, const QDate &to);

    Result<QList<ApprovalRequest>> waitingFor(const Actor &actor) const;
    Result<QList<ApprovalRequest>> mine(const Actor &actor) const;
    Result<QList<ApprovalRequest>> history(const Actor &actor) const;
    // Those two a page at a time, the newest first (issue 12): they grow with every request.
    Result<Page<ApprovalRequest>> minePage(const Actor &actor, const PageCursor &after, int pageSize) const;
    Result<Page<ApprovalRequest>> historyPage(const Actor &actor, const PageCursor &after, int pageSize) const;
    Result<ApprovalRequest> detail(const Actor &actor, qint64 requestId) const;
    // A file of a request, for whoever may see the request (its requester and approvers).
    Result<AttachedFile> attachment(const Actor &actor, qint64 attachmentId) const;
    Result<int> waitingCount(const Actor &actor) const;
    // Active users other than `actor`, as id and name: who can stand in as a deputy.
    Result<QList<QPair<qint64, QString>>> possibleDeputies(const Actor &actor) const;

private:
    Result<QList<qint64>> actingFor(const Actor &actor) const;
    // The request, when it exists and a step waits for a decision.
    Result<ApprovalRequest> waitingRequest(qint64 requestId) const;
    Result<QList<QPair<qint64, QString>>> phoneApprovers(const Actor &actor, const ApprovalRequest &request) const;
    // Stores a decided step, audits it, and finishes the request on a rejection or the last step.
    Status recordStep(const Actor &actor, const ApprovalRequest &request, const ApprovalStep &step);
    Status finish(const Actor &actor, const ApprovalRequest &request, bool approved, const QString &at);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
