#include "AttendanceOverview.h"

#include "AttendanceMonth.h"
#include "AttendancePolicyService.h"
#include "HrActions.h"
#include "MakeUpPunch.h"
#include "TimeRequests.h"
#include "common/Clock.h"
#include "data/TimeRequestRepository.h"
#include "ledgers/data/PeriodLockRepository.h"
#include "organisation/data/OrgRepository.h"

namespace shopdesk {

QStringList AttendanceOverview::forEveryone(const Actor &actor) const
{
    QStringList lines;
    if (actor.employeeId == 0)
        return lines;
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    auto people = OrgRepository(m_db).employees();
    auto requests = TimeRequestRepository(m_db).requests(0, today, today);
    if (people && requests) {
        qint64 department = 0;
        QHash<qint64, QString> names;
        for (const EmployeeSummary &e : *people) {
            names.insert(e.id, e.name);
            if (e.id == actor.employeeId)
                department = e.departmentId;
        }
        QStringList away;
        for (const EmployeeSummary &e : *people)
            if (e.departmentId == department && e.id != actor.employeeId)
                for (const TimeRequestRow &r : *requests)
                    if (r.employeeId == e.id && r.state == RequestState::Approved && !r.isOvertime()) {
                        away << QStringLiteral("%1 (%2)").arg(e.name, TimeRequests::kindTitle(r.kind));
                        break;
                    }
        lines << (away.isEmpty() ? tr("Nobody in your department is away today.")
                                 : tr("Away today in your department: %1").arg(away.join(QStringLiteral("、"))));
    }
    auto used = MakeUpPunch(m_db, m_clock).usedInMonth(actor.employeeId, today);
    auto policy = AttendancePolicyService(m_db, m_clock).policy();
    if (used && policy)
        lines << tr("Make-up punches this month: %1 of %2 used (ATT-12).").arg(*used).arg(policy->makeUpQuotaPerMonth);
    return lines;
}

QStringList AttendanceOverview::forHr(const Actor &actor) const
{
    QStringList lines;
    if (!Permissions::can(actor, HrAction::ViewAttendance))
        return lines;
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    const QDate yesterday = today.addDays(-1);
    auto sheet = AttendanceMonth(m_db, m_clock).sheet(actor, QDate(yesterday.year(), yesterday.month(), 1));
    if (sheet) {
        int late = 0, absent = 0, missing = 0;
        for (const EmployeeMonth &e : sheet->employees) {
            const DayOutcome &day = e.outcome.days.at(yesterday.day() - 1);
            bool wasLate = false, wasMissing = false;
            for (const SegmentOutcome &s : day.segments) {
                wasLate = wasLate || s.status == AttendanceStatus::Late || s.status == AttendanceStatus::Early;
                wasMissing = wasMissing || s.status == AttendanceStatus::MissingPunch;
            }
            late += wasLate ? 1 : 0;
            missing += wasMissing ? 1 : 0;
            absent += day.absenceDays > 0 ? 1 : 0;
        }
        lines << tr("Yesterday (%1): %2 late or early, %3 absent, %4 with a missing punch.")
                     .arg(yesterday.toString(Qt::ISODate))
                     .arg(late)
                     .arg(absent)
                     .arg(missing);
    }
    // The three months before this one that HR has not confirmed yet (ATT-11).
    QStringList open;
    for (int back = 3; back >= 1; --back) {
        const QDate month = QDate(today.year(), today.month(), 1).addMonths(-back);
        auto locked = PeriodLockRepository(m_db).isLocked(PeriodLockRepository::Attendance, month);
        if (locked && !*locked)
            open << PeriodLockRepository::monthKey(month);
    }
    if (!open.isEmpty())
        lines << tr("Not yet confirmed: %1.").arg(open.join(QStringLiteral(", ")));
    return lines;
}

} // namespace shopdesk
