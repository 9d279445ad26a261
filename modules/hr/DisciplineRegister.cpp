#include "DisciplineRegister.h"

#include "data/DisciplineRepository.h"

#include "AttendanceMonth.h"
#include "AttendancePolicyService.h"
#include "HrActions.h"
#include "approval/Approvals.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "data/TimeFilingRepository.h"
#include "database/data/Database.h"
#include "organisation/data/OrgRepository.h"

namespace shopdesk {

namespace {
QJsonObject entryJson(const DisciplineEntry &e)
{
    return {{QStringLiteral("employee_id"), e.employeeId},
            {QStringLiteral("day"), e.day.toString(Qt::ISODate)},
            {QStringLiteral("rule"), e.ruleId},
            {QStringLiteral("kind"), disciplineKindKey(e.kind)},
            {QStringLiteral("amount_fen"), e.amountFen},
            {QStringLiteral("state"), disciplineStateKey(e.state)},
            {QStringLiteral("waive_reason"), e.waiveReason}};
}

Status applyFine(const OutcomeContext &c, const ApprovalRequest &r, bool approved)
{
    DisciplineRepository repo(c.db);
    auto entry = repo.byRequest(r.id);
    if (!entry)
        return entry.failure();
    if (!*entry)
        return fail(DisciplineRegister::tr("The disciplinary entry of this request no longer exists."));
    const DisciplineState state = approved ? DisciplineState::Confirmed : DisciplineState::Rejected;
    auto changed = repo.setState((*entry)->id, (*entry)->version, state);
    if (!changed)
        return changed.failure();
    // RULE ATT-09 (issue 11): a rejected fine withdraws the finding it came with; the day is
    // no longer an absence for this person.
    const auto rule = ConductRules::find((*entry)->ruleId, 0);
    if (!approved && rule && !rule->finding.isEmpty())
        if (Status s = TimeFilingRepository(c.db).withdrawFinding((*entry)->employeeId, (*entry)->day, rule->finding,
                                                                  toStoredInstant(c.clock.nowUtc()));
            !s)
            return s;
    DisciplineEntry after = **entry;
    after.state = state;
    return AuditTrail(c.db, c.clock)
        .record(c.decider, QStringLiteral("discipline.decided"), QStringLiteral("discipline_entries"),
                QString::number(after.id), entryJson(**entry), entryJson(after));
}

QString describeFine(const ApprovalRequest &r)
{
    return DisciplineRegister::tr("%1, rule %2: %3")
        .arg(Money::fromFen(r.payload.value(QStringLiteral("amount_fen")).toInteger()).toString(),
             r.payload.value(QStringLiteral("rule")).toString(),
             r.payload.value(QStringLiteral("description")).toString());
}

std::optional<DisciplineKind> kindOf(Escalation e)
{
    switch (e) {
    case Escalation::Reminder: return DisciplineKind::Reminder;
    case Escalation::Warning: return DisciplineKind::Warning;
    case Escalation::PublicNotice: return DisciplineKind::PublicNotice;
    case Escalation::DismissalReview: return DisciplineKind::DismissalReview;
    }
    return std::nullopt;
}
} // namespace

const ApprovalType &DisciplineRegister::fineType()
{
    // RULE HR-03: a fine needs the department head.
    static const ApprovalType t{FineTypeId, QT_TRANSLATE_NOOP("ApprovalType", "Disciplinary fine"),
                                [](const QJsonObject &) { return QList<ApproverKind>{ApproverKind::DepartmentHead}; },
                                &applyFine, &describeFine};
    return t;
}

Result<qint64> DisciplineRegister::record(const Actor &actor, const NewDisciplineEntry &n)
{
    if (!Permissions::can(actor, HrAction::ManageDiscipline))
        return fail(Permissions::refusal(HrAction::ManageDiscipline));
    auto policy = AttendancePolicyService(m_db, m_clock).policy();
    if (!policy)
        return policy.failure();
    const auto rule = ConductRules::find(n.ruleId, policy->proxyPunchFen);
    if (!rule)
        return fail(tr("Choose the rule the entry is recorded under."));
    if (Status s = ConductRules::check(*rule, n.kind, n.amountFen); !s)
        return s.failure();
    if (!n.day.isValid() || n.description.trimmed().isEmpty())
        return fail(tr("Give the date and what happened."));
    auto person = OrgRepository(m_db).employee(n.employeeId);
    if (!person || person->id == 0)
        return fail(tr("There is no such employee."));
    // RULE ATT-09 (issue 11): a proxy punch has two parties, both named, both absent, each fined.
    EmployeeSummary other;
    if (rule->twoParties) {
        auto found = OrgRepository(m_db).employee(n.otherPartyEmployeeId);
        if (!found)
            return found.failure();
        if (found->id == 0 || found->id == n.employeeId)
            return fail(tr("Name the other person of the proxy punch (%1).").arg(rule->id));
        other = *found;
    }
    return m_db.write([&]() -> Result<qint64> {
        auto first = recordOne(actor, *rule, n, *person, other);
        if (!first || !rule->twoParties)
            return first;
        NewDisciplineEntry mirrored = n;
        std::swap(mirrored.employeeId, mirrored.otherPartyEmployeeId);
        auto second = recordOne(actor, *rule, mirrored, other, *person);
        if (!second)
            return second;
        return first;
    });
}

Result<qint64> DisciplineRegister::recordOne(const Actor &actor, const ConductRule &rule, const NewDisciplineEntry &n,
                                             const EmployeeSummary &person, const EmployeeSummary &other)
{
    const QString now = toStoredInstant(m_clock.nowUtc());
    const QString description =
        other.id ? tr("%1 (with %2)").arg(n.description.trimmed(), other.name) : n.description.trimmed();
    DisciplineEntry e{0,
                      n.employeeId,
                      n.day,
                      n.ruleId,
                      n.kind,
                      n.amountFen,
                      description,
                      QStringLiteral("recorded"),
                      {},
                      n.kind == DisciplineKind::Fine ? DisciplineState::PendingApproval : DisciplineState::Confirmed,
                      {},
                      0,
                      1};
    if (n.kind == DisciplineKind::Fine) {
        NewApproval request;
        request.type = FineTypeId;
        request.subjectModule = QStringLiteral("attendance");
        request.subjectId = QString::number(n.employeeId);
        request.title = tr("Fine for %1: %2 (%3)").arg(person.name, Money::fromFen(n.amountFen).toString(), n.ruleId);
        request.payload = {{QStringLiteral("employee_id"), n.employeeId},
                           {QStringLiteral("rule"), n.ruleId},
                           {QStringLiteral("amount_fen"), n.amountFen},
                           {QStringLiteral("description"), e.description}};
        request.aboutEmployeeId = n.employeeId;
        auto requestId = Approvals(m_db, m_clock).submitInTransaction(actor, request);
        if (!requestId)
            return requestId;
        e.requestId = *requestId;
    }
    auto id = DisciplineRepository(m_db).add(e, actor.userId, now);
    if (!id)
        return id;
    // RULE ATT-09, ABS-01 (e): the finding makes the day an absence in attendance.
    if (!rule.finding.isEmpty())
        if (Status s = TimeFilingRepository(m_db).addFinding(
                {n.employeeId, n.day, rule.finding, e.description, other.id}, actor.userId, now);
            !s)
            return s.failure();
    e.id = *id;
    if (Status s = AuditTrail(m_db, m_clock)
                       .record(actor, QStringLiteral("discipline.record"), QStringLiteral("discipline_entries"),
                               QString::number(*id), {}, entryJson(e));
        !s)
        return s.failure();
    return id;
}

Result<int> DisciplineRegister::proposeFromAttendance(const Actor &actor, const QDate &month)
{
    if (!Permissions::can(actor, HrAction::ManageDiscipline))
        return fail(Permissions::refusal(HrAction::ManageDiscipline));
    auto sheet = AttendanceMonth(m_db, m_clock).sheet(actor, month);
    if (!sheet)
        return sheet.failure();
    QList<DisciplineEntry> proposals;
    const QString key = sheet->month.toString(QStringLiteral("yyyy-MM"));
    for (const EmployeeMonth &e : sheet->employees) {
        int n = 0;
        for (const FineLine &f : e.outcome.fines) {
            if (f.ruleId == QLatin1String("ATT-09"))
                continue; // recorded in the register itself, with its own approval
            proposals.append({0,
                              e.employee.id,
                              f.date,
                              f.ruleId,
                              DisciplineKind::Fine,
                              f.fen,
                              f.reason,
                              QStringLiteral("attendance"),
                              QStringLiteral("%1|%2|%3|%4|%5")
                                  .arg(key)
                                  .arg(e.employee.id)
                                  .arg(f.ruleId, f.date.toString(Qt::ISODate))
                                  .arg(n++),
                              DisciplineState::Proposed,
                              {},
                              0,
                              1});
        }
        for (const EscalationFlag &f : e.outcome.flags)
            proposals.append({0,
                              e.employee.id,
                              f.date,
                              f.ruleId,
                              *kindOf(f.kind),
                              0,
                              escalationTitle(f.kind) + QStringLiteral(": ") + f.reason,
                              QStringLiteral("attendance"),
                              QStringLiteral("%1|%2|%3|%4|%5")
                                  .arg(key)
                                  .arg(e.employee.id)
                                  .arg(f.ruleId, disciplineKindKey(*kindOf(f.kind)))
                                  .arg(n++),
                              DisciplineState::Proposed,
                              {},
                              0,
                              1});
    }
    const QString now = toStoredInstant(m_clock.nowUtc());
    return m_db.write([&]() -> Result<int> {
        int added = 0;
        for (const DisciplineEntry &p : std::as_const(proposals)) {
            auto fresh = DisciplineRepository(m_db).propose(p, actor.userId, now);
            if (!fresh)
                return fresh.failure();
            added += *fresh ? 1 : 0;
        }
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("discipline.propose"), QStringLiteral("discipline_entries"),
                                   key, {}, {{QStringLiteral("month"), key}, {QStringLiteral("added"), added}});
            !s)
            return s.failure();
        return added;
    });
}

Result<DisciplineEntry> DisciplineRegister::proposed(qint64 entryId) const
{
    auto entry = DisciplineRepository(m_db).find(entryId);
    if (!entry)
        return entry.failure();
    if (!*entry)
        return fail(tr("There is no such entry."));
    if ((*entry)->state != DisciplineState::Proposed)
        return fail(tr("Only a proposal from attendance is confirmed or waived here."));
    return **entry;
}

Status DisciplineRegister::confirm(const Actor &actor, qint64 entryId)
{
    if (!Permissions::can(actor, HrAction::ManageDiscipline))
        return fail(Permissions::refusal(HrAction::ManageDiscipline));
    return m_db.write([&]() -> Status {
        auto entry = proposed(entryId);
        if (!entry)
            return entry.failure();
        auto changed = DisciplineRepository(m_db).setState(entryId, entry->version, DisciplineState::Confirmed);
        if (!changed || !*changed)
            return changed ? conflict(tr("Someone else decided this entry meanwhile; reload.")) : changed.failure();
        DisciplineEntry after = *entry;
        after.state = DisciplineState::Confirmed;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("discipline.confirm"), QStringLiteral("discipline_entries"),
                    QString::number(entryId), entryJson(*entry), entryJson(after));
    });
}

Status DisciplineRegister::waive(const Actor &actor, qint64 entryId, const QString &reason)
{
    if (!Permissions::can(actor, HrAction::ManageDiscipline))
        return fail(Permissions::refusal(HrAction::ManageDiscipline));
    if (reason.trimmed().isEmpty())
        return fail(tr("Say why the entry is waived."));
    return m_db.write([&]() -> Status {
        auto entry = proposed(entryId);
        if (!entry)
            return entry.failure();
        auto changed =
            DisciplineRepository(m_db).setState(entryId, entry->version, DisciplineState::Waived, reason.trimmed());
        if (!changed || !*changed)
            return changed ? conflict(tr("Someone else decided this entry meanwhile; reload.")) : changed.failure();
        DisciplineEntry after = *entry;
        after.state = DisciplineState::Waived;
        after.waiveReason = reason.trimmed();
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("discipline.waive"), QStringLiteral("discipline_entries"),
                    QString::number(entryId), entryJson(*entry), entryJson(after));
    });
}

Result<QList<DisciplineEntry>> DisciplineRegister::entries(const Actor &actor, const QDate &month) const
{
    if (!Permissions::can(actor, HrAction::ViewAttendance))
        return fail(Permissions::refusal(HrAction::ViewAttendance));
    const QDate first(month.year(), month.month(), 1);
    return DisciplineRepository(m_db).entries(first, first.addMonths(1).addDays(-1));
}

} // namespace shopdesk
