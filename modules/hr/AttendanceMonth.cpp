#include "AttendanceMonth.h"
#include "organisation/data/OrgRepository.h"

#include "AttendancePolicyService.h"
#include "HrActions.h"
#include "audit/AuditTrail.h"
#include "calendar/HolidayCalendarService.h"
#include "common/Clock.h"
#include "common/domain/WallClock.h"
#include "data/DisciplineRepository.h"
#include "data/EmployeeRepository.h"
#include "data/MonthTotalsRepository.h"
#include "data/PunchRepository.h"
#include "data/RosterRepository.h"
#include "data/ShiftRepository.h"
#include "data/TimeFilingRepository.h"
#include "data/TimeRequestRepository.h"
#include "database/data/Database.h"
#include "domain/DutyRoster.h"
#include "ledgers/data/PayrollLineRepository.h"
#include "ledgers/data/PeriodLockRepository.h"
#include "settings/CompanySettings.h"

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

// What a month's sheet is judged from, read once for everyone on it.
struct MonthInputs
{
    QDate month, last; // the month's first and last day
    AttendancePolicy policy;
    HolidayCalendar calendar;
    QHash<qint64, QString> departmentNames;
    QHash<qint64, QDate> lastDays;
    QList<EmployeeSummary> people;
    QDate historyStart, judgeFrom;
    QHash<QDate, QHash<qint64, MonthTotals>> confirmedTotals;
    Shift admin = Shift::administrative(), main = Shift::mainDuty(), support = Shift::supportDuty();
    QHash<qint64, Shift> shiftById;
    QHash<qint64, qint64> defaultShifts;
    QHash<QDate, DutyDay> dutyByDate;
    QHash<qint64, QList<TimeFiling>> filings;
    QHash<qint64, QHash<QDate, QString>> findingsByPerson;
    bool locked = false;
    QList<LateChange> lateChanges;
    QList<DisciplineEntry> register_;
    QHash<qint64, double> compTime;
    QHash<qint64, QList<Punch>> punches;
};

// The saved policy, or the simulator's draft, and the holiday calendar with the policy's work week.
Status loadPolicyAndCalendar(Database &db, const Clock &clock, const std::optional<AttendancePolicy> &draft,
                             MonthInputs &inputs)
{
    auto policy = draft ? Result<AttendancePolicy>(*draft) : AttendancePolicyService(db, clock).policy();
    if (!policy)
        return policy.failure();
    auto calendar = HolidayCalendarService(db, clock).calendar();
    if (!calendar)
        return calendar.failure();
    AttendancePolicyService::applyWorkWeek(*policy, *calendar); // the draft's, when simulating
    inputs.policy = *policy;
    inputs.calendar = *calendar;
    return success();
}

// The department names and the people on the sheet: hired by the month's end and not gone
// before it starts.
Status loadPeople(Database &db, qint64 departmentId, MonthInputs &inputs)
{
    auto departments = OrgRepository(db).departments();
    auto records = EmployeeRepository(db).records(); // one read: the chart's part and the last day
    if (!departments || !records)
        return fail(departments ? records.error() : departments.error());
    for (const Department &d : *departments)
        inputs.departmentNames.insert(d.id, d.name);
    // HR-02: nothing is expected of someone after their last working day.
    for (const EmployeeRecord &r : *records) {
        const EmployeeSummary &e = r.summary;
        if (r.lastDay.isValid())
            inputs.lastDays.insert(e.id, r.lastDay);
        if ((departmentId == 0 || e.departmentId == departmentId)
            && (!e.hireDate.isValid() || e.hireDate <= inputs.last)
            && (!r.lastDay.isValid() || r.lastDay >= inputs.month))
            inputs.people.append(e);
    }
    return success();
}

// ABS-02 counts absence over the calendar year and ATT-06 notices over months in a row:
// the months before count, from January (or two months back in January/February). A month
// HR confirmed left its totals; the months after the last confirmed one are judged again.
Status loadConfirmedMonths(Database &db, MonthInputs &inputs)
{
    inputs.historyStart = std::min(QDate(inputs.month.year(), 1, 1), inputs.month.addMonths(-2));
    auto confirmedTotals = MonthTotalsRepository(db).totals(inputs.historyStart, inputs.month.addMonths(-1));
    if (!confirmedTotals)
        return confirmedTotals.failure();
    inputs.confirmedTotals = *confirmedTotals;
    inputs.judgeFrom = inputs.historyStart;
    while (inputs.judgeFrom < inputs.month && inputs.confirmedTotals.contains(inputs.judgeFrom))
        inputs.judgeFrom = inputs.judgeFrom.addMonths(1);
    return success();
}

// The shifts, the duty roster, the approved time and the clerks' findings from the first month
// judged again, and whether HR confirmed the month and what changed since (ATT-11).
Status loadSchedulesAndFilings(Database &db, MonthInputs &inputs)
{
    ShiftRepository shiftRepo(db);
    auto shifts = shiftRepo.shifts();
    auto defaultShifts = shiftRepo.defaultShifts();
    auto roster = RosterRepository(db).days(inputs.judgeFrom.addDays(-1), inputs.last);
    TimeFilingRepository filingRepo(db);
    auto filings = filingRepo.filings(inputs.judgeFrom, inputs.last);
    auto findings = filingRepo.findings(inputs.judgeFrom, inputs.last);
    auto locked = PeriodLockRepository(db).isLocked(PeriodLockRepository::Attendance, inputs.month);
    auto lateChanges = PeriodLockRepository(db).lateChanges(PeriodLockRepository::Attendance, inputs.month);
    if (!shifts || !defaultShifts || !roster || !filings || !findings || !locked || !lateChanges)
        return fail(AttendanceMonth::tr("Cannot read the attendance data: %1")
                        .arg(QStringList{shifts.error(), defaultShifts.error(), roster.error(), filings.error(),
                                         findings.error(), locked.error(), lateChanges.error()}
                                 .join(QString())));
    inputs.defaultShifts = *defaultShifts;
    inputs.filings = *filings;
    inputs.locked = *locked;
    inputs.lateChanges = *lateChanges;
    for (const Shift &s : *shifts) {
        inputs.shiftById.insert(s.id, s);
        if (s.kind == Shift::Kind::Administrative)
            inputs.admin = s;
        else if (s.kind == Shift::Kind::MainDuty)
            inputs.main = s;
        else if (s.kind == Shift::Kind::SupportDuty)
            inputs.support = s;
    }
    for (const DutyDay &d : *roster)
        inputs.dutyByDate.insert(d.date, d);
    for (const Finding &f : *findings)
        inputs.findingsByPerson[f.employeeId][f.day] += f.kind + QLatin1Char(' ');
    return success();
}

// The disciplinary register's entries of the month (HR-03) and the comp-time ledger at its end (OT-02).
Status loadRegisterAndCompTime(Database &db, MonthInputs &inputs)
{
    auto register_ = DisciplineRepository(db).entries(inputs.month, inputs.last);
    auto compTime = TimeRequestRepository(db).compTimeBalances(inputs.last);
    if (!register_ || !compTime)
        return fail(register_ ? compTime.error() : register_.error());
    inputs.register_ = *register_;
    inputs.compTime = *compTime;
    return success();
}

// The punches of everyone on the sheet, from the first month judged again.
Status loadPunches(Database &db, MonthInputs &inputs)
{
    QList<PunchRepository::Person> persons;
    for (const EmployeeSummary &e : inputs.people)
        persons.append({e.id, e.clockPin, e.staffNo});
    auto punches = PunchRepository(db).punches(persons, wallSeconds(inputs.judgeFrom, QTime(0, 0)),
                                               wallSeconds(inputs.last, QTime(23, 59, 59)));
    if (!punches)
        return punches.failure();
    inputs.punches = *punches;
    return success();
}

// Everything the month is judged from, in the order it is read.
Result<MonthInputs> loadMonthInputs(Database &db, const Clock &clock, const QDate &month, qint64 departmentId,
                                    const std::optional<AttendancePolicy> &draft)
{
    MonthInputs inputs;
    inputs.month = month;
    inputs.last = month.addMonths(1).addDays(-1);
    if (Status s = loadPolicyAndCalendar(db, clock, draft, inputs); !s)
        return s.failure();
    if (Status s = loadPeople(db, departmentId, inputs); !s)
        return s.failure();
    if (Status s = loadConfirmedMonths(db, inputs); !s)
        return s.failure();
    if (Status s = loadSchedulesAndFilings(db, inputs); !s)
        return s.failure();
    if (Status s = loadRegisterAndCompTime(db, inputs); !s)
        return s.failure();
    if (Status s = loadPunches(db, inputs); !s)
        return s.failure();
    return inputs;
}

// One person's share of the month's inputs.
struct PersonInputs
{
    EmployeeSummary employee;
    Shift defaultShift;
    QHash<QDate, QList<Punch>> punchesByDay;
    QList<TimeFiling> filings;
    QHash<QDate, QString> findings;
};

PersonInputs personInputs(const MonthInputs &inputs, const EmployeeSummary &e)
{
    PersonInputs person;
    person.employee = e;
    person.defaultShift = inputs.shiftById.value(inputs.defaultShifts.value(e.id), inputs.admin);
    for (const Punch &p : inputs.punches.value(e.id))
        person.punchesByDay[p.at.date()].append(p);
    person.filings = inputs.filings.value(e.id);
    person.findings = inputs.findingsByPerson.value(e.id);
    return person;
}

// What the rules engine is handed for one of the person's days.
AttendanceDayInput dayInput(const MonthInputs &inputs, const PersonInputs &person, const QDate &d, const QDate &today)
{
    const EmployeeSummary &e = person.employee;
    AttendanceDayInput in;
    in.date = d;
    in.dayType = inputs.calendar.typeOf(d);
    in.employed = (!e.hireDate.isValid() || d >= e.hireDate)
        && (!inputs.lastDays.contains(e.id) || d <= inputs.lastDays.value(e.id));
    in.upcoming = d >= today; // today is judged tomorrow, when its punches are in
    const QHash<QDate, DutyDay> &duty = inputs.dutyByDate;
    const auto dutyToday = duty.constFind(d);
    const auto dutyYesterday = duty.constFind(d.addDays(-1));
    const auto scheduled = DutyRoster::scheduleFor(
        e.id, in.dayType, dutyToday == duty.constEnd() ? std::nullopt : std::optional<DutyDay>(*dutyToday),
        dutyYesterday == duty.constEnd() ? std::nullopt : std::optional<DutyDay>(*dutyYesterday), person.defaultShift,
        inputs.main, inputs.support);
    in.shift = scheduled.shift;
    in.restAfterMainDuty = scheduled.restAfterMainDuty;
    in.punches = person.punchesByDay.value(d);
    in.filings = filingsOn(person.filings, d);
    in.proxyPunchFinding = person.findings.value(d).contains(QLatin1String("proxy_punch"));
    in.refusedReassignment = person.findings.value(d).contains(QLatin1String("refused_reassignment"));
    return in;
}

QList<AttendanceDayInput> monthDays(const MonthInputs &inputs, const PersonInputs &person, const QDate &monthStart,
                                    const QDate &today)
{
    QList<AttendanceDayInput> days;
    const QDate monthEnd = monthStart.addMonths(1).addDays(-1);
    for (QDate d = monthStart; d <= monthEnd; d = d.addDays(1))
        days.append(dayInput(inputs, person, d, today));
    return days;
}

// Carried from one month to the next.
void carryForward(AttendanceHistory &history, const QDate &monthStart, double absentDays, bool notice,
                  bool lastDayFullyAbsent)
{
    history.absentDaysEarlierThisYear = monthStart.month() == 12 ? 0 : history.absentDaysEarlierThisYear + absentDays;
    history.monthsInARowWithNoticeBefore = notice ? history.monthsInARowWithNoticeBefore + 1 : 0;
    history.lastScheduledDayBeforeFullyAbsent = lastDayFullyAbsent;
}

// The months HR confirmed carry their stored totals; the months after them are judged again,
// up to the sheet's month, whose outcome this is.
MonthOutcome judgePerson(const MonthInputs &inputs, const AttendanceRules &rules, const QDate &today,
                         const EmployeeSummary &e)
{
    const PersonInputs person = personInputs(inputs, e);
    AttendanceHistory history;
    for (QDate monthStart = inputs.historyStart; monthStart < inputs.judgeFrom; monthStart = monthStart.addMonths(1)) {
        const MonthTotals t = inputs.confirmedTotals.value(monthStart).value(e.id);
        carryForward(history, monthStart, t.absentDays, t.publicNotice, t.lastDayFullyAbsent);
    }
    MonthOutcome outcome;
    for (QDate monthStart = inputs.judgeFrom; monthStart <= inputs.month; monthStart = monthStart.addMonths(1)) {
        outcome = rules.judgeMonth(monthDays(inputs, person, monthStart, today), history);
        carryForward(history, monthStart, outcome.absentDays, outcome.publicNotice,
                     lastScheduledDayFullyAbsent(outcome));
    }
    return outcome;
}

// Beside the engine's outcome: the comp-time ledger, what changed after HR confirmed the month,
// and the disciplinary register's word on it (HR-03).
void addLedgerAndRegister(const MonthInputs &inputs, EmployeeMonth &row)
{
    const qint64 id = row.employee.id;
    row.compTimeBalanceHours = inputs.compTime.value(id);
    for (const LateChange &c : inputs.lateChanges)
        if (c.employeeId == id)
            row.changesAfterConfirmation.append(c.what);
    for (const DisciplineEntry &d : inputs.register_) {
        if (d.employeeId != id || !d.isDecided())
            continue;
        row.registerDecided = true;
        if (d.isConfirmedFine())
            row.confirmedFinesFen += d.amountFen;
    }
}

// Everyone on the sheet, judged under the one policy.
void judgeEveryone(const MonthInputs &inputs, const QDate &today, AttendanceSheet &sheet)
{
    const AttendanceRules rules(inputs.policy);
    for (const EmployeeSummary &e : inputs.people) {
        EmployeeMonth row{e, inputs.departmentNames.value(e.departmentId), judgePerson(inputs, rules, today, e), {}};
        addLedgerAndRegister(inputs, row);
        sheet.employees.append(row);
    }
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
    sheet.companyName = CompanySettings(m_db, m_clock).companyName();
    auto inputs = loadMonthInputs(m_db, m_clock, sheet.month, departmentId, draft);
    if (!inputs)
        return inputs.failure();
    for (QDate d = sheet.month; d <= inputs->last; d = d.addDays(1))
        sheet.dayTypes.append(inputs->calendar.typeOf(d));
    sheet.departmentName = inputs->departmentNames.value(departmentId);
    sheet.confirmed = inputs->locked;
    judgeEveryone(*inputs, m_clock.nowUtc().toLocalTime().date(), sheet);
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
Status AttendanceMonth::addPayrollLines(const AttendanceSheet &sheet, const AttendancePolicy &policy,
                                        const QString &now)
{
    PayrollLineRepository lines(m_db);
    const QString source = QStringLiteral("attendance %1").arg(PeriodLockRepository::monthKey(sheet.month));
    auto overtime = [](int percent) { return QStringLiteral("overtime_%1").arg(percent); };
    for (const EmployeeMonth &e : sheet.employees) {
        const MonthOutcome &m = e.outcome;
        const std::pair<QString, double> quantities[] = {
            {QStringLiteral("unpaid_days"), m.unpaidDays()},
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
                                      QStringLiteral("discipline %1").arg(d.id),
                                      d.ruleId + QStringLiteral(": ") + d.description},
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
        {month, employeeId, QStringLiteral("overtime_%1").arg(policy.overtimeRestDayPercent), expired, 0, source, note},
        now);
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
        totals.insert(e.employee.id,
                      {e.outcome.absentDays, e.outcome.publicNotice, lastScheduledDayFullyAbsent(e.outcome)});
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
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("attendance.confirm"), QStringLiteral("period_locks"),
                    PeriodLockRepository::monthKey(month), {},
                    {{QStringLiteral("month"), PeriodLockRepository::monthKey(month)},
                     {QStringLiteral("employees"), int(totals.size())}});
    });
}

} // namespace shopdesk
