#include "calendar/data/CalendarRepository.h"

#include "database/data/Database.h"

#include <QSqlError>

namespace shopdesk {

Result<QHash<int, QList<HolidayCalendar::SpecialDay>>> CalendarRepository::storedYears() const
{
    QHash<int, QList<HolidayCalendar::SpecialDay>> years;
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT year FROM calendar_years")))
        return Database::failure(q);
    while (q.next())
        years.insert(q.value(0).toInt(), {});
    if (!q.exec(QStringLiteral("SELECT day, type, name_zh, name_en FROM calendar_days ORDER BY day")))
        return Database::failure(q);
    while (q.next()) {
        const QDate date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        const auto type = HolidayCalendar::dayTypeFromKey(q.value(1).toString());
        if (date.isValid() && type && years.contains(date.year()))
            years[date.year()].append({date, *type, q.value(2).toString(), q.value(3).toString()});
    }
    return years;
}

Status CalendarRepository::storeYear(int year, const QList<HolidayCalendar::SpecialDay> &days, const QString &source,
                                     const QString &at)
{
    QSqlQuery q = m_db.query();
    const QString first = QDate(year, 1, 1).toString(Qt::ISODate), last = QDate(year, 12, 31).toString(Qt::ISODate);
    if (Status s = Database::execPrepared(q, QStringLiteral("DELETE FROM calendar_days WHERE day BETWEEN ? AND ?"),
                                          {first, last});
        !s)
        return s;
    if (Status s = Database::execPrepared(
            q,
            QStringLiteral(
                "INSERT INTO calendar_years(year, source, changed_at) VALUES (?, ?, ?) "
                "ON CONFLICT(year) DO UPDATE SET source = excluded.source, changed_at = excluded.changed_at"),
            {year, source, at});
        !s)
        return s;
    for (const HolidayCalendar::SpecialDay &d : days) {
        Status s = Database::execPrepared(
            q, QStringLiteral("INSERT INTO calendar_days(day, type, name_zh, name_en) VALUES (?, ?, ?, ?)"),
            {d.date.toString(Qt::ISODate), dayTypeKey(d.type), d.nameZh, d.nameEn});
        if (!s)
            return s;
    }
    return success();
}

} // namespace shopdesk
