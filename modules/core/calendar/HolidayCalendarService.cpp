#include "calendar/HolidayCalendarService.h"

#include "audit/AuditTrail.h"
#include "calendar/data/CalendarRepository.h"
#include "common/Clock.h"
#include "database/data/Database.h"

namespace shopdesk {

Result<HolidayCalendar> HolidayCalendarService::calendar() const
{
    auto calendar = HolidayCalendar::shipped();
    if (!calendar)
        return calendar;
    auto stored = CalendarRepository(m_db).storedYears();
    if (!stored)
        return stored.failure();
    for (auto it = stored->constBegin(); it != stored->constEnd(); ++it)
        calendar->replaceYear(it.key(), it.value());
    return calendar;
}

Status HolidayCalendarService::storeYear(const Actor &actor, const HolidayCalendar &calendar, int year,
                                         const QString &source, const QJsonObject &before, const QJsonObject &after)
{
    const QString now = toStoredInstant(m_clock.nowUtc());
    if (Status s = CalendarRepository(m_db).storeYear(year, calendar.specialDays(year), source, now); !s)
        return s;
    return AuditTrail(m_db, m_clock)
        .record(actor, QStringLiteral("calendar.change"), QStringLiteral("calendar"), QString::number(year), before,
                after);
}

Status HolidayCalendarService::setDay(const Actor &actor, const HolidayCalendar::SpecialDay &day)
{
    if (!Permissions::can(actor, Action::ManageCalendar))
        return fail(Permissions::refusal(Action::ManageCalendar));
    if (!day.date.isValid())
        return fail(tr("Choose a date."));
    return m_db.write([&]() -> Status {
        auto current = calendar();
        if (!current)
            return current.failure();
        const QJsonObject before{{QStringLiteral("day"), day.date.toString(Qt::ISODate)},
                                 {QStringLiteral("type"), dayTypeKey(current->typeOf(day.date))}};
        current->setDay(day);
        const QJsonObject after{{QStringLiteral("day"), day.date.toString(Qt::ISODate)},
                                {QStringLiteral("type"), dayTypeKey(day.type)},
                                {QStringLiteral("name"), day.nameZh}};
        return storeYear(actor, *current, day.date.year(), QStringLiteral("edited"), before, after);
    });
}

Status HolidayCalendarService::clearDay(const Actor &actor, const QDate &date)
{
    if (!Permissions::can(actor, Action::ManageCalendar))
        return fail(Permissions::refusal(Action::ManageCalendar));
    return m_db.write([&]() -> Status {
        auto current = calendar();
        if (!current)
            return current.failure();
        const QJsonObject before{{QStringLiteral("day"), date.toString(Qt::ISODate)},
                                 {QStringLiteral("type"), dayTypeKey(current->typeOf(date))}};
        current->clearDay(date);
        const QJsonObject after{{QStringLiteral("day"), date.toString(Qt::ISODate)},
                                {QStringLiteral("type"), dayTypeKey(current->typeOf(date))}};
        return storeYear(actor, *current, date.year(), QStringLiteral("edited"), before, after);
    });
}

Result<QList<int>> HolidayCalendarService::importJson(const Actor &actor, const QByteArray &json,
                                                      const QString &fileName)
{
    if (!Permissions::can(actor, Action::ManageCalendar))
        return fail(Permissions::refusal(Action::ManageCalendar));
    auto imported = HolidayCalendar::fromJson(json, fileName);
    if (!imported)
        return imported.failure();
    const QList<int> years = imported->years();
    auto done = m_db.write([&]() -> Status {
        for (int year : years) {
            const QJsonObject after{{QStringLiteral("file"), fileName},
                                    {QStringLiteral("special_days"), int(imported->specialDays(year).size())}};
            if (Status s = storeYear(actor, *imported, year, fileName, {}, after); !s)
                return s;
        }
        return success();
    });
    if (!done)
        return done.failure();
    return years;
}

} // namespace shopdesk
