#pragma once

#include "calendar/domain/HolidayCalendar.h"
#include "domain/Shift.h"

#include <QDateTime>
#include <QList>

#include <array>
#include <optional>

namespace shopdesk {

// RULE ATT-10: what one half-day of the monthly grid shows.
enum class AttendanceStatus {
    Present,
    Late,
    Early,
    Absent,
    MissingPunch,
    PersonalLeave,
    SickLeave,
    MarriageLeave,
    BereavementLeave,
    Statutory,
    Rest,
    CompTime,
    OutOnBusiness,
    NotEmployed, // before hire or after leaving: nothing expected
    Upcoming, // after today: not judged yet
};

// Approved time on file: leave, out-of-office, comp time off, overtime (issue 5 files them
// through approvals; the engine only reads what was approved).
enum class FilingKind { PersonalLeave, SickLeave, MarriageLeave, BereavementLeave, CompTime, OutOnBusiness, Overtime };

struct TimeFiling
{
    FilingKind kind = FilingKind::PersonalLeave;
    QDateTime from;
    QDateTime to;
};

struct Punch
{
    QDateTime at;
    bool makeUp = false; // RULE ATT-12: stays marked everywhere
};

// Everything the rules need to judge one person's day; nothing is looked up.
struct AttendanceDayInput
{
    QDate date;
    DayType dayType = DayType::Working;
    std::optional<Shift> shift; // none: not scheduled (rest day, rest after main duty)
    bool restAfterMainDuty = false;
    bool employed = true;
    bool upcoming = false; // after today: nothing is judged yet
    QList<Punch> punches;
    QList<TimeFiling> filings;
    bool proxyPunchFinding = false; // ATT-09, recorded by a clerk
    bool refusedReassignment = false; // ABS-01 (e), recorded by a clerk
};

struct SegmentOutcome
{
    ShiftSegment segment;
    std::optional<Punch> checkIn, checkOut;
    AttendanceStatus status = AttendanceStatus::Present;
    int lateMinutes = 0;
    int earlyMinutes = 0; // includes awayMinutes (ATT-08)
    int awayMinutes = 0; // out and back inside the segment without a filing (ATT-08, ABS-01(a))
    bool missingCountsAsLateEarly = false; // ATT-13 setting: a whole-segment occurrence
    // A segment's share of the day: 0.5 of two segments; a one-segment shift is 1.0 with no punch
    // at all, and half a day for lateness, early leave, time away or a missing punch (ATT-05,
    // ATT-13, ABS-01: "half a day", whatever the shift's length).
    double absenceDays = 0;
    double leaveDays = 0; // the same weights, for a segment wholly on leave
    // Leave over part of the segment (a hospital visit of some hours, LEAVE-02), as a share of
    // the day; counted in the month's totals and the payroll as that kind of leave (issue 11).
    double partLeaveDays = 0;
    AttendanceStatus partLeaveStatus = AttendanceStatus::SickLeave;
    QString clause; // the rule that made it absent: "ABS-01(c)", "ATT-13", ...
};

enum class OvertimeBucket { WorkingDay, RestDay, Statutory };

struct DayOutcome
{
    QDate date;
    DayType dayType = DayType::Working;
    bool scheduled = false;
    QString shiftName;
    QList<SegmentOutcome> segments;
    std::array<AttendanceStatus, 2> halfDays{AttendanceStatus::Rest, AttendanceStatus::Rest};
    QList<Punch> punches; // after the 60-second rule (ATT-12)
    int duplicatePunches = 0;
    bool punchesNotCounted = false; // punches on a day off without overtime on file (ATT-02)
    double workedDays = 0;
    double absenceDays = 0;
    int overtimeMinutes = 0;
    OvertimeBucket overtimeBucket = OvertimeBucket::WorkingDay;
    int makeUpPunches = 0;
    bool proxyPunch = false;
    bool fullyAbsent() const { return scheduled && absenceDays >= 1.0; }
};

enum class Escalation { Reminder, Warning, PublicNotice, DismissalReview };

struct FineLine
{
    QDate date;
    QString ruleId;
    qint64 fen = 0;
    QString reason; // translated
};

struct EscalationFlag
{
    QDate date;
    Escalation kind = Escalation::Reminder;
    QString ruleId;
    QString reason;
};

// What the months before tell this month (ABS-02 per year, ATT-06 months in a row).
struct AttendanceHistory
{
    double absentDaysEarlierThisYear = 0;
    int monthsInARowWithNoticeBefore = 0;
    bool lastScheduledDayBeforeFullyAbsent = false;
};

struct MonthOutcome
{
    QList<DayOutcome> days;
    QList<FineLine> fines;
    QList<EscalationFlag> flags;
    double workedDays = 0;
    int lateCount = 0, lateMinutes = 0;
    int earlyCount = 0, earlyMinutes = 0;
    double absentDays = 0;
    double personalLeaveDays = 0, sickLeaveDays = 0, marriageLeaveDays = 0, bereavementLeaveDays = 0, compTimeDays = 0,
           outOnBusinessDays = 0;
    int overtimeMinutesWorkingDay = 0, overtimeMinutesRestDay = 0, overtimeMinutesStatutory = 0;
    int makeUpPunches = 0;
    qint64 finesFen = 0;
    bool publicNotice = false;
    double unpaidDays() const { return absentDays + personalLeaveDays + sickLeaveDays; } // LEAVE-05
};

QString statusTitle(AttendanceStatus status); // translated, for the legend
QString statusSymbol(AttendanceStatus status); // one character for the grid
AttendanceStatus statusFor(FilingKind kind); // what a filing makes of a half-day (Present for overtime)
QString escalationTitle(Escalation kind);

} // namespace shopdesk
