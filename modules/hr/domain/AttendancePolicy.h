#pragma once

#include "calendar/domain/HolidayCalendar.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace shopdesk {

// A fine tier of RULE ATT-05: lateness or early leave of up to `upToMinutes` costs `fen`.
struct FineTier
{
    int upToMinutes = 0;
    qint64 fen = 0;
    bool operator==(const FineTier &) const = default;
};

// Every contradiction RULES.md resolves is a setting here, with the stated default. Stored as
// JSON in the settings table; every change is audited (AttendancePolicyService).
struct AttendancePolicy
{
    Q_DECLARE_TR_FUNCTIONS(AttendancePolicy)
public:
    int graceMinutes = 0; // ATT-03
    // ATT-05: 1-15 min ¥30, 16-30 ¥50, 31-60 ¥100; beyond the last tier is absence (ABS-01 c).
    QList<FineTier> lateEarlyTiers{{15, 3000}, {30, 5000}, {60, 10000}};
    int fineFromOccurrence = 1; // ATT-05 「3次」: fines start at this occurrence of the month
    bool earlyLeaveIsAbsence = false; // ATT-04 strict reading
    bool missingPunchIsAbsence = true; // ATT-13; else late/early by the whole segment
    // ATT-06 escalation ladder, by late/early occurrence of the month.
    int reminderAt = 3;
    int warningAt = 4;
    int noticeAt = 5;
    int noticeMonthsForDismissalReview = 3;
    // ABS-02: fines per absence occurrence (a calendar day with any absence).
    qint64 firstAbsenceFen = 10000;
    qint64 laterAbsenceFen = 30000;
    int consecutiveAbsentDaysForReview = 2;
    double absentDaysPerYearForReview = 3.0;
    qint64 proxyPunchFen = 30000; // ATT-09, on top of the absence
    int makeUpQuotaPerMonth = 3; // ATT-12
    bool workWeekAllDays = false; // ATT-02: the literal reading, Monday to Sunday
    double marriageLeaveDays = 3; // LEAVE-06 entitlement
    double bereavementLeaveDays = 3; // LEAVE-06 entitlement
    // HOL-02 (issue 11): overtime pay in percent of the hourly wage, by day type.
    int overtimeWorkingDayPercent = 150;
    int overtimeRestDayPercent = 200;
    int overtimeStatutoryPercent = 300;
    // OT-02, HOL-02: comp time not taken within this many months of being earned is paid out at
    // the rest-day rate through a payroll line when HR confirms a month.
    int compTimeExpiryMonths = 6;

    OvertimeRates overtimeRates() const
    {
        return {overtimeWorkingDayPercent, overtimeRestDayPercent, overtimeStatutoryPercent};
    }

    // Late or early beyond this many minutes is absence (ABS-01 c): the last tier's limit.
    int absenceAfterMinutes() const;
    // The tier fine for an occurrence of `minutes`; the top tier's fine beyond it.
    qint64 tierFine(int minutes) const;

    QJsonObject toJson() const;
    // Missing keys keep their defaults (a policy saved by an older version still reads).
    static Result<AttendancePolicy> fromJson(const QJsonObject &json);
    Status validate() const;
    bool operator==(const AttendancePolicy &) const = default;
};

} // namespace shopdesk
