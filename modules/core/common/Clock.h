#pragma once

#include <QDateTime>
#include <QMutex>

namespace shopdesk {

// Services ask the clock; tests hand them a fixed one (expiry, lockouts).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const { return QDateTime::currentDateTimeUtc(); }
};

// A clock a test moves by hand; read safely from the threads that write in the background while
// the test moves it.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override
    {
        QMutexLocker lock(&m_lock);
        return m_now;
    }
    void advanceSeconds(qint64 seconds)
    {
        QMutexLocker lock(&m_lock);
        m_now = m_now.addSecs(seconds);
    }
    void set(QDateTime now)
    {
        QMutexLocker lock(&m_lock);
        m_now = std::move(now);
    }

private:
    mutable QMutex m_lock;
    QDateTime m_now;
};

// "2026-03-02 08:30" in this PC's time: an instant as every list and message shows it (not the
// locale's short format, "2026/3/2 8:30" in Chinese); empty for an invalid instant.
inline QString localMinuteText(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// Instants are stored as UTC ISO-8601 text (ARCHITECTURE: the database).
inline QString toStoredInstant(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODate);
}

inline QDateTime fromStoredInstant(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

} // namespace shopdesk
