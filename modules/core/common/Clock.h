#pragma once

#include <QDateTime>

namespace shopdesk {

// Services ask the clock; tests hand them a fixed one (expiry, lockouts).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const { return QDateTime::currentDateTimeUtc(); }
};

class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) {}
    QDateTime nowUtc() const override { return m_now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }
    void set(QDateTime now) { m_now = std::move(now); }

private:
    QDateTime m_now;
};

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
