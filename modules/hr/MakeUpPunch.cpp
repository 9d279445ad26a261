#include "MakeUpPunch.h"
#include "data/MakeUpPunchRepository.h"

#include "AttendancePolicyService.h"
#include "HrActions.h"
#include "LateChanges.h"
#include "approval/Approvals.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "common/domain/WallClock.h"
#include "data/PunchRepository.h"
#include "database/data/Database.h"
#include "organisation/data/OrgRepository.h"

namespace shopdesk {

namespace {
Status apply(const OutcomeContext &context, const ApprovalRequest &request, bool approved)
{
    if (!approved)
        return success();
    const qint64 employee = request.payload.value(QStringLiteral("employee_id")).toInteger();
    const qint64 at = request.payload.value(QStringLiteral("at")).toInteger();
    if (Status s = PunchRepository(context.db).addMakeUp(employee, at, request.id); !s)
        return s;
    // ATT-12 allows filing late: flagged on the report, carried to the next payroll.
    const QString what =
        MakeUpPunch::tr("Make-up punch %1").arg(fromWallSeconds(at).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (Status s = LateChanges::recordIfConfirmed(context.db, context.clock, context.decider, employee,
                                                  fromWallSeconds(at).date(), what);
        !s)
        return s;
    return AuditTrail(context.db, context.clock)
        .record(context.decider, QStringLiteral("punches.make_up"), QStringLiteral("punches"),
                QString::number(request.id), {}, request.payload);
}

QString describe(const ApprovalRequest &request)
{
    return MakeUpPunch::tr("Make-up punch at %1: %2")
        .arg(fromWallSeconds(request.payload.value(QStringLiteral("at")).toInteger())
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             request.payload.value(QStringLiteral("reason")).toString());
}
} // namespace

const ApprovalType &MakeUpPunch::type()
{
    static const ApprovalType t{TypeId, QT_TRANSLATE_NOOP("ApprovalType", "Make-up punch"),
                                [](const QJsonObject &) { return QList<ApproverKind>{ApproverKind::DirectSupervisor}; },
                                &apply, &describe};
    return t;
}

Result<int> MakeUpPunch::usedInMonth(qint64 employeeId, const QDate &anyDay) const
{
    const QDate first(anyDay.year(), anyDay.month(), 1);
    return MakeUpPunchRepository(m_db).countHeld(employeeId, wallSeconds(first, QTime(0, 0)),
                                                 wallSeconds(first.addMonths(1), QTime(0, 0)));
}

Result<qint64> MakeUpPunch::request(const Actor &actor, qint64 employeeId, const QDateTime &at, const QString &reason)
{
    const bool own = actor.employeeId != 0 && actor.employeeId == employeeId;
    if (!(own && Permissions::can(actor, HrAction::FileOwnRequests))
        && !Permissions::can(actor, HrAction::ManageAttendance))
        return fail(Permissions::refusal(HrAction::ManageAttendance));
    if (!at.isValid())
        return fail(tr("Give the date and time of the punch."));
    if (reason.trimmed().isEmpty())
        return fail(tr("A make-up punch needs a reason (ATT-12)."));
    if (at > m_clock.nowUtc().toLocalTime())
        return fail(tr("A make-up punch cannot be in the future."));
    auto policy = AttendancePolicyService(m_db, m_clock).policy();
    if (!policy)
        return policy.failure();
    auto person = OrgRepository(m_db).employee(employeeId);
    if (!person || person->id == 0)
        return fail(tr("There is no such employee."));
    return m_db.write([&]() -> Result<qint64> {
        auto used = usedInMonth(employeeId, at.date());
        if (!used)
            return used.failure();
        if (*used >= policy->makeUpQuotaPerMonth)
            return fail(tr("%1 has used the %2 make-up punches allowed in %3 (ATT-12).")
                            .arg(person->name)
                            .arg(policy->makeUpQuotaPerMonth)
                            .arg(at.toString(QStringLiteral("yyyy-MM"))));
        NewApproval n;
        n.type = TypeId;
        n.subjectModule = QStringLiteral("attendance");
        n.subjectId = QString::number(employeeId);
        n.title = tr("Make-up punch for %1, %2").arg(person->name, at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        n.payload = {{QStringLiteral("employee_id"), employeeId},
                     {QStringLiteral("at"), wallSeconds(at)},
                     {QStringLiteral("reason"), reason.trimmed()}};
        n.aboutEmployeeId = employeeId;
        auto id = Approvals(m_db, m_clock).submitInTransaction(actor, n);
        if (!id)
            return id;
        if (Status s = MakeUpPunchRepository(m_db).add(*id, employeeId, wallSeconds(at), reason.trimmed()); !s)
            return s.failure();
        return id;
    });
}

} // namespace shopdesk
