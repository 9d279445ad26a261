#include "DutyRosterService.h"

#include "HrActions.h"
#include "approval/Approvals.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "data/RosterRepository.h"
#include "database/data/Database.h"
#include "organisation/data/OrgRepository.h"

#include <QJsonArray>

namespace shopdesk {

namespace {
QDate firstOf(const QDate &d)
{
    return QDate(d.year(), d.month(), 1);
}

QJsonObject dayJson(const DutyDay &d)
{
    return {{QStringLiteral("day"), d.date.toString(Qt::ISODate)},
            {QStringLiteral("main"), d.mainEmployee},
            {QStringLiteral("support"), d.supportEmployee}};
}

DutyDay dayFrom(const QJsonObject &o)
{
    return {QDate::fromString(o.value(QStringLiteral("day")).toString(), Qt::ISODate),
            o.value(QStringLiteral("main")).toInteger(), o.value(QStringLiteral("support")).toInteger()};
}

Status applySwap(const OutcomeContext &context, const ApprovalRequest &request, bool approved)
{
    if (!approved)
        return success();
    const DutyDay day = dayFrom(request.payload);
    if (Status s = RosterRepository(context.db).setDay(day); !s)
        return s;
    return AuditTrail(context.db, context.clock)
        .record(context.decider, QStringLiteral("roster.swap"), QStringLiteral("duty_roster"),
                day.date.toString(Qt::ISODate), request.payload.value(QStringLiteral("before")).toObject(),
                dayJson(day));
}

QString describeSwap(const ApprovalRequest &request)
{
    return DutyRosterService::tr("Duty on %1: %2")
        .arg(request.payload.value(QStringLiteral("day")).toString(),
             request.payload.value(QStringLiteral("names")).toString());
}
} // namespace

const ApprovalType &DutyRosterService::swapType()
{
    static const ApprovalType t{SwapTypeId, QT_TRANSLATE_NOOP("ApprovalType", "Duty swap"),
                                [](const QJsonObject &) { return QList<ApproverKind>{ApproverKind::DepartmentHead}; },
                                &applySwap, &describeSwap};
    return t;
}

Result<QList<DutyDay>> DutyRosterService::month(const QDate &anyDay) const
{
    const QDate first = firstOf(anyDay);
    return RosterRepository(m_db).days(first, first.addMonths(1).addDays(-1));
}

Result<bool> DutyRosterService::isPublished(const QDate &anyDay) const
{
    return RosterRepository(m_db).isPublished(anyDay);
}

Result<QList<DutyDay>> DutyRosterService::generate(const Actor &actor, const QDate &anyDay, const QList<qint64> &people)
{
    if (!Permissions::can(actor, HrAction::ManageAttendance))
        return fail(Permissions::refusal(HrAction::ManageAttendance));
    const QDate first = firstOf(anyDay);
    return m_db.write([&]() -> Result<QList<DutyDay>> {
        RosterRepository roster(m_db);
        auto published = roster.isPublished(first);
        if (!published)
            return published.failure();
        if (*published)
            return fail(tr("The roster of %1 is published; change a day by a swap request.")
                            .arg(first.toString(QStringLiteral("yyyy-MM"))));
        auto before = roster.days(first.addDays(-1), first.addDays(-1));
        if (!before)
            return before.failure();
        auto days = DutyRoster::generate(first, first.addMonths(1).addDays(-1), people,
                                         before->isEmpty() ? 0 : before->first().mainEmployee);
        if (!days)
            return days;
        for (const DutyDay &d : *days)
            if (Status s = roster.setDay(d); !s)
                return s.failure();
        QJsonArray ids;
        for (qint64 p : people)
            ids.append(p);
        if (Status s = AuditTrail(m_db, m_clock)
                           .record(actor, QStringLiteral("roster.generate"), QStringLiteral("duty_roster"),
                                   first.toString(QStringLiteral("yyyy-MM")), {}, {{QStringLiteral("people"), ids}});
            !s)
            return s.failure();
        return days;
    });
}

// A hand edit must keep the rules with the days around it (ATT-01, ATT-02).
Status DutyRosterService::checked(const DutyDay &day) const
{
    auto around = RosterRepository(m_db).days(day.date.addDays(-1), day.date.addDays(1));
    if (!around)
        return around.failure();
    QList<DutyDay> days;
    for (const DutyDay &d : *around)
        days.append(d.date == day.date ? day : d);
    if (std::none_of(days.cbegin(), days.cend(), [&](const DutyDay &d) { return d.date == day.date; })) {
        days.append(day);
        std::sort(days.begin(), days.end(), [](const DutyDay &a, const DutyDay &b) { return a.date < b.date; });
    }
    QHash<qint64, QString> names;
    if (auto people = OrgRepository(m_db).employees())
        for (const EmployeeSummary &e : *people)
            names.insert(e.id, e.name);
    const QList<RosterProblem> problems = DutyRoster::problems(days, names);
    if (!problems.isEmpty())
        return fail(problems.first().date.toString(Qt::ISODate) + QStringLiteral(": ") + problems.first().message);
    return success();
}

Status DutyRosterService::setDay(const Actor &actor, const DutyDay &day)
{
    if (!Permissions::can(actor, HrAction::ManageAttendance))
        return fail(Permissions::refusal(HrAction::ManageAttendance));
    return m_db.write([&]() -> Status {
        auto published = RosterRepository(m_db).isPublished(day.date);
        if (!published)
            return published.failure();
        if (*published)
            return fail(tr("The roster of %1 is published; change a day by a swap request.")
                            .arg(day.date.toString(QStringLiteral("yyyy-MM"))));
        if (Status s = checked(day); !s)
            return s;
        if (Status s = RosterRepository(m_db).setDay(day); !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("roster.day"), QStringLiteral("duty_roster"), day.date.toString(Qt::ISODate),
                    {}, dayJson(day));
    });
}

Status DutyRosterService::publish(const Actor &actor, const QDate &anyDay)
{
    if (!Permissions::can(actor, HrAction::ManageAttendance))
        return fail(Permissions::refusal(HrAction::ManageAttendance));
    return m_db.write([&]() -> Status {
        auto days = month(anyDay);
        if (!days)
            return days.failure();
        if (days->size() != firstOf(anyDay).daysInMonth())
            return fail(tr("Every day of the month needs its duty before the roster is published."));
        if (Status s = RosterRepository(m_db).publish(anyDay, actor.userId, toStoredInstant(m_clock.nowUtc())); !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("roster.publish"), QStringLiteral("duty_months"),
                    anyDay.toString(QStringLiteral("yyyy-MM")), {}, {});
    });
}

Result<qint64> DutyRosterService::requestSwap(const Actor &actor, const DutyDay &wanted, const QString &reason)
{
    if (!Permissions::can(actor, HrAction::ManageAttendance) && actor.employeeId == 0)
        return fail(Permissions::refusal(HrAction::ManageAttendance));
    return m_db.write([&]() -> Result<qint64> {
        if (Status s = checked(wanted); !s)
            return s.failure();
        auto current = RosterRepository(m_db).days(wanted.date, wanted.date);
        if (!current)
            return current.failure();
        auto mainPerson = OrgRepository(m_db).employee(wanted.mainEmployee);
        auto supportPerson = OrgRepository(m_db).employee(wanted.supportEmployee);
        if (!mainPerson || !supportPerson || mainPerson->id == 0 || supportPerson->id == 0)
            return fail(tr("Choose a main and a support person."));
        NewApproval n;
        n.type = SwapTypeId;
        n.subjectModule = QStringLiteral("attendance");
        n.subjectId = wanted.date.toString(Qt::ISODate);
        n.title = tr("Duty swap on %1").arg(wanted.date.toString(Qt::ISODate));
        QJsonObject payload = dayJson(wanted);
        payload.insert(QStringLiteral("names"), tr("main %1, support %2").arg(mainPerson->name, supportPerson->name));
        payload.insert(QStringLiteral("reason"), reason);
        payload.insert(QStringLiteral("before"), current->isEmpty() ? QJsonObject{} : dayJson(current->first()));
        n.payload = payload;
        n.aboutEmployeeId = wanted.mainEmployee;
        return Approvals(m_db, m_clock).submitInTransaction(actor, n);
    });
}

Report DutyRosterService::printable(const QDate &anyDay, const QList<DutyDay> &days,
                                    const QHash<qint64, QString> &names, const QString &companyName)
{
    const QDate first = firstOf(anyDay);
    Report report;
    report.companyName = companyName;
    report.title = tr("Duty roster %1").arg(first.toString(QStringLiteral("yyyy-MM")));
    report.subtitle = tr("Main duty 07:30-11:30 and 15:00-22:00, rest the next day; support duty 07:30-17:00 and the "
                         "day's office cleaning (ATT-01, DUTY-01)");
    report.landscape = true;
    ReportTable weeks;
    weeks.header = {tr("Monday"), tr("Tuesday"),  tr("Wednesday"), tr("Thursday"),
                    tr("Friday"), tr("Saturday"), tr("Sunday")};
    weeks.widths = {1, 1, 1, 1, 1, 1, 1};
    weeks.frozenColumns = 0;
    QHash<QDate, DutyDay> byDate;
    for (const DutyDay &d : days)
        byDate.insert(d.date, d);
    QStringList week(7);
    for (QDate d = first; d.month() == first.month(); d = d.addDays(1)) {
        const DutyDay duty = byDate.value(d);
        week[d.dayOfWeek() - 1] = tr("%1\nMain: %2\nSupport and cleaning: %3")
                                      .arg(d.day())
                                      .arg(names.value(duty.mainEmployee, QStringLiteral("-")),
                                           names.value(duty.supportEmployee, QStringLiteral("-")));
        if (d.dayOfWeek() == 7 || d.addDays(1).month() != first.month()) {
            weeks.rows << week;
            week = QStringList(7);
        }
    }
    report.tables << weeks;
    report.signatures << tr("Prepared by:") << tr("Approved by:");
    return report;
}

} // namespace shopdesk
