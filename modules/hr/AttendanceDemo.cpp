#include "AttendanceDemo.h"

#include "AttendanceMonth.h"
#include "common/Clock.h"
#include "calendar/HolidayCalendarService.h"
#include "database/data/Database.h"
#include "organisation/data/OrgRepository.h"
#include "data/PunchRepository.h"
#include "data/RosterRepository.h"
#include "data/TimeFilingRepository.h"
#include "data/TimeRequestRepository.h"
#include "domain/DutyRoster.h"
#include "common/domain/WallClock.h"

#include <QRandomGenerator>

namespace shopdesk {

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
        return fail(tr("Cannot read the demo company: %1").arg(calendar.error() + departments.error() + employees.error()));

    // The office (the second department, as DemoCompany makes it) keeps the duty roster (ATT-02).
    QList<qint64> office;
    for (const EmployeeSummary &e : *employees)
        if (departments->size() > 1 && e.departmentId == departments->at(1).id)
            office.append(e.id);
    QHash<QDate, DutyDay> duty;
    if (office.size() >= 3) {
        auto roster = DutyRoster::generate(first, last, office);
        if (!roster)
            return roster.failure();
        for (const DutyDay &d : *roster)
            duty.insert(d.date, d);
    }

    AttendanceDemoSummary summary;
    QList<PunchRow> rows;
    QList<StoredFiling> filings;
    const Shift admin = Shift::administrative(), main = Shift::mainDuty(), support = Shift::supportDuty();
    for (const EmployeeSummary &e : *employees) {
        for (QDate d = std::max(first, e.hireDate.isValid() ? e.hireDate : first); d <= last; d = d.addDays(1)) {
            const DayType type = calendar->typeOf(d);
            const auto today = duty.constFind(d), yesterday = duty.constFind(d.addDays(-1));
            const auto scheduled = DutyRoster::scheduleFor(
                e.id, type, today == duty.constEnd() ? std::nullopt : std::optional<DutyDay>(*today),
                yesterday == duty.constEnd() ? std::nullopt : std::optional<DutyDay>(*yesterday), admin, main, support);
            const int dice = int(rng.bounded(1000));
            if (!scheduled.shift) {
                // Now and then someone works a rest day, with the overtime on file.
                if (type == DayType::Rest && dice < 8) {
                    const QDateTime from(d, QTime(9, 0)), to(d, QTime(12, 0));
                    filings.append({e.id, {FilingKind::Overtime, from, to}, QStringLiteral("演示: 周末加班")});
                    rows.append({e.id, wallSeconds(from.addSecs(-int(rng.bounded(600)))), 1});
                    rows.append({e.id, wallSeconds(to.addSecs(int(rng.bounded(900)))), 1});
                }
                continue;
            }
            if (dice < 12) { // leave on file for the day
                filings.append({e.id,
                                {dice < 8 ? FilingKind::PersonalLeave : FilingKind::SickLeave, QDateTime(d, QTime(0, 0)),
                                 QDateTime(d, QTime(23, 59))},
                                QStringLiteral("演示")});
                continue;
            }
            if (dice < 16) // absent without a word
                continue;
            for (int s = 0; s < scheduled.shift->segments.size(); ++s) {
                const ShiftSegment seg = scheduled.shift->segments.at(s);
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
                    rows.append({e.id, day + in, 1});
                if (!missingOut)
                    rows.append({e.id, day + out, 1});
                if (roll >= 990) // a double press, counted once (ATT-12)
                    rows.append({e.id, day + in + int(rng.bounded(3, 40)), 1});
            }
        }
    }
    std::sort(rows.begin(), rows.end(), [](const PunchRow &a, const PunchRow &b) {
        return a.employeeId != b.employeeId ? a.employeeId < b.employeeId : a.at < b.at;
    });
    rows.erase(std::unique(rows.begin(), rows.end(), [](const PunchRow &a, const PunchRow &b) {
                   return a.employeeId == b.employeeId && a.at == b.at;
               }),
               rows.end());

    const QString now = toStoredInstant(clock.nowUtc());
    Status written = db.write([&]() -> Status {
        PunchRepository punches(db);
        auto importId = punches.addImport({QStringLiteral("demo"), QStringLiteral("zkteco"), QString(), now, 1,
                                           int(rows.size()), int(rows.size()), 0, 0, 0});
        if (!importId)
            return importId.failure();
        if (Status s = punches.insert(rows, *importId); !s)
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
        for (const StoredFiling &f : std::as_const(filings)) {
            if (auto id = filingRepo.addFiling(f, now); !id)
                return id.failure();
            // Rest-day overtime is earned as comp time (OT-02), as an approved request would.
            if (f.filing.kind == FilingKind::Overtime)
                if (Status s = compTime.addCompTime(f.employeeId, {f.filing.from.date(), f.filing.from.secsTo(f.filing.to) / 3600.0, f.note},
                                                    0, now);
                    !s)
                    return s;
        }
        return success();
    });
    if (!written)
        return written.failure();
    // HR confirmed every month before the last one; the last waits for the manager (ATT-11).
    const Actor hr{1, QStringLiteral("admin"), Level::DatabaseAdmin};
    const QDate lastMonth = QDate(today.year(), today.month(), 1).addMonths(-1);
    for (QDate m = first; m < lastMonth; m = m.addMonths(1))
        if (Status s = AttendanceMonth(db, clock).confirm(hr, m); !s)
            return s.failure();
    summary.punches = int(rows.size());
    summary.rosterDays = int(duty.size());
    summary.filings = int(filings.size());
    return summary;
}

} // namespace shopdesk
