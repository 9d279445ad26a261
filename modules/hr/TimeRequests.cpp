#include "TimeRequests.h"

#include "data/TimeRequestRepository.h"

#include <algorithm>

#include "AttendancePolicyService.h"
#include "HrActions.h"
#include "LateChanges.h"
#include "approval/Approvals.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "common/domain/WallClock.h"
#include "data/TimeFilingRepository.h"
#include "database/data/Database.h"
#include "organisation/data/OrgRepository.h"

#include <QJsonArray>

namespace shopdesk {

namespace {
QDateTime parse(const QJsonValue &v)
{
    return wallClockFromMinuteText(v.toString());
}

LeaveSettings leaveSettings(const AttendancePolicy &policy)
{
    LeaveSettings s;
    s.marriageDays = policy.marriageLeaveDays;
    s.bereavementDays = policy.bereavementLeaveDays;
    return s;
}

// Approved time lands as a filing; in a month HR confirmed it is flagged (LEAVE-04, ATT-11).
Status fileApprovedTime(const OutcomeContext &c, const ApprovalRequest &r, FilingKind kind, const QString &what)
{
    const qint64 employee = r.payload.value(QStringLiteral("employee_id")).toInteger();
    const QDateTime from = parse(r.payload.value(QStringLiteral("from"))),
                    to = parse(r.payload.value(QStringLiteral("to")));
    const QString now = toStoredInstant(c.clock.nowUtc());
    auto id = TimeFilingRepository(c.db).addFiling(
        {employee, {kind, from, to}, r.payload.value(QStringLiteral("reason")).toString()}, now, r.id);
    if (!id)
        return id.failure();
    // A day at a time: the leave may reach into a month HR confirmed (LEAVE-04).
    for (QDate m(from.date().year(), from.date().month(), 1); m <= to.date(); m = m.addMonths(1)) {
        const QDate firstDay = std::max(m, from.date());
        const QDate lastDay = std::min(m.addMonths(1).addDays(-1), to.date());
        const double days = r.payload.value(QStringLiteral("days")).toDouble() * (firstDay.daysTo(lastDay) + 1)
            / (from.date().daysTo(to.date()) + 1);
        if (Status s = LateChanges::recordIfConfirmed(c.db, c.clock, c.decider, employee, firstDay, what, days); !s)
            return s;
    }
    return AuditTrail(c.db, c.clock)
        .record(c.decider, QStringLiteral("time.approved"), QStringLiteral("time_filings"), QString::number(*id), {},
                r.payload);
}

QString span(const ApprovalRequest &r)
{
    return r.payload.value(QStringLiteral("from")).toString() + QStringLiteral(" – ")
        + r.payload.value(QStringLiteral("to")).toString();
}

Status applyLeave(const OutcomeContext &c, const ApprovalRequest &r, bool approved)
{
    if (!approved)
        return success();
    const auto kind =
        leaveKindFromKey(r.payload.value(QStringLiteral("kind")).toString()).value_or(LeaveKind::Personal);
    if (Status s =
            fileApprovedTime(c, r, filingKindOf(kind), TimeRequests::tr("%1 %2").arg(leaveKindTitle(kind), span(r)));
        !s)
        return s;
    if (kind != LeaveKind::CompTime)
        return success();
    // RULE OT-02: comp time off is taken from the ledger.
    const double hours = r.payload.value(QStringLiteral("comp_hours")).toDouble();
    return TimeRequestRepository(c.db).addCompTime(
        r.payload.value(QStringLiteral("employee_id")).toInteger(),
        {parse(r.payload.value(QStringLiteral("from"))).date(), -hours, TimeRequests::tr("Comp time off")}, r.id,
        toStoredInstant(c.clock.nowUtc()));
}

Status applyOutOfOffice(const OutcomeContext &c, const ApprovalRequest &r, bool approved)
{
    if (!approved)
        return success();
    return fileApprovedTime(c, r, FilingKind::OutOnBusiness, TimeRequests::tr("Out of office %1").arg(span(r)));
}

Status applyOvertime(const OutcomeContext &c, const ApprovalRequest &r, bool approved)
{
    if (!approved)
        return success();
    if (Status s = fileApprovedTime(c, r, FilingKind::Overtime, TimeRequests::tr("Overtime %1").arg(span(r))); !s)
        return s;
    // RULE OT-02, HOL-02: rest-day overtime earns comp time; holiday overtime is paid at 300%
    // and never becomes comp time; working-day overtime is paid at 150%.
    if (!r.payload.value(QStringLiteral("earns_comp_time")).toBool())
        return success();
    return TimeRequestRepository(c.db).addCompTime(r.payload.value(QStringLiteral("employee_id")).toInteger(),
                                                   {parse(r.payload.value(QStringLiteral("from"))).date(),
                                                    r.payload.value(QStringLiteral("hours")).toDouble(),
                                                    TimeRequests::tr("Rest-day overtime")},
                                                   r.id, toStoredInstant(c.clock.nowUtc()));
}

QString describe(const ApprovalRequest &r)
{
    QString text = span(r) + QStringLiteral(": ") + r.payload.value(QStringLiteral("reason")).toString();
    if (r.payload.value(QStringLiteral("late_filing")).toBool())
        text += TimeRequests::tr(" (filed late, LEAVE-01)");
    if (!r.payload.value(QStringLiteral("destination")).toString().isEmpty())
        text += TimeRequests::tr(", at %1").arg(r.payload.value(QStringLiteral("destination")).toString());
    return text;
}
} // namespace

QString TimeRequests::kindTitle(const QString &kind)
{
    if (kind == TimeRequestRow::kOutOfOffice)
        return tr("Out of office");
    if (kind == TimeRequestRow::kOvertime)
        return tr("Overtime");
    const auto leave = leaveKindFromKey(kind);
    return leave ? leaveKindTitle(*leave) : kind;
}

QList<ApprovalType> TimeRequests::types()
{
    return {{LeaveTypeId, QT_TRANSLATE_NOOP("ApprovalType", "Leave"),
             [](const QJsonObject &figures) {
                 const auto kind =
                     leaveKindFromKey(figures.value(QStringLiteral("kind")).toString()).value_or(LeaveKind::Personal);
                 return LeaveRules().route(kind, figures.value(QStringLiteral("days")).toDouble());
             },
             &applyLeave, &describe},
            {OutOfOfficeTypeId, QT_TRANSLATE_NOOP("ApprovalType", "Out of office"),
             [](const QJsonObject &) { return QList<ApproverKind>{ApproverKind::DirectSupervisor}; }, &applyOutOfOffice,
             &describe},
            {OvertimeTypeId, QT_TRANSLATE_NOOP("ApprovalType", "Overtime"),
             [](const QJsonObject &) { return QList<ApproverKind>{ApproverKind::DirectSupervisor}; }, &applyOvertime,
             &describe}};
}

Status TimeRequests::mayFileFor(const Actor &actor, qint64 employeeId) const
{
    const bool own = actor.employeeId != 0 && actor.employeeId == employeeId;
    if ((own && Permissions::can(actor, HrAction::FileOwnRequests))
        || Permissions::can(actor, HrAction::ManageAttendance))
        return success();
    return fail(Permissions::refusal(HrAction::ManageAttendance));
}

Result<qint64> TimeRequests::submit(const Actor &actor, qint64 employeeId, const QString &type, const QString &title,
                                    const QJsonObject &figures, const QJsonObject &payload, const TimeRequestRow &row,
                                    const QList<AttachedFile> &files)
{
    return m_db.write([&]() -> Result<qint64> {
        NewApproval n;
        n.type = type;
        n.subjectModule = QStringLiteral("attendance");
        n.subjectId = QString::number(employeeId);
        n.title = title;
        n.figures = figures;
        n.payload = payload;
        n.aboutEmployeeId = employeeId;
        n.files = files;
        auto id = Approvals(m_db, m_clock).submitInTransaction(actor, n);
        if (!id)
            return id;
        TimeRequestRow stored = row;
        stored.requestId = *id;
        if (Status s = TimeRequestRepository(m_db).add(stored); !s)
            return s.failure();
        return id;
    });
}

Result<qint64> TimeRequests::fileLeave(const Actor &actor, qint64 employeeId, const LeaveDraft &draft, qint64 extends)
{
    if (Status may = mayFileFor(actor, employeeId); !may)
        return may.failure();
    auto person = OrgRepository(m_db).employee(employeeId);
    if (!person || person->id == 0)
        return fail(tr("There is no such employee."));
    auto policy = AttendancePolicyService(m_db, m_clock).policy();
    auto calendar = AttendancePolicyService(m_db, m_clock).workCalendar(); // ATT-02's work week (issue 11)
    auto balance = compTimeBalance(actor, employeeId);
    if (!policy || !calendar || !balance)
        return fail(policy.error() + calendar.error() + balance.error());
    TimeRequestRepository repo(m_db);
    if (extends) {
        // RULE LEAVE-04: an extension is asked for before the leave ends, and continues it.
        auto original = repo.find(extends);
        if (!original || !*original || (*original)->employeeId != employeeId
            || (*original)->state != RequestState::Approved)
            return fail(tr("An extension extends an approved leave of the same person."));
        if (wallSeconds(m_clock.nowUtc().toLocalTime()) >= wallSeconds((*original)->to))
            return fail(tr("The leave ended on %1: an extension must be asked for before it ends (LEAVE-04).")
                            .arg(wallMinuteText((*original)->to)));
        if (wallSeconds(draft.from) > wallSeconds((*original)->to) + 60)
            return fail(tr("An extension starts where the leave ends (%1).").arg(wallMinuteText((*original)->to)));
    }
    // RULE LEAVE-02/03 (issue 11): leave of the same kind next to this one (an extension's
    // original among it) is one run for routing, the certificate and the entitlements.
    auto run = adjacentDays(employeeId, draft, *calendar);
    if (!run)
        return run.failure();
    const double priorDays = *run;
    const QDateTime now = m_clock.nowUtc().toLocalTime();
    auto checked = LeaveRules(leaveSettings(*policy))
                       .check(draft, wallClock(now.date(), now.time()), *calendar, *balance, priorDays);
    if (!checked)
        return checked.failure();
    auto overlapping = repo.overlappingLeave(employeeId, draft.from, draft.to);
    if (!overlapping)
        return overlapping.failure();
    for (const TimeRequestRow &o : *overlapping)
        if (o.requestId != extends)
            return fail(tr("This leave overlaps request %1 (%2 – %3).")
                            .arg(o.requestId)
                            .arg(wallMinuteText(o.from), wallMinuteText(o.to)));
    const double compHours = draft.kind == LeaveKind::CompTime ? checked->days * LeaveSettings{}.compHoursPerDay : 0;
    const QJsonObject payload{{QStringLiteral("employee_id"), employeeId},
                              {QStringLiteral("kind"), leaveKindKey(draft.kind)},
                              {QStringLiteral("from"), wallMinuteText(draft.from)},
                              {QStringLiteral("to"), wallMinuteText(draft.to)},
                              {QStringLiteral("days"), checked->days},
                              {QStringLiteral("hours"), checked->hours},
                              {QStringLiteral("reason"), draft.reason.trimmed()},
                              {QStringLiteral("emergency"), draft.emergency},
                              {QStringLiteral("certificate"), !draft.attachments.isEmpty()},
                              {QStringLiteral("late_filing"), checked->lateFiling},
                              {QStringLiteral("comp_hours"), compHours},
                              {QStringLiteral("extends"), extends}};
    const QJsonObject figures{{QStringLiteral("kind"), leaveKindKey(draft.kind)},
                              {QStringLiteral("days"), checked->days + priorDays}};
    const QString length =
        draft.kind == LeaveKind::HospitalVisit ? tr("%1 h").arg(checked->hours) : tr("%1 d").arg(checked->days);
    const QString title =
        (extends ? tr("Extension: %1 for %2, %3, %4") : tr("%1 for %2, %3, %4"))
            .arg(leaveKindTitle(draft.kind), person->name, draft.from.toString(QStringLiteral("yyyy-MM-dd")), length);
    return submit(actor, employeeId, LeaveTypeId, title, figures, payload,
                  {0,
                   employeeId,
                   leaveKindKey(draft.kind),
                   draft.from,
                   draft.to,
                   checked->days,
                   checked->hours,
                   checked->lateFiling,
                   extends,
                   {}},
                  draft.attachments);
}

Result<qint64> TimeRequests::fileOutOfOffice(const Actor &actor, qint64 employeeId, const OutOfOfficeDraft &draft)
{
    if (Status may = mayFileFor(actor, employeeId); !may)
        return may.failure();
    auto person = OrgRepository(m_db).employee(employeeId);
    if (!person || person->id == 0)
        return fail(tr("There is no such employee."));
    if (!draft.from.isValid() || !draft.to.isValid() || wallSeconds(draft.to) <= wallSeconds(draft.from))
        return fail(tr("The time out of the office must end after it starts."));
    if (draft.destination.trimmed().isEmpty() || draft.reason.trimmed().isEmpty())
        return fail(tr("Say where and why (ATT-07)."));
    const QDateTime now = m_clock.nowUtc().toLocalTime();
    const bool late = wallSeconds(wallClock(now.date(), now.time())) > wallSeconds(draft.from);
    const QJsonObject payload{{QStringLiteral("employee_id"), employeeId},
                              {QStringLiteral("from"), wallMinuteText(draft.from)},
                              {QStringLiteral("to"), wallMinuteText(draft.to)},
                              {QStringLiteral("destination"), draft.destination.trimmed()},
                              {QStringLiteral("reason"), draft.reason.trimmed()},
                              {QStringLiteral("late_filing"), late}};
    const double hours = (wallSeconds(draft.to) - wallSeconds(draft.from)) / 3600.0;
    return submit(
        actor, employeeId, OutOfOfficeTypeId,
        tr("Out of office: %1, %2, %3").arg(person->name, wallMinuteText(draft.from), draft.destination.trimmed()), {},
        payload, {0, employeeId, TimeRequestRow::kOutOfOffice, draft.from, draft.to, 0, hours, late, 0, {}});
}

Result<qint64> TimeRequests::fileOvertime(const Actor &actor, qint64 employeeId, const OvertimeDraft &draft)
{
    if (Status may = mayFileFor(actor, employeeId); !may)
        return may.failure();
    auto person = OrgRepository(m_db).employee(employeeId);
    if (!person || person->id == 0)
        return fail(tr("There is no such employee."));
    if (!draft.from.isValid() || !draft.to.isValid() || wallSeconds(draft.to) <= wallSeconds(draft.from)
        || draft.from.date() != draft.to.date())
        return fail(tr("Overtime is filed for a time range within one day."));
    if (draft.reason.trimmed().isEmpty())
        return fail(tr("Say what the overtime was for (OT-01)."));
    // ATT-02's work week decides the day type; HOL-02's rates are the policy's (issue 11).
    auto policy = AttendancePolicyService(m_db, m_clock).policy();
    if (!policy)
        return policy.failure();
    auto calendar = AttendancePolicyService(m_db, m_clock).workCalendar();
    if (!calendar)
        return calendar.failure();
    const DayType type = calendar->typeOf(draft.from.date());
    const double hours = (wallSeconds(draft.to) - wallSeconds(draft.from)) / 3600.0;
    const int percent = policy->overtimeRates().percentFor(type);
    const QJsonObject payload{{QStringLiteral("employee_id"), employeeId},
                              {QStringLiteral("from"), wallMinuteText(draft.from)},
                              {QStringLiteral("to"), wallMinuteText(draft.to)},
                              {QStringLiteral("reason"), draft.reason.trimmed()},
                              {QStringLiteral("hours"), hours},
                              {QStringLiteral("day_type"), dayTypeKey(type)},
                              {QStringLiteral("percent"), percent},
                              {QStringLiteral("earns_comp_time"), OvertimeRates::compTimeAllowed(type)}};
    return submit(actor, employeeId, OvertimeTypeId,
                  tr("Overtime: %1, %2, %3 h (%4)")
                      .arg(person->name, draft.from.toString(QStringLiteral("yyyy-MM-dd")))
                      .arg(hours)
                      .arg(dayTypeTitle(type)),
                  {{QStringLiteral("hours"), hours}}, payload,
                  {0, employeeId, TimeRequestRow::kOvertime, draft.from, draft.to, 0, hours, false, 0, {}});
}

Result<QList<CompTimeEntry>> TimeRequests::compTimeLedger(const Actor &actor, qint64 employeeId) const
{
    if (actor.employeeId != employeeId && !Permissions::can(actor, HrAction::ViewAttendance))
        return fail(Permissions::refusal(HrAction::ViewAttendance));
    return TimeRequestRepository(m_db).compTime(employeeId);
}

Result<double> TimeRequests::compTimeBalance(const Actor &actor, qint64 employeeId) const
{
    auto entries = compTimeLedger(actor, employeeId);
    if (!entries)
        return entries.failure();
    double balance = 0;
    for (const CompTimeEntry &e : *entries)
        balance += e.hours;
    return balance;
}

Result<QList<TimeRequestRow>> TimeRequests::requests(const Actor &actor, qint64 employeeId) const
{
    if (actor.employeeId != employeeId && !Permissions::can(actor, HrAction::ViewAttendance))
        return fail(Permissions::refusal(HrAction::ViewAttendance));
    return TimeRequestRepository(m_db).requests(employeeId);
}

Result<Page<TimeRequestRow>> TimeRequests::requestPage(const Actor &actor, qint64 employeeId, const PageCursor &after,
                                                       int pageSize) const
{
    if (actor.employeeId != employeeId && !Permissions::can(actor, HrAction::ViewAttendance))
        return fail(Permissions::refusal(HrAction::ViewAttendance));
    return TimeRequestRepository(m_db).requestPage(employeeId, after, pageSize);
}

Result<QList<TimeRequestRow>> TimeRequests::away(const Actor &actor, const QDate &first, const QDate &last,
                                                 qint64 departmentId) const
{
    if (!Permissions::can(actor, HrAction::ViewAttendance))
        return fail(Permissions::refusal(HrAction::ViewAttendance));
    auto all = TimeRequestRepository(m_db).requests(0, first, last);
    auto people = OrgRepository(m_db).employees();
    if (!all || !people)
        return fail(all.error() + people.error());
    QSet<qint64> inDepartment;
    for (const EmployeeSummary &e : *people)
        if (departmentId == 0 || e.departmentId == departmentId)
            inDepartment.insert(e.id);
    QList<TimeRequestRow> list;
    for (const TimeRequestRow &r : *all)
        if (inDepartment.contains(r.employeeId) && !r.isOvertime() && r.holdsItsTime())
            list.append(r);
    return list;
}

// RULE LEAVE-07: the medical period counts from the first day of sick leave: the run of approved
// sick leave reaching `asOf`, each one starting at most a day after the one before ends.
Result<MedicalPeriod> TimeRequests::medicalPeriod(const Actor &actor, qint64 employeeId, const QDate &asOf) const
{
    auto all = requests(actor, employeeId);
    if (!all)
        return all.failure();
    auto calendar = AttendancePolicyService(m_db, m_clock).workCalendar();
    if (!calendar)
        return calendar.failure();
    // RULE LEAVE-07 (issue 11): a weekend or holiday between two sick leaves does not end the run.
    MedicalPeriod run;
    QDate lastEnd;
    for (const TimeRequestRow &r : *all) {
        if (r.state != RequestState::Approved
            || (r.kind != leaveKindKey(LeaveKind::Sick) && r.kind != leaveKindKey(LeaveKind::HospitalVisit)))
            continue;
        if (r.from.date() > asOf)
            break;
        if (!LeaveRules::continuesRun(lastEnd, r.from.date(), *calendar))
            run = {r.from.date(), 0};
        run.daysUsed += r.days;
        lastEnd = r.to.date();
    }
    if (lastEnd.isValid() && !LeaveRules::continuesRun(lastEnd, asOf, *calendar) && asOf > lastEnd)
        return MedicalPeriod{};
    return run;
}

Result<double> TimeRequests::adjacentDays(qint64 employeeId, const LeaveDraft &draft,
                                          const HolidayCalendar &calendar) const
{
    auto near =
        TimeRequestRepository(m_db).requests(employeeId, draft.from.date().addDays(-62), draft.to.date().addDays(62));
    if (!near)
        return near.failure();
    QList<TimeRequestRow> same;
    for (const TimeRequestRow &r : *near)
        if (r.kind == leaveKindKey(draft.kind) && r.holdsItsTime())
            same.append(r);
    double days = 0;
    QSet<qint64> counted;
    // Back from the start, then on from the end, one adjacent request at a time.
    for (QDate edge = draft.from.date();;) {
        auto before = std::find_if(same.cbegin(), same.cend(), [&](const TimeRequestRow &r) {
            return !counted.contains(r.requestId) && r.to.date() <= edge
                && LeaveRules::continuesRun(r.to.date(), edge, calendar);
        });
        if (before == same.cend())
            break;
        counted.insert(before->requestId);
        days += before->days;
        edge = before->from.date();
    }
    for (QDate edge = draft.to.date();;) {
        auto after = std::find_if(same.cbegin(), same.cend(), [&](const TimeRequestRow &r) {
            return !counted.contains(r.requestId) && r.from.date() >= edge
                && LeaveRules::continuesRun(edge, r.from.date(), calendar);
        });
        if (after == same.cend())
            break;
        counted.insert(after->requestId);
        days += after->days;
        edge = after->to.date();
    }
    return days;
}

} // namespace shopdesk
