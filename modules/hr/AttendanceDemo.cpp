#include "AttendanceDemo.h"

#include "AttendanceMonth.h"
#include "calendar/HolidayCalendarService.h"
#include "common/Clock.h"
#include "common/domain/WallClock.h"
#include "data/PunchRepository.h"
#include "data/RosterRepository.h"
#include "data/TimeFilingRepository.h"
#include "data/TimeRequestRepository.h"
#include "database/data/Database.h"
#include "domain/DutyRoster.h"
#include "organisation/data/OrgRepository.h"

#include <QRandomGenerator>

namespace shopdesk {

namespace {

// The office (the second department, as DemoCompany makes it) keeps the duty roster (ATT-02).
Result<QHash<QDate, DutyDay>> officeDutyRoster(const QList<Department> &departments,
                                               const QList<EmployeeSummary> &employees, const QDate &first,
                                               const QDate &last)
{
    QList<qint64> office;
    for (const EmployeeSummary &e : employees)
        if (departments.size() > 1 && e.departmentId == departments.at(1).id)
            office.append(e.id);
    QHash<QDate, DutyDay> duty;
    if (office.size() >= 3) {
        auto roster = DutyRoster::generate(first, last, office);
        if (!roster)
            return roster.failure();
        for (const DutyDay &d : *roster)
            duty.insert(d.date, d);
    }
    return duty;
}

// What the demo's clocks recorded and what is on file.
struct DemoAttendance
{
    QList<PunchRow> rows;
    QList<StoredFiling> filings;
};

// A segment worked: mostly on time; now and then late, early, a punch missing or a double press.
void punchSegment(QRandomGenerator &rng, qint64 employeeId, const QDate &d, const ShiftSegment &seg,
                  QList<PunchRow> &rows)
{
    const int roll = int(rng.bounded(1000));
    int in = seg.startMinute * 60 - int(rng.bounded(120, 900));
    int out = seg.endMinute * 60 + int(rng.bounded(0, 720));
    if (roll < 40)
        in = seg.startMinute * 60 + int(rng.bounded(60, 40 * 60)); // late
    else if (roll < 55)
        out = seg.endMinute * 60 - int(rng.bounded(60, 30 * 60)); // early
    const bool missingIn = roll >= 55 && roll < 62, missingOut = roll >= 62 && roll < 68;
    const qint64 day = wallSeconds(d, QTime(0, 0));
    if (!missingIn)
        rows.append({employeeId, day + in, 1});
    if (!missingOut)
        rows.append({employeeId, day + out, 1});
    if (roll >= 990) // a double press, counted once (ATT-12)
        rows.append({employeeId, day + in + int(rng.bounded(3, 40)), 1});
}

// One person's day, by the dice: a day off (now and then worked, with overtime on file), leave
// on file, absence without a word, or the shift's segments worked.
void simulateDay(QRandomGenerator &rng, qint64 employeeId, const QDate &d, DayType type,
                 const std::optional<Shift> &shift, DemoAttendance &made)
{
    const int dice = int(rng.bounded(1000));
    if (!shift) {
        // Now and then someone works a rest day, with the overtime on file.
        if (type == DayType::Rest && dice < 8) {
            const QDateTime from(d, QTime(9, 0)), to(d, QTime(12, 0));
            made.filings.append({employeeId, {FilingKind::Overtime, from, to}, QStringLiteral("演示: 周末加班")});
            made.rows.append({employeeId, wallSeconds(from.addSecs(-int(rng.bounded(600)))), 1});
            made.rows.append({employeeId, wallSeconds(to.addSecs(int(rng.bounded(900)))), 1});
        }
        return;
    }
    if (dice < 12) { // leave on file for the day
        made.filings.append({employeeId,
                             {dice < 8 ? FilingKind::PersonalLeave : FilingKind::SickLeave, QDateTime(d, QTime(0, 0)),
                              QDateTime(d, QTime(23, 59))},
                             QStringLiteral("演示")});
        return;
    }
    if (dice < 16) // absent without a word
        return;
    for (int s = 0; s < shift->segments.size(); ++s)
        punchSegment(rng, employeeId, d, shift->segments.at(s), made.rows);
}

// Every day of everyone from the first month (or their hire) to yesterday, on the shift the
// roster gives them.
DemoAttendance simulateEveryone(QRandomGenerator &rng, const HolidayCalendar &calendar,
                                const QList<EmployeeSummary> &employees, const QHash<QDate, DutyDay> &duty,
                                const QDate &first, const QDate &last)
{
    DemoAttendance made;
    const Shift admin = Shift::administrative(), main = Shift::mainDuty(), support = Shift::supportDuty();
    for (const EmployeeSummary &e : employees) {
        for (QDate d = std::max(first, e.hireDate.isValid() ? e.hireDate : first); d <= last; d = d.addDays(1)) {
            const DayType type = calendar.typeOf(d);
            const auto today = duty.constFind(d), yesterday = duty.constFind(d.addDays(-1));
            const auto scheduled = DutyRoster::scheduleFor(
                e.id, type, today == duty.constEnd() ? std::nullopt : std::optional<DutyDay>(*today),
                yesterday == duty.constEnd() ? std::nullopt : std::optional<DutyDay>(*yesterday), admin, main, support);
            simulateDay(rng, e.id, d, type, scheduled.shift, made);
        }
    }
    return made;
}

// By person and time, each punch once.
void sortAndDropRepeats(QList<PunchRow> &rows)
{
    std::sort(rows.begin(), rows.end(), [](const PunchRow &a, const PunchRow &b) {
        return a.employeeId != b.employeeId ? a.employeeId < b.employeeId : a.at < b.at;
    });
    rows.erase(
        std::unique(rows.begin(), rows.end(),
                    [](const PunchRow &a, const PunchRow &b) { return a.employeeId == b.employeeId && a.at == b.at; }),
        rows.end());
}

// One transaction: the punches as one import, the roster published month by month, and the
// filings.
Status storeDemoAttendance(Database &db, const QString &now, const DemoAttendance &made,
                           const QHash<QDate, DutyDay> &duty, const QDate &first, const QDate &last)
{
    return db.write([&]() -> Status {
        PunchRepository punches(db);
        auto importId = punches.addImport({QStringLiteral("demo"), QStringLiteral("zkteco"), QString(), now, 1,
                                           int(made.rows.size()), int(made.rows.size()), 0, 0, 0});
        if (!importId)
            return importId.failure();
        if (Status s = punches.insert(made.rows, *importId); !s)
            return s;
        RosterRepository roster(db);
        for (const DutyDay &d : std::as_const(duty))
            if (Status s = roster.setDay(d); !s)
                return s;
        for (QDate m = first; m <= last; m = m.addMonths(1))
            if (Status s = roster.publish(m, 1, now); !s)
                return s;
        TimeFilingRepository filingRepo(db);
        TimeRequestRepository compTime(db);
        for (const StoredFiling &f : std::as_const(made.filings)) {
            if (auto id = filingRepo.addFiling(f, now); !id)
                return id.failure();
            // Rest-day overtime is earned as comp time (OT-02), as an approved request would.
            if (f.filing.kind == FilingKind::Overtime)
                if (Status s = compTime.addCompTime(
                        f.employeeId, {f.filing.from.date(), f.filing.from.secsTo(f.filing.to) / 3600.0, f.note}, 0,
                        now);
                    !s)
                    return s;
        }
        return success();
    });
}

// HR confirmed every month before the last one; the last waits for the manager (ATT-11).
Status confirmEarlierMonths(Database &db, const Clock &clock, const QDate &first, const QDate &today)
{
    const Actor hr{1, QStringLiteral("admin"), Level::DatabaseAdmin};
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    for (QDate m = first; m < lastMonth; m = m.addMonths(1))
        if (Status s = AttendanceMonth(db, clock).confirm(hr, m); !s)
            return s;
    return success();
}

} // namespace

Result<AttendanceDemoSummary> AttendanceDemo::create(Database &db, const Clock &clock, int months, quint32 seed)
{
    const QDate today = clock.nowUtc().toLocalTime().date();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-months);
    const QDate last = today.addDays(-1);
    QRandomGenerator rng(seed + 4);
    auto calendar = HolidayCalendarService(db, clock).calendar();
    auto departments = OrgRepository(db).departments();
    auto employees = OrgRepository(db).employees();
    if (!calendar || !departments || !employees)
        return fail(
            tr("Cannot read the demo company: %1").arg(calendar.error() + departments.error() + employees.error()));

    auto duty = officeDutyRoster(*departments, *employees, first, last);
    if (!duty)
        return duty.failure();
    DemoAttendance made = simulateEveryone(rng, *calendar, *employees, *duty, first, last);
    sortAndDropRepeats(made.rows);
    if (Status s = storeDemoAttendance(db, toStoredInstant(clock.nowUtc()), made, *duty, first, last); !s)
        return s.failure();
    if (Status s = confirmEarlierMonths(db, clock, first, today); !s)
        return s.failure();
    AttendanceDemoSummary summary;
    summary.punches = int(made.rows.size());
    summary.rosterDays = int(duty->size());
    summary.filings = int(made.filings.size());
    return summary;
}

} // namespace shopdesk
