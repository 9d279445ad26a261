#pragma once

#include <QDateTime>

namespace shopdesk {

// The shop's days are China's (UTC+8) wherever the PC stands: the channels' reports, the day an
// order counts for, the times printed. Instants are kept in UTC.
namespace ShopTime {
inline constexpr int kChinaOffsetSeconds = 8 * 3600;

// The instant `utc` as China's wall clock shows it.
inline QDateTime inChina(const QDateTime &utc)
{
    return utc.toOffsetFromUtc(kChinaOffsetSeconds);
}
// The instant (UTC) China's wall clock shows `day` and `time`.
inline QDateTime instant(const QDate &day, const QTime &time)
{
    return QDateTime(day, time, Qt::UTC).addSecs(-kChinaOffsetSeconds);
}
// The instant (UTC) China's `day` begins.
inline QDateTime dayStart(const QDate &day)
{
    return instant(day, QTime(0, 0));
}
// China's day at the instant `utc`.
inline QDate dayOf(const QDateTime &utc)
{
    return inChina(utc).date();
}
// "2026-03-02 08:30" in China's time; empty for an invalid instant.
inline QString text(const QDateTime &utc)
{
    return utc.isValid() ? inChina(utc).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}
} // namespace ShopTime

} // namespace shopdesk
