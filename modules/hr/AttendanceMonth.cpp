#include "AttendanceMonth.h"

#include "organisation/data/OrgRepository.h"

#include "AttendancePolicyService.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "settings/CompanySettings.h"
#include "calendar/HolidayCalendarService.h"
#include "HrActions.h"
#include "database/data/Database.h"
#include "data/DisciplineRepository.h"
#include "data/EmployeeRepository.h"
#include "data/MonthTotalsRepository.h"
#include "ledgers/data/PayrollLineRepository.h"
#include "ledgers/data/PeriodLockRepository.h"
#include "data/PunchRepository.h"
#include "data/RosterRepository.h"
#include "data/ShiftRepository.h"
#include "data/TimeFilingRepository.h"
#include "data/TimeRequestRepository.h"
#include "domain/DutyRoster.h"
#include "common/domain/WallClock.h"

namespace shopdesk {

namespace {

QDate firstOfMonth(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

bool lastScheduledDayFullyAbsent(const MonthOutcome &outcome)
{
    for (auto it = outcome.days.crbegin(); it != outcome.days.crend(); ++it)
        if (it->scheduled)
            return it->fullyAbsent();
    return false;
}

QList<TimeFiling> filingsOn(const QList<TimeFiling> &all, const QDate &day)
{
    QList<TimeFiling> list;
    const qint64 start = wallSeconds(day, QTime(0, 0)), end = start + 86399;
    for (const TimeFiling &f : all)
        if (wallSeconds(f.from) <= end && wallSeconds(f.to) >= start)
            list.append(f);
    return list;
}
} // namespace

Result<AttendanceSheet> AttendanceMonth::sheet(const Actor &actor, const QDate &anyDay, qint64 departmentId,
                                               const std::optional<AttendancePolicy> &draft) const
{
    if (!Permissions::can(actor, HrAction::ViewAttendance))
        return fail(Permissions::refusal(HrAction::ViewAttendance));
    if (!anyDay.isValid())
        return fail(tr("Choose a month."));
    AttendanceSheet sheet;
    sheet.month = firstOfMonth(anyDay);
    const QDate last = sheet.month.addMonths(1).addDays(-1);
    sheet.companyName = CompanySettings(m_db, m_clock).companyName();

    auto policy = draft ? Result<AttendancePolicy>(*draft) : AttendancePolicyService(m_db, m_clock).policy();
    if (!policy)
        return policy.failure();
    auto calendar = HolidayCalendarService(m_db, m_clock).calendar();
    if (!calendar)
        return calendar.failure();
    AttendancePolicyService::applyWorkWeek(*policy, *calendar); // the draft's, when simulating
    for (QDate d = sheet.month; d <= last; d = d.addDays(1))
        sheet.dayTypes.append(calendar->typeOf(d));

    auto departments = OrgRepository(m_db).departments();
    auto records = EmployeeRepository(m_db).records(); // one read: the chart's part and the last day
    if (!departments || !records)
        return fail(departments ? records.error() : departments.error());
    QHash<qint64, QString> departmentNames;
    for (const Department &d : *departments)
        departmentNames.insert(d.id, d.name);
    sheet.departmentName = departmentNames.value(departmentId);
    // HR-02: nothing is expected of someone after their last working day.
    QHash<qint64, QDate> lastDays;
    QList<EmployeeSummary> people;
    for (const EmployeeRecord &r : *records) {
        const EmployeeSummary &e = r.summary;
        if (r.lastDay.isValid())
            lastDays.insert(e.id, r.lastDay);
        if ((departmentId == 0 || e.departmentId == departmentId) && (!e.hireDate.isValid() || e.hireDate <= last)
            && (!r.lastDay.isValid() || r.lastDay >= sheet.month))
            people.append(e);
    }

    // ABS-02 counts absence over the calendar year and ATT-06 notices over months in a row:
    // the months before count, from January (or two months back in January/February). A month
    // HR confirmed left its totals; the months after the last confirmed one are judged again.
    const QDate historyStart = std::min(QDate(sheet.month.year(), 1, 1), sheet.month.addMonths(-2));
    auto confirmedTotals = MonthTotalsRepository(m_db).totals(historyStart, sheet.month.addMonths(-1));
    if (!confirmedTotals)
        return confirmedTotals.failure();
    QDate judgeFrom = historyStart;
    while (judgeFrom < sheet.month && confirmedTotals->contains(judgeFrom))
        judgeFrom = judgeFrom.addMonths(1);

    ShiftRepository shiftRepo(m_db);
    auto shifts = shiftRepo.shifts();
    auto defaultShifts = shiftRepo.defaultShifts();
    auto roster = RosterRepository(m_db).days(judgeFrom.addDays(-1), last);
    TimeFilingRepository filingRepo(m_db);
    auto filings = filingRepo.filings(judgeFrom, last);
    auto findings = filingRepo.findings(judgeFrom, last);
    auto locked = PeriodLockRepository(m_db).isLocked(PeriodLockRepository::Attendance, sheet.month);
    auto lateChanges = PeriodLockRepository(m_db).lateChanges(PeriodLockRepository::Attendance, sheet.month);
    if (!shifts || !defaultShifts || !roster || !filings || !findings || !locked || !lateChanges)
        return fail(tr("Cannot read the attendance data: %1")
                        .arg(QStringList{shifts.error(), defaultShifts.error(), roster.error(), filings.error(), findings.error(),
                                         locked.error(), lateChanges.error()}
                                 .join(QString())));
    sheet.confirmed = *locked;
    auto register_ = DisciplineRepository(m_db).entries(sheet.month, last);
    auto compTime = TimeRequestRepository(m_db).compTimeBalances(last);
    if (!register_ || !compTime)
        return fail(register_ ? compTime.error() : register_.error());

    Shift admin = Shift::administrative(), main = Shift::mainDuty(), support = Shift::supportDuty();
    QHash<qint64, Shift> shiftById;
    for (const Shift &s : *shifts) {
        shiftById.insert(s.id, s);
        if (s.kind == Shift::Kind::Administrative)
            admin = s;
        else if (s.kind == Shift::Kind::MainDuty)
            main = s;
        else if (s.kind == Shift::Kind::SupportDuty)
            support = s;
    }
    QHash<QDate, DutyDay> dutyByDate;
    for (const DutyDay &d : *roster)
        dutyByDate.insert(d.date, d);
    QHash<qint64, QHash<QDate, QString>> findingsByPerson;
    for (const Finding &f : *findings)
        findingsByPerson[f.employeeId][f.day] += f.kind + QLatin1Char(' ');

    QList<PunchRepository::Person> persons;
    for (const EmployeeSummary &e : people)
        persons.append({e.id, e.clockPin, e.staffNo});
    auto punches = PunchRepository(m_db).punches(persons, wallSeconds(judgeFrom, QTime(0, 0)), wallSeconds(last, QTime(23, 59, 59)));
    if (!punches)
        return punches.failure();

    const AttendanceRules rules(*policy);
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    for (const EmployeeSummary &e : people) {
        const Shift defaultShift = shiftById.value(defaultShifts->value(e.id), admin);
        const QList<Punch> &all = punches->value(e.id);
        QHash<QDate, QList<Punch>> punchesByDay;
        for (const Punch &p : all)
            punchesByDay[p.at.date()].append(p);
        const QList<TimeFiling> personFilings = filings->value(e.id);
        const QHash<QDate, QString> personFindings = findingsByPerson.value(e.id);

        AttendanceHistory history;
        // Carried from one month to the next.
        auto carry = [&history](const QDate &monthStart, double absentDays, bool notice, bool lastDayFullyAbsent) {
            history.absentDaysEarlierThisYear = monthStart.month() == 12 ? 0 : history.absentDaysEarlierThisYear + absentDays;
            history.monthsInARowWithNoticeBefore = notice ? history.monthsInARowWithNoticeBefore + 1 : 0;
            history.lastScheduledDayBeforeFullyAbsent = lastDayFullyAbsent;
        };
        for (QDate monthStart = historyStart; monthStart < judgeFrom; monthStart = monthStart.addMonths(1)) {
            const MonthTotals t = confirmedTotals->value(monthStart).value(e.id);
            carry(monthStart, t.absentDays, t.publicNotice, t.lastDayFullyAbsent);
        }
        MonthOutcome outcome;
        for (QDate monthStart = judgeFrom; monthStart <= sheet.month; monthStart = monthStart.addMonths(1)) {
            QList<AttendanceDayInput> days;
            const QDate monthEnd = monthStart.addMonths(1).addDays(-1);
            for (QDate d = monthStart; d <= monthEnd; d = d.addDays(1)) {
                AttendanceDayInput in;
                in.date = d;
                in.dayType = calendar->typeOf(d);
                in.employed = (!e.hireDate.isValid() || d >= e.hireDate) && (!lastDays.contains(e.id) || d <= lastDays.value(e.id));
                in.upcoming = d >= today; // today is judged tomorrow, when its punches are in
                const auto dutyToday = dutyByDate.constFind(d);
                const auto dutyYesterday = dutyByDate.constFind(d.addDays(-1));
                const auto scheduled = DutyRoster::scheduleFor(
                    e.id, in.dayType, dutyToday == dutyByDate.constEnd() ? std::nullopt : std::optional<DutyDay>(*dutyToday),
                    dutyYesterday == dutyByDate.constEnd() ? std::nullopt : std::optional<DutyDay>(*dutyYesterday), defaultShift,
                    main, support);
                in.shift = scheduled.shift;
                in.restAfterMainDuty = scheduled.restAfterMainDuty;
                in.punches = punchesByDay.value(d);
                in.filings = filingsOn(personFilings, d);
                in.proxyPunchFinding = personFindings.value(d).contains(QLatin1String("proxy_punch"));
                in.refusedReassignment = personFindings.value(d).contains(QLatin1String("refused_reassignment"));
                days.append(in);
            }
            outcome = rules.judgeMonth(days, history);
            carry(monthStart, outcome.absentDays, outcome.publicNotice, lastScheduledDayFullyAbsent(outcome));
        }
        EmployeeMonth row{e, departmentNames.value(e.departmentId), outcome, {}};
        row.compTimeBalanceHours = compTime->value(e.id);
        for (const LateChange &c : *lateChanges)
            if (c.employeeId == e.id)
                row.changesAfterConfirmation.append(c.what);
        for (const DisciplineEntry &d : *register_) {
            if (d.employeeId != e.id || !d.isDecided())
                continue;
            row.registerDecided = true;
            if (d.isConfirmedFine())
                row.confirmedFinesFen += d.amountFen;
        }
        sheet.employees.append(row);
    }
    return sheet;
}

Result<QList<Department>> AttendanceMonth::departments(const Actor &actor) const
{
    if (!Permissions::can(actor, HrAction::ViewAttendance))
        return fail(Permissions::refusal(HrAction::ViewAttendance));
    return OrgRepository(m_db).departments();
}

Result<QList<EmployeeSummary>> AttendanceMonth::people(const Actor &actor, qint64 departmentId) const
{
    if (!Permissions::can(actor, HrAction::ViewAttendance))
        return fail(Permissions::refusal(HrAction::ViewAttendance));
    auto all = OrgRepository(m_db).employees();
    if (!all)
        return all;
    QList<EmployeeSummary> list;
    for (const EmployeeSummary &e : *all)
        if (departmentId == 0 || e.departmentId == departmentId)
            list.append(e);
    return list;
}

// The month's payroll lines (ARCHITECTURE: core's meeting point): unpaid days (LEAVE-05 and
// absence), overtime hours at the policy's working-day and holiday rates (HOL-02; rest-day
// overtime became comp time, OT-02), comp time not taken within the policy's months paid out at
// the rest-day rate, and the fines confirmed in the disciplinary register.
Status AttendanceMonth::addPayrollLines(const AttendanceSheet &sheet, const AttendancePolicy &policy, const QString &now)
{
    PayrollLineRepository lines(m_db);
    const QString source = QStringLiteral("attendance %1").arg(PeriodLockRepository::monthKey(sheet.month));
    auto overtime = [](int percent) { return QStringLiteral("overtime_%1").arg(percent); };
    for (const EmployeeMonth &e : sheet.employees) {
        const MonthOutcome &m = e.outcome;
        const std::pair<QString, double> quantities[] = {{QStringLiteral("unpaid_days"), m.unpaidDays()},
                                                         {overtime(policy.overtimeWorkingDayPercent), m.overtimeMinutesWorkingDay / 60.0},
                                                         {overtime(policy.overtimeStatutoryPercent), m.overtimeMinutesStatutory / 60.0}};
        for (const auto &[kind, quantity] : quantities)
            if (quantity > 0)
                if (Status s = lines.add({sheet.month, e.employee.id, kind, quantity, 0, source, {}}, now); !s)
                    return s;
        if (Status s = payOutExpiredCompTime(sheet.month, e.employee.id, policy, source, now); !s)
            return s;
    }
    auto entries = DisciplineRepository(m_db).entries(sheet.month, sheet.month.addMonths(1).addDays(-1));
    if (!entries)
        return entries.failure();
    for (const DisciplineEntry &d : *entries)
        if (d.isConfirmedFine())
            if (Status s = lines.add({sheet.month, d.employeeId, QStringLiteral("fine"), 0, d.amountFen,
                                      QStringLiteral("discipline %1").arg(d.id), d.ruleId + QStringLiteral(": ") + d.description},
                                     now);
                !s)
                return s;
    return success();
}

// RULES OT-02, HOL-02 (issue 11): comp time earned up to the policy's months before the month's
// end and not taken by then is paid at the rest-day rate, and leaves the ledger.
Status AttendanceMonth::payOutExpiredCompTime(const QDate &month, qint64 employeeId, const AttendancePolicy &policy,
                                              const QString &source, const QString &now)
{
    TimeRequestRepository ledger(m_db);
    auto entries = ledger.compTime(employeeId);
    if (!entries)
        return entries.failure();
    const QDate monthEnd = month.addMonths(1).addDays(-1);
    const QDate cutoff = monthEnd.addMonths(-policy.compTimeExpiryMonths);
    const double expired = CompTimeExpiry::expiredHours(*entries, cutoff);
    if (expired <= 0)
        return success();
    const QString note = tr("Comp time earned by %1 and not taken, paid at %2% (OT-02, HOL-02)")
                             .arg(cutoff.toString(Qt::ISODate))
                             .arg(policy.overtimeRestDayPercent);
    if (Status s = ledger.addCompTime(employeeId, {monthEnd, -expired, note}, 0, now); !s)
        return s;
    return PayrollLineRepository(m_db).add(
        {month, employeeId, QStringLiteral("overtime_%1").arg(policy.overtimeRestDayPercent), expired, 0, source, note}, now);
}

Status AttendanceMonth::confirm(const Actor &actor, const QDate &month)
{
    if (!Permissions::can(actor, HrAction::ConfirmAttendance))
        return fail(Permissions::refusal(HrAction::ConfirmAttendance));
    // The month as it stands, for every department: what the months after it build on.
    auto judged = sheet(actor, month);
    if (!judged)
        return judged.failure();
    auto policy = AttendancePolicyService(m_db, m_clock).policy();
    if (!policy)
        return policy.failure();
    QHash<qint64, MonthTotals> totals;
    for (const EmployeeMonth &e : judged->employees)
        totals.insert(e.employee.id, {e.outcome.absentDays, e.outcome.publicNotice, lastScheduledDayFullyAbsent(e.outcome)});
    const QString now = toStoredInstant(m_clock.nowUtc());
    return m_db.write([&]() -> Status {
        auto locked = PeriodLockRepository(m_db).isLocked(PeriodLockRepository::Attendance, month);
        if (!locked)
            return locked.failure();
        if (*locked)
            return fail(tr("%1 is already confirmed.").arg(PeriodLockRepository::monthKey(month)));
        if (Status s = PeriodLockRepository(m_db).lock(PeriodLockRepository::Attendance, month, actor.userId, now); !s)
            return s;
        if (Status s = MonthTotalsRepository(m_db).store(judged->month, totals); !s)
            return s;
        if (Status s = addPayrollLines(*judged, *policy, now); !s)
            return s;
        return AuditTrail(m_db, m_clock).record(actor, QStringLiteral("attendance.confirm"), QStringLiteral("period_locks"),
                                                PeriodLockRepository::monthKey(month), {},
                                                {{QStringLiteral("month"), PeriodLockRepository::monthKey(month)},
                                                 {QStringLiteral("employees"), int(totals.size())}});
    });
}

} // namespace shopdesk
