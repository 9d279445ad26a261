#include "CustomerServiceRoster.h"

#include "ShopActions.h"
#include "audit/AuditTrail.h"
#include "calendar/HolidayCalendarService.h"
#include "common/Clock.h"
#include "data/ServiceRosterRepository.h"
#include "database/data/Database.h"
#include "domain/ShopTime.h"
#include "organisation/data/OrgRepository.h"
#include "settings/CompanySettings.h"
#include "settings/data/SettingsStore.h"

#include <QJsonArray>
#include <QLocale>

namespace shopdesk {

namespace {
const QString kChatFrom = QStringLiteral("service.chat_from");
const QString kChatTo = QStringLiteral("service.chat_to");

QJsonArray idsJson(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return a;
}
} // namespace

Status CustomerServiceRoster::requireKeeper(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, ShopAction::Service); !s)
        return s;
    if (!actor.roles.contains(Role::ServiceSupervisor) && !actor.roles.contains(Role::DepartmentHead))
        return fail(tr("Only the service supervisor or a department head keeps the service roster (CS-01)."));
    return success();
}

ChatHours CustomerServiceRoster::hours() const
{
    SettingsStore settings(m_db);
    ChatHours h;
    const QTime from = QTime::fromString(settings.value(kChatFrom), QStringLiteral("HH:mm"));
    const QTime to = QTime::fromString(settings.value(kChatTo), QStringLiteral("HH:mm"));
    if (from.isValid() && to.isValid() && from < to) {
        h.from = from;
        h.to = to;
    }
    return h;
}

Status CustomerServiceRoster::setHours(const Actor &actor, const ChatHours &hours)
{
    if (Status s = requireKeeper(actor); !s)
        return s;
    if (!hours.from.isValid() || !hours.to.isValid() || hours.from >= hours.to)
        return fail(tr("The chat opens before it closes, on the same day."));
    const ChatHours before = this->hours();
    return m_db.write([&]() -> Status {
        SettingsStore settings(m_db);
        if (Status s = settings.set(kChatFrom, hours.from.toString(QStringLiteral("HH:mm"))); !s)
            return s;
        if (Status s = settings.set(kChatTo, hours.to.toString(QStringLiteral("HH:mm"))); !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.service.hours"), QStringLiteral("settings"), kChatFrom,
                    {{QStringLiteral("from"), before.from.toString(QStringLiteral("HH:mm"))},
                     {QStringLiteral("to"), before.to.toString(QStringLiteral("HH:mm"))}},
                    {{QStringLiteral("from"), hours.from.toString(QStringLiteral("HH:mm"))},
                     {QStringLiteral("to"), hours.to.toString(QStringLiteral("HH:mm"))}});
    });
}

Result<ServicePools> CustomerServiceRoster::pools(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, ShopAction::View); !s)
        return s.failure();
    return ServiceRosterRepository(m_db).pools();
}

Status CustomerServiceRoster::setPools(const Actor &actor, const ServicePools &pools)
{
    if (Status s = requireKeeper(actor); !s)
        return s;
    return m_db.write([&]() -> Status {
        ServiceRosterRepository repo(m_db);
        auto before = repo.pools();
        if (!before)
            return before.failure();
        if (Status s = repo.setPools(pools); !s)
            return s;
        const auto json = [](const ServicePools &p) {
            return QJsonObject{{QStringLiteral("chat"), idsJson(p.chatAgents)},
                               {QStringLiteral("weekend"), idsJson(p.weekendStaff)},
                               {QStringLiteral("hotline"), idsJson(p.dutyManagers)}};
        };
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.service.pools"), QStringLiteral("service_pools"), QString(),
                    json(*before), json(pools));
    });
}

Result<QList<EmployeeSummary>> CustomerServiceRoster::people(const Actor &actor) const
{
    if (Status s = Permissions::require(actor, ShopAction::View); !s)
        return s.failure();
    return OrgRepository(m_db).employees();
}

Result<QList<RosterDay>> CustomerServiceRoster::month(const Actor &actor, const QDate &month) const
{
    if (Status s = Permissions::require(actor, ShopAction::View); !s)
        return s.failure();
    auto calendar = HolidayCalendarService(m_db, m_clock).calendar();
    if (!calendar)
        return calendar.failure();
    const QDate first(month.year(), month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    auto stored = ServiceRosterRepository(m_db).days(first, last);
    if (!stored)
        return stored.failure();
    QHash<QDate, RosterDay> byDay;
    for (const RosterDay &d : *stored)
        byDay.insert(d.day, d);
    QList<RosterDay> days;
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        RosterDay day = byDay.value(d);
        day.day = d;
        day.restDay = !isWorkingDay(calendar->typeOf(d)); // CS-01: weekends and holidays by HOL-01
        day.dayNote = calendar->holidayName(d);
        days.append(day);
    }
    return days;
}

Result<int> CustomerServiceRoster::generate(const Actor &actor, const QDate &month)
{
    if (Status s = requireKeeper(actor); !s)
        return s.failure();
    auto pools = ServiceRosterRepository(m_db).pools();
    if (!pools)
        return pools.failure();
    if (const QString problem = ServiceRosterRules::poolsProblem(*pools); !problem.isEmpty())
        return fail(problem);
    auto days = this->month(actor, month);
    if (!days)
        return days.failure();
    const QDate today = ShopTime::dayOf(m_clock.nowUtc());
    ServiceRosterRules::Counts kept;
    QList<RosterDay> toFill;
    for (const RosterDay &d : *days) {
        if (d.day < today) { // the past stays as it was, and counts
            if (d.chat)
                ++(d.restDay ? kept.restDayChat : kept.workdayChat)[d.chat];
            if (d.hotline)
                ++kept.hotline[d.hotline];
        } else {
            toFill.append(d);
        }
    }
    if (toFill.isEmpty())
        return fail(
            tr("%1 is over: its roster stays as it was.").arg(QLocale().toString(month, QStringLiteral("yyyy-MM"))));
    const QList<RosterDay> filled =
        ServiceRosterRules::generate(toFill, *pools, kept, month.year() * 12 + month.month());
    Status written = m_db.write([&]() -> Status {
        if (Status s = ServiceRosterRepository(m_db).replace(filled); !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.service.roster"), QStringLiteral("service_roster"),
                    month.toString(QStringLiteral("yyyy-MM")), {},
                    {{QStringLiteral("from"), filled.first().day.toString(Qt::ISODate)},
                     {QStringLiteral("to"), filled.last().day.toString(Qt::ISODate)}});
    });
    if (!written)
        return written.failure();
    return int(filled.size());
}

Status CustomerServiceRoster::assign(const Actor &actor, const QDate &day, ServiceDuty duty, qint64 employeeId)
{
    if (Status s = requireKeeper(actor); !s)
        return s;
    auto employee = OrgRepository(m_db).employee(employeeId);
    if (!employee)
        return employee.failure();
    if (employee->id == 0)
        return fail(tr("Choose who covers."));
    auto calendar = HolidayCalendarService(m_db, m_clock).calendar();
    if (!calendar)
        return calendar.failure();
    const bool restDay = !isWorkingDay(calendar->typeOf(day));
    return m_db.write([&]() -> Status {
        ServiceRosterRepository repo(m_db);
        auto before = repo.days(day, day); // read in the write: the audit says what it replaced
        if (!before)
            return before.failure();
        const RosterDay was = before->value(0);
        if (Status s = repo.setDuty(day, duty, employeeId, restDay); !s)
            return s;
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("shop.service.assign"), QStringLiteral("service_roster"),
                    QStringLiteral("%1 %2").arg(day.toString(Qt::ISODate), serviceDutyKey(duty)),
                    {{QStringLiteral("employee"), duty == ServiceDuty::Chat ? was.chat : was.hotline}},
                    {{QStringLiteral("employee"), employeeId}});
    });
}

Result<std::optional<Cover>> CustomerServiceRoster::coverNow() const
{
    const QDateTime now = ShopTime::inChina(m_clock.nowUtc());
    auto rows = ServiceRosterRepository(m_db).days(now.date().addDays(-1), now.date());
    if (!rows)
        return rows.failure();
    RosterDay today, yesterday;
    for (const RosterDay &d : *rows)
        (d.day == now.date() ? today : yesterday) = d;
    return ServiceRosterRules::coverAt(now, hours(), today, yesterday);
}

Result<Report> CustomerServiceRoster::report(const Actor &actor, const QDate &month) const
{
    auto days = this->month(actor, month);
    if (!days)
        return days.failure();
    const ChatHours h = hours();
    Report r;
    r.companyName = CompanySettings(m_db, m_clock).companyName();
    r.title = tr("Customer service roster %1").arg(month.toString(QStringLiteral("yyyy-MM")));
    r.subtitle = tr("Online chat %1-%2; outside those hours the 400 hotline is forwarded to the duty manager (CS-01).")
                     .arg(h.from.toString(QStringLiteral("HH:mm")), h.to.toString(QStringLiteral("HH:mm")));
    r.landscape = false;
    ReportTable t;
    t.header = {tr("Date"), tr("Day"), tr("Online chat"), tr("400 hotline (evening and night)")};
    t.widths = {22, 30, 30, 40};
    t.textColumns = {1, 2, 3};
    const QLocale locale;
    for (const RosterDay &d : *days) {
        QString day = locale.dayName(d.day.dayOfWeek(), QLocale::ShortFormat);
        if (!d.dayNote.isEmpty())
            day += QStringLiteral(" · ") + d.dayNote;
        else if (d.restDay)
            day += QStringLiteral(" · ") + tr("rest day");
        t.rows.append({d.day.toString(Qt::ISODate), day, d.chatName, d.hotlineName});
    }
    r.tables.append(t);
    r.signatures = {tr("Prepared by"), tr("Service supervisor")};
    return r;
}

} // namespace shopdesk
