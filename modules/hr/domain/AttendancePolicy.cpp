#include "AttendancePolicy.h"

#include <QJsonArray>

namespace shopdesk {

int AttendancePolicy::absenceAfterMinutes() const
{
    return lateEarlyTiers.isEmpty() ? 60 : lateEarlyTiers.last().upToMinutes;
}

qint64 AttendancePolicy::tierFine(int minutes) const
{
    for (const FineTier &tier : lateEarlyTiers)
        if (minutes <= tier.upToMinutes)
            return tier.fen;
    return lateEarlyTiers.isEmpty() ? 0 : lateEarlyTiers.last().fen;
}

QJsonObject AttendancePolicy::toJson() const
{
    QJsonArray tiers;
    for (const FineTier &tier : lateEarlyTiers)
        tiers.append(
            QJsonObject{{QStringLiteral("up_to_minutes"), tier.upToMinutes}, {QStringLiteral("fen"), tier.fen}});
    return {
        {QStringLiteral("grace_minutes"), graceMinutes},
        {QStringLiteral("late_early_tiers"), tiers},
        {QStringLiteral("fine_from_occurrence"), fineFromOccurrence},
        {QStringLiteral("early_leave_is_absence"), earlyLeaveIsAbsence},
        {QStringLiteral("missing_punch_is_absence"), missingPunchIsAbsence},
        {QStringLiteral("reminder_at"), reminderAt},
        {QStringLiteral("warning_at"), warningAt},
        {QStringLiteral("notice_at"), noticeAt},
        {QStringLiteral("notice_months_for_dismissal_review"), noticeMonthsForDismissalReview},
        {QStringLiteral("first_absence_fen"), firstAbsenceFen},
        {QStringLiteral("later_absence_fen"), laterAbsenceFen},
        {QStringLiteral("consecutive_absent_days_for_review"), consecutiveAbsentDaysForReview},
        {QStringLiteral("absent_days_per_year_for_review"), absentDaysPerYearForReview},
        {QStringLiteral("proxy_punch_fen"), proxyPunchFen},
        {QStringLiteral("make_up_quota_per_month"), makeUpQuotaPerMonth},
        {QStringLiteral("work_week_all_days"), workWeekAllDays},
        {QStringLiteral("marriage_leave_days"), marriageLeaveDays},
        {QStringLiteral("bereavement_leave_days"), bereavementLeaveDays},
        {QStringLiteral("overtime_working_day_percent"), overtimeWorkingDayPercent},
        {QStringLiteral("overtime_rest_day_percent"), overtimeRestDayPercent},
        {QStringLiteral("overtime_statutory_percent"), overtimeStatutoryPercent},
        {QStringLiteral("comp_time_expiry_months"), compTimeExpiryMonths},
    };
}

Result<AttendancePolicy> AttendancePolicy::fromJson(const QJsonObject &json)
{
    AttendancePolicy p;
    auto integer = [&](const char *key, int &field) {
        if (json.contains(QLatin1String(key)))
            field = json.value(QLatin1String(key)).toInt(field);
    };
    auto money = [&](const char *key, qint64 &field) {
        if (json.contains(QLatin1String(key)))
            field = json.value(QLatin1String(key)).toInteger(field);
    };
    auto flag = [&](const char *key, bool &field) {
        if (json.contains(QLatin1String(key)))
            field = json.value(QLatin1String(key)).toBool(field);
    };
    integer("grace_minutes", p.graceMinutes);
    integer("fine_from_occurrence", p.fineFromOccurrence);
    flag("early_leave_is_absence", p.earlyLeaveIsAbsence);
    flag("missing_punch_is_absence", p.missingPunchIsAbsence);
    integer("reminder_at", p.reminderAt);
    integer("warning_at", p.warningAt);
    integer("notice_at", p.noticeAt);
    integer("notice_months_for_dismissal_review", p.noticeMonthsForDismissalReview);
    money("first_absence_fen", p.firstAbsenceFen);
    money("later_absence_fen", p.laterAbsenceFen);
    integer("consecutive_absent_days_for_review", p.consecutiveAbsentDaysForReview);
    if (json.contains(QLatin1String("absent_days_per_year_for_review")))
        p.absentDaysPerYearForReview = json.value(QLatin1String("absent_days_per_year_for_review")).toDouble();
    money("proxy_punch_fen", p.proxyPunchFen);
    integer("make_up_quota_per_month", p.makeUpQuotaPerMonth);
    flag("work_week_all_days", p.workWeekAllDays);
    integer("overtime_working_day_percent", p.overtimeWorkingDayPercent);
    integer("overtime_rest_day_percent", p.overtimeRestDayPercent);
    integer("overtime_statutory_percent", p.overtimeStatutoryPercent);
    integer("comp_time_expiry_months", p.compTimeExpiryMonths);
    for (auto [key, field] : {std::pair{"marriage_leave_days", &p.marriageLeaveDays},
                              std::pair{"bereavement_leave_days", &p.bereavementLeaveDays}})
        if (json.contains(QLatin1String(key)))
            *field = json.value(QLatin1String(key)).toDouble(*field);
    if (json.contains(QLatin1String("late_early_tiers"))) {
        p.lateEarlyTiers.clear();
        for (const QJsonValue &v : json.value(QLatin1String("late_early_tiers")).toArray()) {
            const QJsonObject tier = v.toObject();
            p.lateEarlyTiers.append(
                {tier.value(QLatin1String("up_to_minutes")).toInt(), tier.value(QLatin1String("fen")).toInteger()});
        }
    }
    if (Status valid = p.validate(); !valid)
        return valid.failure();
    return p;
}

Status AttendancePolicy::validate() const
{
    if (graceMinutes < 0 || graceMinutes > 60)
        return fail(tr("Grace minutes must be between 0 and 60."));
    if (lateEarlyTiers.isEmpty())
        return fail(tr("The fine tiers for lateness need at least one tier."));
    int previous = 0;
    for (const FineTier &tier : lateEarlyTiers) {
        if (tier.upToMinutes <= previous)
            return fail(tr("Fine tiers must rise: %1 minutes follows %2.").arg(tier.upToMinutes).arg(previous));
        if (tier.fen < 0)
            return fail(tr("A fine cannot be negative."));
        previous = tier.upToMinutes;
    }
    if (fineFromOccurrence < 1 || reminderAt < 1 || warningAt < reminderAt || noticeAt < warningAt)
        return fail(tr("The escalation ladder must go reminder, warning, public notice, from occurrence 1 on."));
    if (noticeMonthsForDismissalReview < 1 || consecutiveAbsentDaysForReview < 1 || absentDaysPerYearForReview <= 0)
        return fail(tr("The dismissal-review thresholds must be positive."));
    if (firstAbsenceFen < 0 || laterAbsenceFen < 0 || proxyPunchFen < 0)
        return fail(tr("A fine cannot be negative."));
    if (marriageLeaveDays < 0 || bereavementLeaveDays < 0)
        return fail(tr("Leave entitlements cannot be negative."));
    if (makeUpQuotaPerMonth < 0)
        return fail(tr("The make-up punch quota cannot be negative."));
    if (overtimeWorkingDayPercent < 100 || overtimeRestDayPercent < 100 || overtimeStatutoryPercent < 100)
        return fail(tr("Overtime is paid at 100% of the wage or more (HOL-02)."));
    if (compTimeExpiryMonths < 1 || compTimeExpiryMonths > 24)
        return fail(tr("Comp time is paid out after 1 to 24 months (OT-02)."));
    return success();
}

} // namespace shopdesk
