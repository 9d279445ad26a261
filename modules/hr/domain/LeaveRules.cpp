#include "LeaveRules.h"

#include "common/domain/WallClock.h"

namespace shopdesk {

QString leaveKindKey(LeaveKind kind)
{
    switch (kind) {
    case LeaveKind::Personal: return QStringLiteral("personal");
    case LeaveKind::Sick: return QStringLiteral("sick");
    case LeaveKind::Marriage: return QStringLiteral("marriage");
    case LeaveKind::Bereavement: return QStringLiteral("bereavement");
    case LeaveKind::CompTime: return QStringLiteral("comp_time");
    case LeaveKind::HospitalVisit: return QStringLiteral("hospital_visit");
    }
    return {};
}

std::optional<LeaveKind> leaveKindFromKey(const QString &key)
{
    for (LeaveKind k : {LeaveKind::Personal, LeaveKind::Sick, LeaveKind::Marriage, LeaveKind::Bereavement,
                        LeaveKind::CompTime, LeaveKind::HospitalVisit})
        if (leaveKindKey(k) == key)
            return k;
    return std::nullopt;
}

QString leaveKindTitle(LeaveKind kind)
{
    switch (kind) {
    case LeaveKind::Personal: return LeaveRules::tr("Personal leave");
    case LeaveKind::Sick: return LeaveRules::tr("Sick leave");
    case LeaveKind::Marriage: return LeaveRules::tr("Marriage leave");
    case LeaveKind::Bereavement: return LeaveRules::tr("Bereavement leave");
    case LeaveKind::CompTime: return LeaveRules::tr("Comp time off");
    case LeaveKind::HospitalVisit: return LeaveRules::tr("Hospital visit (hours)");
    }
    return {};
}

FilingKind filingKindOf(LeaveKind kind)
{
    switch (kind) {
    case LeaveKind::Personal: return FilingKind::PersonalLeave;
    case LeaveKind::Sick:
    case LeaveKind::HospitalVisit: return FilingKind::SickLeave;
    case LeaveKind::Marriage: return FilingKind::MarriageLeave;
    case LeaveKind::Bereavement: return FilingKind::BereavementLeave;
    case LeaveKind::CompTime: return FilingKind::CompTime;
    }
    return FilingKind::PersonalLeave;
}

double LeaveRules::workingDays(const QDateTime &from, const QDateTime &to, const HolidayCalendar &calendar)
{
    double days = 0;
    const QTime noon(12, 0);
    for (QDate d = from.date(); d <= to.date(); d = d.addDays(1)) {
        const DayType type = calendar.typeOf(d);
        if (type != DayType::Working && type != DayType::MakeUpWorking)
            continue;
        double part = 1;
        if (d == from.date() && from.time() >= noon)
            part -= 0.5;
        if (d == to.date() && to.time() <= noon)
            part -= 0.5;
        days += std::max(0.0, part);
    }
    return days;
}

Result<LeaveCheck> LeaveRules::check(const LeaveDraft &draft, const QDateTime &filedAt, const HolidayCalendar &calendar,
                                     double compBalanceHours, double priorDays) const
{
    if (!draft.from.isValid() || !draft.to.isValid() || wallSeconds(draft.to) <= wallSeconds(draft.from))
        return fail(tr("The leave must end after it starts."));
    if (draft.reason.trimmed().isEmpty())
        return fail(tr("Give a reason for the leave (LEAVE-01)."));
    LeaveCheck c;
    if (draft.kind == LeaveKind::HospitalVisit) {
        if (draft.from.date() != draft.to.date())
            return fail(tr("A hospital visit is filed for hours within one day; longer is sick leave (LEAVE-02)."));
        c.hours = (wallSeconds(draft.to) - wallSeconds(draft.from)) / 3600.0;
    } else {
        c.days = workingDays(draft.from, draft.to, calendar);
        if (c.days <= 0)
            return fail(tr("The leave covers no working day."));
    }
    const qint64 filed = wallSeconds(filedAt), starts = wallSeconds(draft.from);
    c.afterTheFact = filed > starts;
    c.lateFiling = filed > starts - qint64(m_settings.lateFilingHours) * 3600; // RULE LEAVE-01: flagged, not refused
    const bool sickUpToADay = (draft.kind == LeaveKind::Sick && c.days <= 1) || draft.kind == LeaveKind::HospitalVisit;
    // RULE LEAVE-02: sick leave of up to a day may be filed afterwards; LEAVE-04: an emergency too.
    if (c.afterTheFact && !sickUpToADay && !draft.emergency)
        return fail(tr(
            "This leave has already begun: file it before it starts, or mark it an emergency the supervisor was told "
            "of by phone (LEAVE-04)."));
    // RULE LEAVE-02: more than a day of sick leave needs a hospital certificate, counted over the
    // run (1 + 1 days in a row are two days).
    if (draft.kind == LeaveKind::Sick && c.days + priorDays > 1 && draft.attachments.isEmpty())
        return fail(tr("Sick leave of more than one day needs a hospital certificate attached (LEAVE-02)."));
    // RULE LEAVE-06: paid leave up to its entitlement.
    const double total = c.days + priorDays;
    if (draft.kind == LeaveKind::Marriage && total > m_settings.marriageDays)
        return fail(tr("Marriage leave is %1 days at most (LEAVE-06).").arg(m_settings.marriageDays));
    if (draft.kind == LeaveKind::Bereavement && total > m_settings.bereavementDays)
        return fail(tr("Bereavement leave is %1 days at most (LEAVE-06).").arg(m_settings.bereavementDays));
    // RULE OT-02: comp time off is taken from the hours earned.
    if (draft.kind == LeaveKind::CompTime && c.days * m_settings.compHoursPerDay > compBalanceHours + 1e-9)
        return fail(tr("Comp time off of %1 hours exceeds the %2 hours earned (OT-02).")
                        .arg(c.days * m_settings.compHoursPerDay)
                        .arg(compBalanceHours));
    return c;
}

bool LeaveRules::continuesRun(const QDate &lastDay, const QDate &nextDay, const HolidayCalendar &calendar)
{
    if (!lastDay.isValid() || !nextDay.isValid())
        return false;
    for (QDate d = lastDay.addDays(1); d < nextDay; d = d.addDays(1))
        if (isWorkingDay(calendar.typeOf(d)))
            return false;
    return true;
}

QList<ApproverKind> LeaveRules::route(LeaveKind kind, double totalDays) const
{
    switch (kind) {
    case LeaveKind::Sick:
        if (totalDays > m_settings.sickSupervisorDays)
            return {ApproverKind::DirectSupervisor, ApproverKind::SeniorManager};
        return {ApproverKind::DirectSupervisor};
    case LeaveKind::Personal:
        if (totalDays > m_settings.personalSupervisorDays)
            return {ApproverKind::DirectSupervisor, ApproverKind::SeniorManager};
        return {ApproverKind::DirectSupervisor};
    case LeaveKind::Marriage:
    case LeaveKind::Bereavement: return {ApproverKind::DepartmentHead};
    case LeaveKind::CompTime:
    case LeaveKind::HospitalVisit: return {ApproverKind::DirectSupervisor};
    }
    return {ApproverKind::DirectSupervisor};
}

} // namespace shopdesk
