#include "AttendanceDay.h"

namespace shopdesk {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceStatus)
};
} // namespace

QString statusTitle(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present: return Tr::tr("Present");
    case AttendanceStatus::Late: return Tr::tr("Late");
    case AttendanceStatus::Early: return Tr::tr("Early leave");
    case AttendanceStatus::Absent: return Tr::tr("Absent");
    case AttendanceStatus::MissingPunch: return Tr::tr("Missing punch");
    case AttendanceStatus::PersonalLeave: return Tr::tr("Personal leave");
    case AttendanceStatus::SickLeave: return Tr::tr("Sick leave");
    case AttendanceStatus::MarriageLeave: return Tr::tr("Marriage leave");
    case AttendanceStatus::BereavementLeave: return Tr::tr("Bereavement leave");
    case AttendanceStatus::Statutory: return Tr::tr("Statutory holiday");
    case AttendanceStatus::Rest: return Tr::tr("Rest day");
    case AttendanceStatus::CompTime: return Tr::tr("Comp time off");
    case AttendanceStatus::OutOnBusiness: return Tr::tr("Out on business");
    case AttendanceStatus::NotEmployed: return Tr::tr("Not employed");
    case AttendanceStatus::Upcoming: return Tr::tr("Not yet");
    }
    return {};
}

AttendanceStatus statusFor(FilingKind kind)
{
    switch (kind) {
    case FilingKind::PersonalLeave: return AttendanceStatus::PersonalLeave;
    case FilingKind::SickLeave: return AttendanceStatus::SickLeave;
    case FilingKind::MarriageLeave: return AttendanceStatus::MarriageLeave;
    case FilingKind::BereavementLeave: return AttendanceStatus::BereavementLeave;
    case FilingKind::CompTime: return AttendanceStatus::CompTime;
    case FilingKind::OutOnBusiness: return AttendanceStatus::OutOnBusiness;
    case FilingKind::Overtime: break;
    }
    return AttendanceStatus::Present;
}

// One character per half-day in the grid; the legend on every page explains them (ATT-10).
QString statusSymbol(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present: return Tr::tr("✓", "present");
    case AttendanceStatus::Late: return Tr::tr("L", "late");
    case AttendanceStatus::Early: return Tr::tr("E", "early leave");
    case AttendanceStatus::Absent: return Tr::tr("A", "absent");
    case AttendanceStatus::MissingPunch: return Tr::tr("M", "missing punch");
    case AttendanceStatus::PersonalLeave: return Tr::tr("P", "personal leave");
    case AttendanceStatus::SickLeave: return Tr::tr("S", "sick leave");
    case AttendanceStatus::MarriageLeave: return Tr::tr("W", "marriage (wedding) leave");
    case AttendanceStatus::BereavementLeave: return Tr::tr("B", "bereavement leave");
    case AttendanceStatus::Statutory: return Tr::tr("H", "statutory holiday");
    case AttendanceStatus::Rest: return Tr::tr("·", "rest day");
    case AttendanceStatus::CompTime: return Tr::tr("C", "comp time off");
    case AttendanceStatus::OutOnBusiness: return Tr::tr("O", "out on business");
    case AttendanceStatus::NotEmployed: return Tr::tr("-", "not employed");
    case AttendanceStatus::Upcoming: return QString();
    }
    return {};
}

QString escalationTitle(Escalation kind)
{
    switch (kind) {
    case Escalation::Reminder: return Tr::tr("Reminder");
    case Escalation::Warning: return Tr::tr("Warning");
    case Escalation::PublicNotice: return Tr::tr("Public notice");
    case Escalation::DismissalReview: return Tr::tr("Dismissal review");
    }
    return {};
}

} // namespace shopdesk
