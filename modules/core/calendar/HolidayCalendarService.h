#pragma once

#include "calendar/domain/HolidayCalendar.h"
#include "common/Result.h"
#include "users/domain/Permissions.h"

namespace shopdesk {

class Clock;
class Database;

// RULE HOL-01: the calendar every PC uses: the one shipped, with the years an administrator
// imported or edited (stored whole in the database) in place of the shipped ones.
class HolidayCalendarService
{
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendarService)
public:
    HolidayCalendarService(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    Result<HolidayCalendar> calendar() const;
    // An administrator marks one day (HOL-01); audited with the day's type before and after.
    Status setDay(const Actor &actor, const HolidayCalendar::SpecialDay &day);
    Status clearDay(const Actor &actor, const QDate &date);
    // A new year's arrangements in the shipped JSON shape; returns the years imported.
    Result<QList<int>> importJson(const Actor &actor, const QByteArray &json, const QString &fileName);

private:
    Status storeYear(const Actor &actor, const HolidayCalendar &calendar, int year, const QString &source,
                     const QJsonObject &before, const QJsonObject &after);
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
