#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <optional>

namespace shopdesk {

// What a calendar date is (RULE HOL-01). A statutory holiday proper stays statutory on a weekend.
enum class DayType { Working, Rest, MakeUpWorking, InLieuRest, Statutory };

QString dayTypeKey(DayType type); // stored form
QString dayTypeTitle(DayType type); // translated
inline bool isWorkingDay(DayType type)
{
    return type == DayType::Working || type == DayType::MakeUpWorking;
}

// RULE HOL-02 (PRC Labour Law art. 44): overtime pay by day type; the percentages are settings.
struct OvertimeRates
{
    int workingDay = 150;
    int restDay = 200;
    int statutory = 300;
    int percentFor(DayType type) const;
    // Comp time may replace rest-day overtime only (OT-02), never statutory-holiday overtime.
    static bool compTimeAllowed(DayType type);
};

// The national holiday calendar (RULE HOL-01): holidays and make-up working days by year, read
// from the State Council arrangements in the shape of resources/calendar/*.json. A date the
// calendar does not name follows the administrative work week (ATT-02: Monday to Friday by
// default). Pure: no database, no clock.
class HolidayCalendar
{
    Q_DECLARE_TR_FUNCTIONS(HolidayCalendar)

public:
    // Errors name the source, the year, the break and the value that could not be read.
    static Result<HolidayCalendar> fromJson(const QByteArray &json, const QString &sourceName);
    // The calendar shipped with the program (2025 and 2026).
    static Result<HolidayCalendar> shipped();

    void setWorkWeek(const QSet<int> &daysOfWeek) { m_workWeek = daysOfWeek; } // 1 = Monday
    DayType typeOf(const QDate &date) const;
    QString holidayName(const QDate &date) const; // in the user's language; empty when none
    QList<int> years() const;
    // Adds or replaces the years of another calendar (a new year's import).
    void merge(const HolidayCalendar &other);

    // A date the calendar names, for the editor and for storing a year.
    struct SpecialDay
    {
        QDate date;
        DayType type;
        QString nameZh, nameEn;
    };
    QList<SpecialDay> specialDays(int year) const; // in date order
    // An administrator's edit (HOL-01); the year counts as covered by the calendar.
    void setDay(const SpecialDay &day);
    void clearDay(const QDate &date); // back to the work week
    // Replaces a year with the days given (a year stored in the database).
    void replaceYear(int year, const QList<SpecialDay> &days);
    // For a stored form that round-trips.
    static std::optional<DayType> dayTypeFromKey(const QString &key);

private:
    struct Day
    {
        DayType type;
        QString nameZh, nameEn;
    };
    QHash<QDate, Day> m_days;
    QSet<int> m_years;
    QSet<int> m_workWeek{1, 2, 3, 4, 5};
};

} // namespace shopdesk
