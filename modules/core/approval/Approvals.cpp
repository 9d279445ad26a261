#include "approval/Approvals.h"

#include "approval/data/ApprovalRepository.h"

#include "attachments/data/AttachmentRepository.h"

#include <QCryptographicHash>

#include <algorithm>

#include "approval/ApprovalTypes.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "database/data/Database.h"
#include "users/data/UserRepository.h"

namespace shopdesk {

Result<qint64> Approvals::submit(const Actor &actor, const NewApproval &request)
{
    return m_db.write([&] { return submitInTransaction(actor, request); });
}

Result<qint64> Approvals::submitInTransaction(const Actor &actor, const NewApproval &n)
{
    const ApprovalType *type = ApprovalTypes::find(n.type);
    if (!type)
        return fail(tr("Unknown kind of request: %1.").arg(n.type));
    if (actor.userId == 0)
        return fail(tr("Sign in to submit a request."));
    ApprovalRepository repo(m_db);
    qint64 person = n.aboutEmployeeId;
    if (n.aboutUserId == 0 && person == 0) {
        auto own = repo.employeeOfUser(actor.userId);
        if (!own)
            return own.failure();
        person = *own;
    }
    auto chart = repo.chartAbove(person);
    if (!chart)
        return chart.failure();
    QSet<qint64> excluded{actor.userId};
    if (n.aboutUserId)
        excluded.insert(n.aboutUserId);
    const Chain chain = ApprovalChain::build(type->route(n.figures), *chart, excluded);
    if (!chain.missing.isEmpty())
        return fail(chain.missing); // a clear error now, not a request stuck forever

    const QString at = toStoredInstant(m_clock.nowUtc());
    ApprovalRequest r;
    r.type = n.type;
    r.requesterUserId = actor.userId;
    r.aboutUserId = n.aboutUserId;
    r.aboutEmployeeId = person;
    r.subjectModule = n.subjectModule;
    r.subjectId = n.subjectId;
    r.title = n.title;
    r.figures = n.figures;
    r.attachments = n.attachments;
    r.payload = n.payload;
    r.state = RequestState::Pending;
    r.createdAt = at;
    for (int i = 0; i < chain.steps.size(); ++i)
        r.steps.append({i + 1, chain.steps[i].kind, chain.steps[i].approverUserId});
    for (const AttachedFile &f : n.files)
        if (f.content.size() > AttachedFile::kMaxBytes || f.content.isEmpty())
            return fail(tr("%1 is empty or larger than 10 MB; attach a smaller file.").arg(f.name));
    auto id = repo.insert(r);
    if (!id)
        return id;
    r.id = *id;
    if (!n.files.isEmpty()) {
        QJsonArray listed = r.attachments;
        for (const AttachedFile &f : n.files) {
            const QString sha =
                QString::fromLatin1(QCryptographicHash::hash(f.content, QCryptographicHash::Sha256).toHex());
            auto stored = AttachmentRepository(m_db).add(r.id, f, sha, at);
            if (!stored)
                return stored.failure();
            listed.append(QJsonObject{{QStringLiteral("id"), *stored},
                                      {QStringLiteral("name"), f.name},
                                      {QStringLiteral("size"), f.content.size()},
                                      {QStringLiteral("sha256"), sha}});
        }
        if (Status s = repo.setAttachments(r.id, listed); !s)
            return s.failure();
        r.attachments = listed;
    }
    Status s =
        AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("approval.submit"), QStringLiteral("approval"), QString::number(r.id), {},
                    {{QStringLiteral("type"), r.type},
                     {QStringLiteral("title"), r.title},
                     {QStringLiteral("steps"), int(r.steps.size())}});
    // The top of the chart asking: nobody above can approve, the office itself decides.
    if (s && chain.approvedByOffice)
        s = finish(actor, r, true, at);
    if (!s)
        return s.failure();
    return *id;
}

Status Approvals::finish(const Actor &actor, const ApprovalRequest &request, bool approved, const QString &at)
{
    ApprovalRepository repo(m_db);
    Status s = repo.setState(request.id, approved ? RequestState::Approved : RequestState::Rejected, at);
    if (!s)
        return s;
    auto decided = repo.find(request.id);
    if (!decided)
        return decided.failure();
    const ApprovalType *type = ApprovalTypes::find(request.type);
    if (type && type->onOutcome) {
        s = type->onOutcome(OutcomeContext{m_db, actor, m_clock}, *decided, approved);
        if (!s)
            return s; // the caller's transaction rolls the decision back
    }
    return AuditTrail(m_db, m_clock)
        .record(actor, approved ? QStringLiteral("approval.approved") : QStringLiteral("approval.rejected"),
                QStringLiteral("approval"), QString::number(request.id), {},
                {{QStringLiteral("state"), requestStateKey(decided->state)}});
}

Result<QList<qint64>> Approvals::actingFor(const Actor &actor) const
{
    auto others = ApprovalRepository(m_db).standingInFor(actor.userId, m_clock.nowUtc().toLocalTime().date());
    if (!others)
        return others;
    QList<qint64> users{actor.userId};
    users.append(*others);
    return users;
}

Status Approvals::decide(const Actor &actor, qint64 requestId, bool approve, const QString &comment)
{
    ApprovalRepository repo(m_db);
    auto acting = actingFor(actor);
    if (!acting)
        return acting.failure();
    if (!approve && comment.trimmed().isEmpty())
        return fail(tr("Give a reason for the rejection."));
    return m_db.write([&]() -> Status {
        auto request = waitingRequest(requestId);
        if (!request)
            return request.failure();
        const ApprovalStep *current = request->currentStep();
        if (!acting->contains(current->approverUserId))
            return fail(tr("Request %1 waits for %2, not for you.").arg(requestId).arg(current->approverName));
        if (request->requesterUserId == actor.userId)
            return fail(tr("Nobody approves their own request.")); // RULE APR-03
        ApprovalStep step = *current;
        step.decision = approve ? StepDecision::Approved : StepDecision::Rejected;
        step.decidedByUserId = actor.userId;
        step.decidedAt = toStoredInstant(m_clock.nowUtc());
        step.comment = comment.trimmed();
        return recordStep(actor, *request, step);
    });
}

Status Approvals::recordStep(const Actor &actor, const ApprovalRequest &request, const ApprovalStep &step)
{
    const bool approve = step.decision == StepDecision::Approved;
    Status s = ApprovalRepository(m_db).recordDecision(request.id, step);
    if (s) {
        QJsonObject after{{QStringLiteral("step"), step.position},
                          {QStringLiteral("approver"), step.approverName},
                          {QStringLiteral("decidedBy"), actor.userName},
                          {QStringLiteral("comment"), step.comment}};
        if (step.byPhoneUserId)
            after.insert(QStringLiteral("byPhone"), step.byPhoneName);
        s = AuditTrail(m_db, m_clock)
                .record(actor, approve ? QStringLiteral("approval.approve") : QStringLiteral("approval.reject"),
                        QStringLiteral("approval"), QString::number(request.id), {}, after);
    }
    if (!s)
        return s;
    const bool last = step.position == request.steps.last().position;
    if (!approve || last)
        return finish(actor, request, approve, step.decidedAt);
    return success();
}

Result<ApprovalRequest> Approvals::waitingRequest(qint64 requestId) const
{
    auto request = ApprovalRepository(m_db).find(requestId);
    if (!request)
        return request;
    if (request->id == 0)
        return fail(tr("There is no request %1.").arg(requestId));
    if (!request->currentStep())
        return fail(tr("Request %1 is no longer waiting for a decision.").arg(requestId));
    return request;
}

Result<QList<QPair<qint64, QString>>> Approvals::phoneApprovers(const Actor &actor, qint64 requestId) const
{
    auto request = waitingRequest(requestId);
    if (!request)
        return request.failure();
    return phoneApprovers(actor, *request);
}

Result<QList<QPair<qint64, QString>>> Approvals::phoneApprovers(const Actor &actor,
                                                                const ApprovalRequest &request) const
{
    ApprovalRepository repo(m_db);
    const ApprovalStep *current = request.currentStep();
    auto deputies = repo.deputiesOf(current->approverUserId, m_clock.nowUtc().toLocalTime().date());
    if (!deputies)
        return deputies.failure();
    QList<QPair<qint64, QString>> people{{current->approverUserId, current->approverName}};
    for (qint64 deputy : *deputies) {
        auto name = repo.userName(deputy);
        if (!name)
            return name.failure();
        people.append({deputy, tr("%1 (deputy of %2)").arg(*name, current->approverName)});
    }
    // Neither the requester, nor whom it is about, nor the one recording is their own phone approver.
    QList<QPair<qint64, QString>> allowed;
    for (const auto &p : std::as_const(people)) {
        auto employee = repo.employeeOfUser(p.first);
        if (!employee)
            return employee.failure();
        if (p.first != request.requesterUserId && p.first != request.aboutUserId && p.first != actor.userId
            && (*employee == 0 || *employee != request.aboutEmployeeId))
            allowed.append(p);
    }
    return allowed;
}

Status Approvals::recordPhoneApproval(const Actor &actor, qint64 requestId, qint64 approverUserId,
                                      const QString &comment)
{
    if (!Permissions::can(actor, Action::RecordPhoneApproval))
        return fail(Permissions::refusal(Action::RecordPhoneApproval));
    ApprovalRepository repo(m_db);
    return m_db.write([&]() -> Status {
        auto request = waitingRequest(requestId);
        if (!request)
            return request.failure();
        if (request->requesterUserId == actor.userId || request->aboutUserId == actor.userId
            || (actor.employeeId != 0 && actor.employeeId == request->aboutEmployeeId))
            return fail(tr("Nobody records a phone approval of their own request.")); // RULE APR-03
        // Nor one of a chain they sign themselves (or stand in for): one person, two signatures.
        auto acting = actingFor(actor);
        if (!acting)
            return acting.failure();
        for (const ApprovalStep &s : request->steps)
            if (acting->contains(s.approverUserId))
                return fail(tr("You approve a step of request %1 yourself: someone else records its phone approval.")
                                .arg(requestId));
        const ApprovalStep *current = request->currentStep();
        auto approvers = phoneApprovers(actor, *request);
        if (!approvers)
            return approvers.failure();
        const bool named = std::any_of(approvers->cbegin(), approvers->cend(),
                                       [&](const auto &p) { return p.first == approverUserId; });
        auto name = approverUserId == current->approverUserId ? Result<QString>(current->approverName)
                                                              : repo.userName(approverUserId);
        if (!name)
            return name.failure();
        if (!named)
            return fail(tr("Request %1 waits for %2: only they, or their deputy in force, can approve it by phone.")
                            .arg(requestId)
                            .arg(current->approverName));
        ApprovalStep step = *current;
        step.decision = StepDecision::Approved;
        step.decidedByUserId = actor.userId;
        step.decidedAt = toStoredInstant(m_clock.nowUtc());
        step.comment = comment.trimmed();
        step.byPhoneUserId = approverUserId;
        step.byPhoneName = *name;
        step.phoneCheck = PhoneCheck::Pending;
        return recordStep(actor, *request, step);
    });
}

Status Approvals::answerPhoneApproval(const Actor &actor, qint64 requestId, bool confirmed, const QString &comment)
{
    if (!confirmed && comment.trimmed().isEmpty())
        return fail(tr("Say what is wrong with this phone approval."));
    ApprovalRepository repo(m_db);
    return m_db.write([&]() -> Status {
        auto request = repo.find(requestId);
        if (!request)
            return request.failure();
        const ApprovalStep *mine = nullptr;
        for (const ApprovalStep &s : request->steps)
            if (s.phoneCheck == PhoneCheck::Pending && s.byPhoneUserId == actor.userId)
                mine = &s;
        if (!mine)
            return fail(tr("Request %1 has no phone approval in your name waiting for your answer.").arg(requestId));
        const QString at = toStoredInstant(m_clock.nowUtc());
        const PhoneCheck check = confirmed ? PhoneCheck::Confirmed : PhoneCheck::Disputed;
        if (Status s = repo.setPhoneCheck(requestId, mine->position, check, at, comment.trimmed()); !s)
            return s;
        // A dispute reaches the general manager through phoneApprovalsOpen() and the audit.
        return AuditTrail(m_db, m_clock)
            .record(actor,
                    confirmed ? QStringLiteral("approval.phone_confirmed") : QStringLiteral("approval.phone_disputed"),
                    QStringLiteral("approval"), QString::number(requestId),
                    {{QStringLiteral("phoneCheck"), phoneCheckKey(PhoneCheck::Pending)}},
                    {{QStringLiteral("step"), mine->position},
                     {QStringLiteral("phoneCheck"), phoneCheckKey(check)},
                     {QStringLiteral("recordedBy"), mine->decidedByName},
                     {QStringLiteral("comment"), comment.trimmed()}});
    });
}

Result<QList<ApprovalRequest>> Approvals::mayRecordByPhone(const Actor &actor) const
{
    if (!Permissions::can(actor, Action::RecordPhoneApproval))
        return QList<ApprovalRequest>{};
    auto pending = ApprovalRepository(m_db).pendingOfOthers(actor.userId);
    if (!pending)
        return pending;
    pending->removeIf([&](const ApprovalRequest &r) {
        return !r.currentStep() || r.currentStep()->approverUserId == actor.userId || r.aboutUserId == actor.userId
            || (actor.employeeId != 0 && r.aboutEmployeeId == actor.employeeId);
    });
    return pending;
}

Result<QList<ApprovalRequest>> Approvals::phoneApprovalsToAnswer(const Actor &actor) const
{
    return ApprovalRepository(m_db).phoneChecksFor({actor.userId});
}

Result<QList<ApprovalRequest>> Approvals::phoneApprovalsOpen(const Actor &actor) const
{
    if (!Permissions::can(actor, Action::RecordPhoneApproval) && !actor.roles.contains(Role::GeneralManager))
        return fail(Permissions::refusal(Action::RecordPhoneApproval));
    ApprovalRepository repo(m_db);
    auto disputed = repo.phoneChecksIn(PhoneCheck::Disputed);
    if (!disputed)
        return disputed;
    auto pending = repo.phoneChecksIn(PhoneCheck::Pending);
    if (!pending)
        return pending;
    return *disputed + *pending;
}

Status Approvals::withdraw(const Actor &actor, qint64 requestId)
{
    ApprovalRepository repo(m_db);
    return m_db.write([&]() -> Status {
        auto request = repo.find(requestId);
        if (!request)
            return request.failure();
        if (request->id == 0 || request->requesterUserId != actor.userId)
            return fail(tr("Only the requester can withdraw request %1.").arg(requestId));
        if (request->state != RequestState::Pending)
            return fail(tr("Request %1 is no longer pending.").arg(requestId));
        Status s = repo.setState(requestId, RequestState::Withdrawn, toStoredInstant(m_clock.nowUtc()));
        if (s)
            s = AuditTrail(m_db, m_clock)
                    .record(actor, QStringLiteral("approval.withdraw"), QStringLiteral("approval"),
                            QString::number(requestId), {}, {});
        if (const ApprovalType *type = ApprovalTypes::find(request->type); s && type && type->onWithdrawn)
            s = type->onWithdrawn({m_db, actor, m_clock}, *request);
        return s;
    });
}

Status Approvals::setDeputy(const Actor &actor, qint64 deputyUserId, const QDate &from, const QDate &to)
{
    if (deputyUserId == 0 || deputyUserId == actor.userId)
        return fail(tr("Choose someone else as your deputy."));
    if (!from.isValid() || !to.isValid() || to < from)
        return fail(tr("The deputy's period must end on or after its first day."));
    return m_db.write([&]() -> Status {
        Status s =
            ApprovalRepository(m_db).addDeputy(actor.userId, deputyUserId, from, to, toStoredInstant(m_clock.nowUtc()));
        if (s)
            s = AuditTrail(m_db, m_clock)
                    .record(actor, QStringLiteral("approval.deputy"), QStringLiteral("user"),
                            QString::number(actor.userId), {},
                            {{QStringLiteral("deputy"), deputyUserId},
                             {QStringLiteral("from"), from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), to.toString(Qt::ISODate)}});
        return s;
    });
}

Result<QList<ApprovalRequest>> Approvals::waitingFor(const Actor &actor) const
{
    auto acting = actingFor(actor);
    if (!acting)
        return acting.failure();
    return ApprovalRepository(m_db).waitingFor(*acting);
}

Result<QList<ApprovalRequest>> Approvals::mine(const Actor &actor) const
{
    return ApprovalRepository(m_db).byRequester(actor.userId);
}

Result<QList<ApprovalRequest>> Approvals::history(const Actor &actor) const
{
    return ApprovalRepository(m_db).decidedBy(actor.userId);
}

Result<Page<ApprovalRequest>> Approvals::minePage(const Actor &actor, const PageCursor &after, int pageSize) const
{
    return ApprovalRepository(m_db).byRequesterPage(actor.userId, after, pageSize);
}

Result<Page<ApprovalRequest>> Approvals::historyPage(const Actor &actor, const PageCursor &after, int pageSize) const
{
    return ApprovalRepository(m_db).decidedByPage(actor.userId, after, pageSize);
}

Result<ApprovalRequest> Approvals::detail(const Actor &actor, qint64 requestId) const
{
    auto request = ApprovalRepository(m_db).find(requestId);
    if (!request || request->id == 0)
        return request;
    bool involved = request->requesterUserId == actor.userId || Permissions::can(actor, Action::ViewAudit);
    for (const ApprovalStep &s : request->steps)
        involved = involved || s.approverUserId == actor.userId || s.decidedByUserId == actor.userId;
    auto acting = actingFor(actor);
    if (acting && request->currentStep())
        involved = involved || acting->contains(request->currentStep()->approverUserId);
    if (!involved)
        return fail(tr("Request %1 is not yours to see.").arg(requestId));
    return request;
}

Result<AttachedFile> Approvals::attachment(const Actor &actor, qint64 attachmentId) const
{
    auto request = AttachmentRepository(m_db).requestOf(attachmentId);
    if (!request)
        return request.failure();
    if (*request == 0)
        return fail(tr("There is no such attachment."));
    // Whoever may see the request may see its files.
    if (auto seen = detail(actor, *request); !seen)
        return seen.failure();
    return AttachmentRepository(m_db).file(attachmentId);
}

Result<int> Approvals::waitingCount(const Actor &actor) const
{
    // Asked on every refresh of the main window: ids only, no request is loaded. Phone approvals
    // in the user's name that wait for their answer count too (issue 11).
    auto acting = actingFor(actor);
    if (!acting)
        return acting.failure();
    auto waiting = ApprovalRepository(m_db).countWaitingFor(*acting);
    if (!waiting)
        return waiting;
    auto toAnswer = ApprovalRepository(m_db).countPhoneChecksFor({actor.userId});
    if (!toAnswer)
        return toAnswer;
    return *waiting + *toAnswer;
}

} // namespace shopdesk

namespace shopdesk {

Result<QList<QPair<qint64, QString>>> Approvals::possibleDeputies(const Actor &actor) const
{
    auto users = UserRepository(m_db).list();
    if (!users)
        return users.failure();
    QList<QPair<qint64, QString>> people;
    for (const UserRecord &u : *users)
        if (u.id != actor.userId && !u.disabled)
            people.append(
                {u.id,
                 u.displayName.isEmpty() ? u.userName : QStringLiteral("%1 (%2)").arg(u.displayName, u.userName)});
    return people;
}

} // namespace shopdesk
