#include "Offboarding.h"

#include "data/EmployeeRepository.h"

#include "HrActions.h"
#include "audit/AuditTrail.h"
#include "common/Clock.h"
#include "database/data/Database.h"
#include "users/ServerLogin.h"
#include "users/data/UserRepository.h"

namespace shopdesk {

QString Offboarding::settlementTitle(Settlement s)
{
    switch (s) {
    case Settlement::Open: return tr("Not leaving");
    case Settlement::Withheld: return tr("Withheld (notice under 30 days, HR-02)");
    case Settlement::Blocked: return tr("Blocked (company property not yet returned)");
    case Settlement::Released: return tr("Released");
    }
    return {};
}

Result<OffboardingState> Offboarding::state(const Actor &actor, qint64 employeeId) const
{
    if (!Permissions::can(actor, HrAction::ViewAttendance))
        return fail(Permissions::refusal(HrAction::ViewAttendance));
    EmployeeRepository repo(m_db);
    auto employee = repo.record(employeeId);
    auto property = repo.property(employeeId);
    if (!employee || !property)
        return fail(employee.error() + property.error());
    if (!*employee)
        return fail(tr("There is no such employee."));
    OffboardingState s{**employee, *property, 0, Settlement::Open, {}};
    for (const IssuedProperty &p : s.property)
        s.outstanding += p.state == PropertyState::Issued ? 1 : 0;
    if (s.employee.lastDay.isValid()) {
        // RULE HR-02: blocked until every item is back or written off; withheld for short notice.
        s.settlement = s.outstanding > 0                         ? Settlement::Blocked
            : s.employee.settlement == QLatin1String("withheld") ? Settlement::Withheld
                                                                 : Settlement::Released;
        if (s.outstanding > 0)
            s.warnings << tr("%n item(s) of company property not yet returned or written off.", nullptr, s.outstanding);
        if (s.employee.settlement == QLatin1String("withheld"))
            s.warnings << tr("Notice of %1 days is under 30 days: no settlement unless the manager waives it (HR-02).")
                              .arg(s.employee.noticeDate.daysTo(s.employee.lastDay));
    }
    return s;
}

Result<qint64> Offboarding::issue(const Actor &actor, const IssuedProperty &item)
{
    if (!Permissions::can(actor, HrAction::ManagePeople))
        return fail(Permissions::refusal(HrAction::ManagePeople));
    if (item.item.trimmed().isEmpty() || !item.issuedOn.isValid())
        return fail(tr("Name the item and the day it was handed out."));
    static const QStringList kinds{QStringLiteral("equipment"), QStringLiteral("key"), QStringLiteral("document"),
                                   QStringLiteral("other")};
    if (!kinds.contains(item.kind))
        return fail(tr("\"%1\" is not a kind of property.").arg(item.kind));
    return m_db.write([&]() -> Result<qint64> {
        auto id = EmployeeRepository(m_db).issue(item);
        if (!id)
            return id;
        if (Status s =
                AuditTrail(m_db, m_clock)
                    .record(actor, QStringLiteral("property.issue"), QStringLiteral("issued_property"),
                            QString::number(*id), {},
                            {{QStringLiteral("employee_id"), item.employeeId}, {QStringLiteral("item"), item.item}});
            !s)
            return s.failure();
        return id;
    });
}

Status Offboarding::close(const Actor &actor, qint64 itemId, bool returned, const QString &note)
{
    if (!Permissions::can(actor, HrAction::ManagePeople))
        return fail(Permissions::refusal(HrAction::ManagePeople));
    if (!returned && note.trimmed().isEmpty())
        return fail(tr("Say why the item is written off."));
    return m_db.write([&]() -> Status {
        EmployeeRepository repo(m_db);
        auto item = repo.propertyItem(itemId);
        if (!item || !*item)
            return fail(tr("There is no such item."));
        const PropertyState state = returned ? PropertyState::Returned : PropertyState::WrittenOff;
        auto changed =
            repo.closeProperty(itemId, (*item)->version, state, m_clock.nowUtc().toLocalTime().date(), note.trimmed());
        if (!changed)
            return changed.failure();
        if (!*changed)
            return conflict(tr("%1 was already closed by someone else.").arg((*item)->item));
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("property.close"), QStringLiteral("issued_property"), QString::number(itemId),
                    {{QStringLiteral("state"), propertyStateKey(PropertyState::Issued)}},
                    {{QStringLiteral("state"), propertyStateKey(state)}, {QStringLiteral("note"), note.trimmed()}});
    });
}

Result<OffboardingState> Offboarding::resign(const Actor &actor, qint64 employeeId, const QDate &noticeDate,
                                             const QDate &lastDay)
{
    if (!Permissions::can(actor, HrAction::ManagePeople))
        return fail(Permissions::refusal(HrAction::ManagePeople));
    if (!noticeDate.isValid() || !lastDay.isValid() || lastDay < noticeDate)
        return fail(tr("The last working day cannot come before the notice."));
    auto written = m_db.write([&]() -> Status {
        EmployeeRepository repo(m_db);
        auto current = repo.record(employeeId);
        if (!current || !*current)
            return fail(tr("There is no such employee."));
        EmployeeRecord r = **current;
        // RULE HR-02: regular staff give one month's notice, else no settlement (a warning, and
        // the settlement withheld until the manager waives it). A month is 30 days here, as the
        // rule's resolution says: a calendar month would let 28 days pass in February.
        const bool shortNotice = r.status == EmployeeStatus::Regular && noticeDate.daysTo(lastDay) < kNoticeDays;
        r.noticeDate = noticeDate;
        r.lastDay = lastDay;
        r.status = EmployeeStatus::Leaving;
        r.settlement = shortNotice ? QStringLiteral("withheld") : QString();
        auto changed = repo.update(r);
        if (!changed)
            return changed.failure();
        if (!*changed)
            return conflict(tr("Someone else saved %1 meanwhile; reload.").arg(r.summary.name));
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("employee.resign"), QStringLiteral("employees"), QString::number(employeeId),
                    {},
                    {{QStringLiteral("notice_date"), noticeDate.toString(Qt::ISODate)},
                     {QStringLiteral("last_day"), lastDay.toString(Qt::ISODate)},
                     {QStringLiteral("short_notice"), shortNotice}});
    });
    if (!written)
        return written.failure();
    return state(actor, employeeId);
}

Status Offboarding::waiveNotice(const Actor &actor, qint64 employeeId)
{
    // The manager (the person's department head, or anyone above them) waives the short notice.
    if (!actor.managedEmployeeIds.contains(employeeId) && !actor.roles.contains(Role::GeneralManager))
        return fail(tr("Only the person's manager waives the notice (HR-02)."));
    return m_db.write([&]() -> Status {
        EmployeeRepository repo(m_db);
        auto current = repo.record(employeeId);
        if (!current || !*current)
            return fail(tr("There is no such employee."));
        EmployeeRecord r = **current;
        r.settlement.clear();
        auto changed = repo.update(r);
        if (!changed || !*changed)
            return changed ? conflict(tr("Someone else saved %1 meanwhile; reload.").arg(r.summary.name))
                           : changed.failure();
        return AuditTrail(m_db, m_clock)
            .record(actor, QStringLiteral("employee.notice_waived"), QStringLiteral("employees"),
                    QString::number(employeeId), {{QStringLiteral("settlement"), QStringLiteral("withheld")}},
                    {{QStringLiteral("settlement"), QString()}});
    });
}

Result<int> Offboarding::disableAccountsOfLeavers(const Actor &system)
{
    const QDate today = m_clock.nowUtc().toLocalTime().date();
    auto due = EmployeeRepository(m_db).usersToDisable(today);
    if (!due)
        return due.failure();
    if (due->isEmpty())
        return 0; // the usual case: nothing written
    auto done = m_db.write([&]() -> Status {
        for (qint64 user : *due) {
            if (Status s = EmployeeRepository(m_db).disableUser(user); !s)
                return s;
            auto record = UserRepository(m_db).findById(user); // issue 20: their server login closes too
            if (!record)
                return record.failure();
            if (Status s = ServerLogin::keep(m_db, record->userName); !s)
                return s;
            if (Status s = AuditTrail(m_db, m_clock)
                               .record(system, QStringLiteral("user.disable"), QStringLiteral("user"),
                                       QString::number(user), {{QStringLiteral("disabled"), false}},
                                       {{QStringLiteral("disabled"), true},
                                        {QStringLiteral("reason"), QStringLiteral("last day (HR-02)")}});
                !s)
                return s;
        }
        return success();
    });
    if (!done)
        return done.failure();
    return int(due->size());
}

} // namespace shopdesk
