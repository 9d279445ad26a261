#pragma once

#include "approval/domain/ApprovalChain.h"
#include "attachments/domain/AttachedFile.h"
#include "calendar/domain/HolidayCalendar.h"
#include "common/Result.h"
#include "domain/AttendanceDay.h"

#include <QCoreApplication>

namespace shopdesk {

// Kinds of leave (LEAVE-02, -03, -06; OT-02 comp time off). A hospital visit is sick leave for
// the hours actually away.
enum class LeaveKind { Personal, Sick, Marriage, Bereavement, CompTime, HospitalVisit };

QString leaveKindKey(LeaveKind kind);
std::optional<LeaveKind> leaveKindFromKey(const QString &key);
QString leaveKindTitle(LeaveKind kind); // translated
FilingKind filingKindOf(LeaveKind kind);

// The settings of the leave rules (RULES.md defaults).
struct LeaveSettings
{
    double marriageDays = 3; // LEAVE-06 entitlement
    double bereavementDays = 3; // LEAVE-06 entitlement
    int lateFilingHours = 24; // LEAVE-01: one day ahead
    double sickSupervisorDays = 3; // LEAVE-02: up to 3 days the direct supervisor
    double personalSupervisorDays = 2; // LEAVE-03: up to 2 days the direct supervisor
    double compHoursPerDay = 6; // the administrative shift's hours (ATT-01)
};

// A leave request as filed. Day leave runs from a date's start (00:00) or noon (12:00) to noon or
// the day's end (23:59); a hospital visit gives its hours.
struct LeaveDraft
{
    LeaveKind kind = LeaveKind::Personal;
    QDateTime from, to; // wall clock
    QString reason;
    bool emergency = false; // LEAVE-04: filed afterwards, the supervisor told by phone
    QList<AttachedFile> attachments; // LEAVE-02: the hospital certificate
};

struct LeaveCheck
{
    double days = 0; // working days, in halves
    double hours = 0; // for a hospital visit
    bool lateFiling = false; // LEAVE-01: less than a day ahead
    bool afterTheFact = false;
};

// The leave rules, pure: how long a request is, whether it may be filed, and who approves it.
class LeaveRules
{
    Q_DECLARE_TR_FUNCTIONS(LeaveRules)
public:
    explicit LeaveRules(LeaveSettings settings = {}) : m_settings(settings) {}

    // Working days from `from` to `to` by the calendar (weekends and holidays do not count); a
    // first day from noon or a last day to noon counts half.
    static double workingDays(const QDateTime &from, const QDateTime &to, const HolidayCalendar &calendar);

    // RULE LEAVE-02/03, LEAVE-07 (issue 11): leave that starts on `nextDay` continues a run that
    // ended on `lastDay` when no working day lies between them (a weekend, a holiday).
    static bool continuesRun(const QDate &lastDay, const QDate &nextDay, const HolidayCalendar &calendar);

    // `priorDays`: the days of the run this leave continues (adjacent leave of the same kind, an
    // extension's original): routing, the certificate and the entitlements look at the whole run.
    Result<LeaveCheck> check(const LeaveDraft &draft, const QDateTime &filedAt, const HolidayCalendar &calendar,
                             double compBalanceHours, double priorDays = 0) const;
    // RULE LEAVE-02, LEAVE-03: up to and including N days the direct supervisor; more, the
    // senior manager after them. Marriage and bereavement leave go to the department head.
    QList<ApproverKind> route(LeaveKind kind, double totalDays) const;
    const LeaveSettings &settings() const { return m_settings; }

private:
    LeaveSettings m_settings;
};

} // namespace shopdesk
