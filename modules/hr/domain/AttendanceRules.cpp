#include "AttendanceRules.h"

#include "common/domain/WallClock.h"
#include "domain/PunchDeduplication.h"

#include <algorithm>

namespace shopdesk {

namespace {

// RULE ATT-03: times are compared to the minute, seconds dropped.
int minuteOf(const QDateTime &at)
{
    return at.time().hour() * 60 + at.time().minute();
}

int minuteOnDay(const QDateTime &at, const QDate &day)
{
    if (at.date() < day)
        return 0;
    if (at.date() > day)
        return 24 * 60;
    return minuteOf(at);
}

bool isLeave(AttendanceStatus s)
{
    return s == AttendanceStatus::PersonalLeave || s == AttendanceStatus::SickLeave
        || s == AttendanceStatus::MarriageLeave || s == AttendanceStatus::BereavementLeave
        || s == AttendanceStatus::CompTime;
}

bool attended(AttendanceStatus s)
{
    return s == AttendanceStatus::Present || s == AttendanceStatus::Late || s == AttendanceStatus::Early
        || s == AttendanceStatus::OutOnBusiness;
}

// The month's total a day of this leave status adds to; none for other statuses.
double *leaveTotal(MonthOutcome &month, AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::PersonalLeave: return &month.personalLeaveDays;
    case AttendanceStatus::SickLeave: return &month.sickLeaveDays;
    case AttendanceStatus::MarriageLeave: return &month.marriageLeaveDays;
    case AttendanceStatus::BereavementLeave: return &month.bereavementLeaveDays;
    case AttendanceStatus::CompTime: return &month.compTimeDays;
    default: return nullptr;
    }
}

// A month while its days are counted: the outcome so far, and what the rules count across days.
struct MonthInProgress
{
    const AttendancePolicy &policy;
    const AttendanceHistory &history;
    MonthOutcome month;
    int occurrence = 0; // of lateness or early leave (ATT-05, ATT-06)
    int absenceOccurrence = 0; // ABS-02
    int absentRun = 0; // scheduled days fully absent in a row (ABS-02)
    bool runFlagged = false, yearFlagged = false, noticeFlagged = false;
    bool previousOnLeave = false; // the last scheduled day (ABS-01 b)

    void flag(const QDate &date, Escalation kind, const QString &rule, const QString &reason)
    {
        month.flags.append({date, kind, rule, reason});
    }
};

// RULE ATT-05 fine and ATT-06 escalation for one late or early occurrence.
void countLateOrEarly(MonthInProgress &m, const QDate &date, int minutes, bool wholeSegment, const QString &what)
{
    const AttendancePolicy &policy = m.policy;
    ++m.occurrence;
    if (m.occurrence >= policy.fineFromOccurrence) {
        const qint64 fen = policy.tierFine(wholeSegment ? policy.absenceAfterMinutes() : minutes);
        m.month.fines.append(
            {date, QStringLiteral("ATT-05"), fen, AttendanceRules::tr("%1, %n minute(s)", nullptr, minutes).arg(what)});
        m.month.finesFen += fen;
    }
    if (m.occurrence == policy.reminderAt)
        m.flag(date, Escalation::Reminder, QStringLiteral("ATT-06"),
               AttendanceRules::tr("Occurrence %1 of lateness or early leave this month").arg(m.occurrence));
    else if (m.occurrence == policy.warningAt)
        m.flag(date, Escalation::Warning, QStringLiteral("ATT-06"),
               AttendanceRules::tr("Occurrence %1 of lateness or early leave this month").arg(m.occurrence));
    else if (m.occurrence >= policy.noticeAt && !m.noticeFlagged) {
        m.noticeFlagged = true;
        m.month.publicNotice = true;
        m.flag(date, Escalation::PublicNotice, QStringLiteral("ATT-06"),
               AttendanceRules::tr("Occurrence %1 of lateness or early leave this month").arg(m.occurrence));
        if (m.history.monthsInARowWithNoticeBefore + 1 >= policy.noticeMonthsForDismissalReview)
            m.flag(date, Escalation::DismissalReview, QStringLiteral("ATT-06"),
                   AttendanceRules::tr("A public notice in %n month(s) in a row", nullptr,
                                       m.history.monthsInARowWithNoticeBefore + 1));
    }
}

// Each segment's lateness and early leave, leave and time out on business.
void countSegments(MonthInProgress &m, const DayOutcome &day)
{
    MonthOutcome &month = m.month;
    for (const SegmentOutcome &s : day.segments) {
        const bool counted = s.status != AttendanceStatus::Absent;
        if (counted && s.lateMinutes > 0) {
            ++month.lateCount;
            month.lateMinutes += s.lateMinutes;
            countLateOrEarly(m, day.date, s.lateMinutes, s.missingCountsAsLateEarly, AttendanceRules::tr("Late"));
        }
        if (counted && s.earlyMinutes > 0) {
            ++month.earlyCount;
            month.earlyMinutes += s.earlyMinutes;
            countLateOrEarly(m, day.date, s.earlyMinutes, s.missingCountsAsLateEarly,
                             AttendanceRules::tr("Left early"));
        }
        if (double *leave = leaveTotal(month, s.status))
            *leave += s.leaveDays;
        if (s.status == AttendanceStatus::OutOnBusiness)
            month.outOnBusinessDays += 1.0 / day.segments.size();
        // Leave over part of a segment (hospital-visit hours) counts as its kind (issue 11).
        if (double *leave = s.partLeaveDays > 0 ? leaveTotal(month, s.partLeaveStatus) : nullptr)
            *leave += s.partLeaveDays;
    }
}

// RULE ABS-02: an occurrence is a calendar day with any absence.
void countAbsence(MonthInProgress &m, const DayOutcome &day)
{
    const AttendancePolicy &policy = m.policy;
    MonthOutcome &month = m.month;
    ++m.absenceOccurrence;
    const qint64 fen = m.absenceOccurrence == 1 ? policy.firstAbsenceFen : policy.laterAbsenceFen;
    month.fines.append(
        {day.date, QStringLiteral("ABS-02"), fen,
         AttendanceRules::tr("Absence no. %1 this month (%2 day)").arg(m.absenceOccurrence).arg(day.absenceDays)});
    month.finesFen += fen;
    const double before = m.history.absentDaysEarlierThisYear + month.absentDays;
    month.absentDays += day.absenceDays;
    if (!m.yearFlagged && before < policy.absentDaysPerYearForReview
        && before + day.absenceDays >= policy.absentDaysPerYearForReview) {
        m.yearFlagged = true;
        m.flag(day.date, Escalation::DismissalReview, QStringLiteral("ABS-02"),
               AttendanceRules::tr("%1 days absent this year").arg(before + day.absenceDays));
    }
}

// RULE ATT-09: each party of a proxy punch is fined on top of the absence.
void fineProxyPunch(MonthInProgress &m, const DayOutcome &day)
{
    m.month.fines.append(
        {day.date, QStringLiteral("ATT-09"), m.policy.proxyPunchFen, AttendanceRules::tr("Proxy punching")});
    m.month.finesFen += m.policy.proxyPunchFen;
}

// RULE ABS-02: consecutive scheduled days fully absent; days off do not break the run.
void countAbsentRun(MonthInProgress &m, const DayOutcome &day)
{
    m.absentRun = day.fullyAbsent() ? m.absentRun + 1 : 0;
    if (!m.runFlagged && m.absentRun >= m.policy.consecutiveAbsentDaysForReview) {
        m.runFlagged = true;
        m.flag(day.date, Escalation::DismissalReview, QStringLiteral("ABS-02"),
               AttendanceRules::tr("%n working day(s) in a row absent", nullptr, m.absentRun));
    }
}

// The day's worked days, make-up punches and overtime, and the day itself.
void addDayTotals(MonthOutcome &month, const DayOutcome &day)
{
    month.workedDays += day.workedDays;
    month.makeUpPunches += day.makeUpPunches;
    int *bucket = day.overtimeBucket == OvertimeBucket::Statutory ? &month.overtimeMinutesStatutory
        : day.overtimeBucket == OvertimeBucket::RestDay           ? &month.overtimeMinutesRestDay
                                                                  : &month.overtimeMinutesWorkingDay;
    *bucket += day.overtimeMinutes;
    month.days.append(day);
}

} // namespace

QList<Punch> AttendanceRules::withoutDuplicates(QList<Punch> punches, int *dropped)
{
    // Compared as wall-clock seconds: a filing and a punch may come with different time specs.
    std::stable_sort(punches.begin(), punches.end(),
                     [](const Punch &a, const Punch &b) { return wallSeconds(a.at) < wallSeconds(b.at); });
    PunchDeduplication window; // ATT-12's 60 seconds, the same as the import's
    QList<Punch> kept;
    for (const Punch &p : punches) {
        if (window.keep(0, wallSeconds(p.at)))
            kept.append(p);
    }
    if (dropped)
        *dropped = int(punches.size() - kept.size());
    return kept;
}

// RULE ATT-03 pairing: check-in is the earliest punch from the midpoint of the gap before the
// segment (midnight for the first) up to the segment's midpoint; check-out the latest punch from
// that midpoint to the midpoint of the gap after it (midnight after the last segment).
SegmentOutcome AttendanceRules::judgeSegment(const AttendanceDayInput &input, const QList<Punch> &punches,
                                             int index) const
{
    const QList<ShiftSegment> &segments = input.shift->segments;
    const ShiftSegment seg = segments.at(index);
    const int inFrom = index == 0 ? 0 : (segments.at(index - 1).endMinute + seg.startMinute) / 2;
    const int middle = (seg.startMinute + seg.endMinute) / 2;
    const int outTo = index + 1 == segments.size() ? 24 * 60 : (seg.endMinute + segments.at(index + 1).startMinute) / 2;
    const double weight = 1.0 / segments.size();

    SegmentOutcome out;
    out.segment = seg;
    for (const Punch &p : punches) {
        if (p.at.date() != input.date)
            continue;
        const int m = minuteOf(p.at);
        if (m >= inFrom && m < middle && !out.checkIn)
            out.checkIn = p;
        if (m >= middle && m < outTo)
            out.checkOut = p;
    }

    // RULE ATT-13, ATT-05, ABS-01 (issue 11): no punch at all costs the segment's whole share of
    // the day; the rules' other absences are "half a day", also on a one-segment shift.
    const double halfDay = std::min(weight, 0.5);
    auto absent = [&](const QString &clause, double days) {
        out.status = AttendanceStatus::Absent;
        out.absenceDays = days;
        out.clause = clause;
        // Leave over part of the segment counts only beside the absence, never on top of it.
        out.partLeaveDays = std::min(out.partLeaveDays, std::max(0.0, weight - days));
        return out;
    };
    if (input.proxyPunchFinding)
        return absent(QStringLiteral("ATT-09"), weight);
    if (input.refusedReassignment)
        return absent(QStringLiteral("ABS-01(e)"), weight);

    // Approved time: a filing over the whole segment decides it; one over its start excuses the
    // person until the filing ends, one over its end from the filing's start (ATT-07: an
    // out-of-office request; hospital hours, LEAVE-02).
    bool startExcused = false, endExcused = false;
    int excusedFrom = 0, backBy = seg.startMinute, leaveFrom = seg.endMinute;
    QList<std::pair<int, int>> filed; // minutes of the day covered by a filing
    for (const TimeFiling &f : input.filings) {
        if (f.kind == FilingKind::Overtime)
            continue;
        const int from = minuteOnDay(f.from, input.date), to = minuteOnDay(f.to, input.date);
        if (from <= seg.startMinute && to >= seg.endMinute) {
            out.status = statusFor(f.kind);
            out.leaveDays = f.kind == FilingKind::OutOnBusiness ? 0 : weight;
            return out;
        }
        filed.append({from, to});
        const int covered = std::max(0, std::min(to, seg.endMinute) - std::max(from, seg.startMinute));
        if (covered > 0 && f.kind != FilingKind::OutOnBusiness) {
            out.partLeaveDays += weight * covered / (seg.endMinute - seg.startMinute);
            out.partLeaveStatus = statusFor(f.kind);
        }
        if (from <= seg.startMinute && to > seg.startMinute) {
            startExcused = true;
            excusedFrom = from;
            backBy = std::max(backBy, to);
        }
        if (from < seg.endMinute && to >= seg.endMinute) {
            endExcused = true;
            leaveFrom = std::min(leaveFrom, from);
        }
    }

    // RULE ATT-07 (issue 11): back from a filing over the start, the first punch after it began is
    // the arrival, late by the minutes past the filing's end; before a filing over the end, the
    // last punch before it begins is the departure.
    std::optional<Punch> arrival = out.checkIn, departure = out.checkOut;
    QList<Punch> today;
    for (const Punch &p : punches)
        if (p.at.date() == input.date)
            today.append(p);
    if (startExcused) {
        arrival.reset();
        for (const Punch &p : std::as_const(today))
            if (minuteOf(p.at) >= excusedFrom && minuteOf(p.at) < seg.endMinute && !arrival)
                arrival = p;
    }
    if (endExcused) {
        departure.reset();
        for (const Punch &p : std::as_const(today))
            if (minuteOf(p.at) > seg.startMinute && minuteOf(p.at) <= leaveFrom && (!arrival || p.at > arrival->at))
                departure = p;
    }
    // Back without a punch, the only punch after the filing is the check-out: the arrival is
    // unknown (ATT-13), not "late until the check-out".
    if (startExcused && arrival && departure && arrival->at == departure->at)
        arrival.reset();
    const bool haveIn = arrival.has_value() || (startExcused && backBy >= seg.endMinute);
    const bool haveOut = departure.has_value() || endExcused;
    if (!haveIn && !haveOut)
        return absent(QStringLiteral("ATT-13"), weight);
    if (!haveIn || !haveOut) {
        // RULE ATT-13: a check-in without check-out (or the reverse) is a missing punch.
        out.status = AttendanceStatus::MissingPunch;
        out.clause = QStringLiteral("ATT-13");
        if (m_policy.missingPunchIsAbsence) {
            out.absenceDays = halfDay;
        } else {
            out.missingCountsAsLateEarly = true;
            (haveIn ? out.earlyMinutes : out.lateMinutes) = seg.endMinute - seg.startMinute;
        }
        return out;
    }

    if (arrival && minuteOf(arrival->at) > backBy + m_policy.graceMinutes)
        out.lateMinutes = minuteOf(arrival->at) - backBy;
    if (departure && minuteOf(departure->at) < leaveFrom)
        out.earlyMinutes = leaveFrom - minuteOf(departure->at);
    out.awayMinutes = awayMinutes(today, arrival, departure, seg, filed);
    out.earlyMinutes += out.awayMinutes; // RULE ATT-08: out without notice is early leave

    // RULE ABS-01 (a), (c), ATT-05 resolution: beyond the last tier (60 min) without a filing is
    // half a day's absence, with no tier fine.
    const int limit = m_policy.absenceAfterMinutes();
    if (out.awayMinutes > limit)
        return absent(QStringLiteral("ABS-01(a)"), halfDay);
    if (out.lateMinutes > limit || out.earlyMinutes > limit)
        return absent(QStringLiteral("ABS-01(c)"), halfDay);
    // RULE ATT-04, strict reading (a setting, off by default).
    if (out.earlyMinutes > 0 && m_policy.earlyLeaveIsAbsence)
        return absent(QStringLiteral("ATT-04"), halfDay);
    out.status = out.lateMinutes > 0 ? AttendanceStatus::Late
        : out.earlyMinutes > 0       ? AttendanceStatus::Early
                                     : AttendanceStatus::Present;
    return out;
}

// RULE ATT-08, ABS-01(a) (issue 11), pairing inside a segment: the punches between the arrival
// and the departure pair up in time order, going out then coming back. The minutes of each pair
// inside the segment and not covered by a filing are time away from the post. A last punch
// without its return is a stray press and counts nothing.
int AttendanceRules::awayMinutes(const QList<Punch> &today, const std::optional<Punch> &arrival,
                                 const std::optional<Punch> &departure, const ShiftSegment &seg,
                                 const QList<std::pair<int, int>> &filed)
{
    if (!arrival || !departure)
        return 0;
    QList<int> between;
    for (const Punch &p : today)
        if (p.at > arrival->at && p.at < departure->at)
            between.append(minuteOf(p.at));
    int away = 0;
    for (qsizetype i = 0; i + 1 < between.size(); i += 2) {
        const int from = std::max(between[i], seg.startMinute), to = std::min(between[i + 1], seg.endMinute);
        for (int m = from; m < to; ++m)
            away +=
                std::none_of(filed.cbegin(), filed.cend(), [m](const auto &f) { return m >= f.first && m < f.second; })
                ? 1
                : 0;
    }
    return away;
}

DayOutcome AttendanceRules::judgeDay(const AttendanceDayInput &input, bool leaveRanOut) const
{
    DayOutcome day;
    day.date = input.date;
    day.dayType = input.dayType;
    day.proxyPunch = input.proxyPunchFinding;
    day.punches = withoutDuplicates(input.punches, &day.duplicatePunches);
    for (const Punch &p : std::as_const(day.punches))
        day.makeUpPunches += p.makeUp ? 1 : 0;

    if (!input.employed || input.upcoming) {
        const AttendanceStatus none = input.upcoming ? AttendanceStatus::Upcoming : AttendanceStatus::NotEmployed;
        day.halfDays = {none, none};
        return day;
    }

    // RULE HOL-02, OT-02: only approved overtime counts, and only while the clock shows the
    // person there (between the day's first and last punch).
    day.overtimeBucket = input.dayType == DayType::Statutory                       ? OvertimeBucket::Statutory
        : (input.dayType == DayType::Rest || input.dayType == DayType::InLieuRest) ? OvertimeBucket::RestDay
                                                                                   : OvertimeBucket::WorkingDay;
    if (!day.punches.isEmpty()) {
        const qint64 first = wallSeconds(day.punches.first().at), last = wallSeconds(day.punches.last().at);
        for (const TimeFiling &f : input.filings) {
            if (f.kind != FilingKind::Overtime)
                continue;
            const qint64 from = std::max(wallSeconds(f.from), first), to = std::min(wallSeconds(f.to), last);
            if (from < to)
                day.overtimeMinutes += int((to - from) / 60);
        }
    }

    day.scheduled = input.shift.has_value() && !input.shift->segments.isEmpty();
    if (!day.scheduled) {
        // RULE ATT-02: punches on a day off without overtime on file are shown, not counted.
        const AttendanceStatus off =
            input.dayType == DayType::Statutory ? AttendanceStatus::Statutory : AttendanceStatus::Rest;
        day.halfDays = {off, off};
        day.punchesNotCounted = !day.punches.isEmpty() && day.overtimeMinutes == 0;
        return day;
    }
    day.shiftName = input.shift->name;

    for (int i = 0; i < input.shift->segments.size(); ++i)
        day.segments.append(judgeSegment(input, day.punches, i));

    // No punch and nothing on file all day: ABS-01 (f) leave taken without a form, or (b) when
    // the day before was leave that ran out without an extension.
    const bool noPunchAllDay = std::all_of(day.segments.cbegin(), day.segments.cend(), [](const SegmentOutcome &s) {
        return s.clause == QLatin1String("ATT-13") && s.status == AttendanceStatus::Absent;
    });
    const bool nothingFiled = std::none_of(input.filings.cbegin(), input.filings.cend(),
                                           [](const TimeFiling &f) { return f.kind != FilingKind::Overtime; });
    if (noPunchAllDay && nothingFiled)
        for (SegmentOutcome &s : day.segments)
            s.clause = leaveRanOut ? QStringLiteral("ABS-01(b)") : QStringLiteral("ABS-01(f)");

    for (const SegmentOutcome &s : std::as_const(day.segments)) {
        day.absenceDays += s.absenceDays;
        const double weight = 1.0 / day.segments.size();
        if (attended(s.status) || (s.status == AttendanceStatus::MissingPunch && s.absenceDays == 0))
            day.workedDays += weight;
        else if (s.status == AttendanceStatus::Absent || s.status == AttendanceStatus::MissingPunch)
            day.workedDays +=
                std::max(0.0, weight - s.absenceDays - s.partLeaveDays); // a one-segment day's other half (issue 11)
    }
    day.halfDays = {day.segments.first().status, day.segments.last().status};
    if (day.segments.size() == 1 && day.segments.first().absenceDays > 0 && day.segments.first().absenceDays < 1) {
        // One segment spans the day: its half-day absence is the morning for a late or missing
        // check-in, the afternoon otherwise (issue 11, resolution of ATT-05 and ATT-13).
        const SegmentOutcome &s = day.segments.first();
        const bool morning = s.lateMinutes > m_policy.absenceAfterMinutes()
            || (s.status == AttendanceStatus::MissingPunch && !s.checkIn);
        day.halfDays =
            morning ? std::array{s.status, AttendanceStatus::Present} : std::array{AttendanceStatus::Present, s.status};
    }
    return day;
}

MonthOutcome AttendanceRules::judgeMonth(const QList<AttendanceDayInput> &days, const AttendanceHistory &history) const
{
    MonthInProgress m{m_policy, history};
    m.absentRun = history.lastScheduledDayBeforeFullyAbsent ? 1 : 0;
    for (const AttendanceDayInput &input : days) {
        const DayOutcome day = judgeDay(input, m.previousOnLeave && input.filings.isEmpty());
        if (day.scheduled)
            m.previousOnLeave = std::all_of(day.segments.cbegin(), day.segments.cend(),
                                            [](const SegmentOutcome &s) { return isLeave(s.status); });
        countSegments(m, day);
        if (day.absenceDays > 0)
            countAbsence(m, day);
        if (day.proxyPunch)
            fineProxyPunch(m, day);
        if (day.scheduled)
            countAbsentRun(m, day);
        addDayTotals(m.month, day);
    }
    return std::move(m.month);
}

} // namespace shopdesk
