#pragma once

#include <QDateTime>

namespace shopdesk {

// The company's wall-clock time as whole seconds since 1970-01-01 00:00, with no time zone:
// what a time clock prints, stored as an integer key (ARCHITECTURE speed notes: punches).
// Computed from the date's Julian day, so no time-zone lookup runs per punch.
inline qint64 wallSeconds(const QDate &date, const QTime &time)
{
    return (date.toJulianDay() - 2440588) * 86400 + time.msecsSinceStartOfDay() / 1000;
}

inline qint64 wallSeconds(const QDateTime &at)
{
    return wallSeconds(at.date(), at.time());
}

// A wall-clock time as a QDateTime with no time zone to apply (Qt::UTC spec): date() and time()
// give back what the clock printed, and no call consults the system's time zone, which costs a
// system call per QDateTime in local time (measured: 20 s for a million punches).
inline QDateTime wallClock(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, Qt::UTC);
}

inline QDateTime fromWallSeconds(qint64 seconds)
{
    const qint64 day = seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400;
    return wallClock(QDate::fromJulianDay(day + 2440588),
                     QTime::fromMSecsSinceStartOfDay(int(seconds - day * 86400) * 1000));
}

// The stored form of a wall-clock minute, "YYYY-MM-DD HH:MM" (ARCHITECTURE: times as text).
inline QString wallMinuteText(const QDateTime &at)
{
    return at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

inline QDateTime wallClockFromMinuteText(const QString &text)
{
    return wallClock(QDate::fromString(text.left(10), Qt::ISODate),
                     QTime::fromString(text.mid(11), QStringLiteral("HH:mm")));
}

} // namespace shopdesk
