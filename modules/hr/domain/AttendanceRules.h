#pragma once

#include "domain/AttendanceDay.h"
#include "domain/AttendancePolicy.h"

namespace shopdesk {

// The attendance rules engine (issue 4): ATT-03..13, ABS-01/02, HOL-02 as pure functions.
// Handed the day's shift, the calendar's day type, the punches and what was approved; returns
// statuses, minutes, absences with the clause that caused them, fines and escalation flags.
class AttendanceRules
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceRules)
public:
    explicit AttendanceRules(AttendancePolicy policy) : m_policy(std::move(policy)) {}

    // `leaveRanOut`: the person's previous scheduled day was on leave (ABS-01 b when absent now).
    DayOutcome judgeDay(const AttendanceDayInput &input, bool leaveRanOut = false) const;
    // Days in date order; fines and flags count occurrences across the month.
    MonthOutcome judgeMonth(const QList<AttendanceDayInput> &days, const AttendanceHistory &history = {}) const;

    // RULE ATT-12: punches less than 60 seconds after the last one kept count once.
    static QList<Punch> withoutDuplicates(QList<Punch> punches, int *dropped = nullptr);

    const AttendancePolicy &policy() const { return m_policy; }

private:
    SegmentOutcome judgeSegment(const AttendanceDayInput &input, const QList<Punch> &punches, int index) const;
    static int awayMinutes(const QList<Punch> &today, const std::optional<Punch> &arrival,
                           const std::optional<Punch> &departure, const ShiftSegment &seg,
                           const QList<std::pair<int, int>> &filed);

    AttendancePolicy m_policy;
};

} // namespace shopdesk
