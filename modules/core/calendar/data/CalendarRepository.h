#pragma once

#include "calendar/domain/HolidayCalendar.h"
#include "common/Result.h"

namespace shopdesk {

class Database;

// The years of the holiday calendar kept in the database (imported or edited, HOL-01).
class CalendarRepository
{
public:
    explicit CalendarRepository(Database &db) : m_db(db) {}

    Result<QHash<int, QList<HolidayCalendar::SpecialDay>>> storedYears() const;
    // Inside Database::write: the year's days replace whatever was stored for it.
    Status storeYear(int year, const QList<HolidayCalendar::SpecialDay> &days, const QString &source,
                     const QString &at);

private:
    Database &m_db;
};

} // namespace shopdesk
