#pragma once

#include "common/Result.h"
#include "domain/DutyRoster.h"

namespace shopdesk {

class Database;

// The duty roster's days (ATT-02) and which months are published.
class RosterRepository
{
public:
    explicit RosterRepository(Database &db) : m_db(db) {}

    Result<QList<DutyDay>> days(const QDate &first, const QDate &last) const;
    Result<bool> isPublished(const QDate &anyDayOfMonth) const;
    // Inside Database::write.
    Status setDay(const DutyDay &day);
    Status publish(const QDate &anyDayOfMonth, qint64 userId, const QString &at);

private:
    Database &m_db;
};

} // namespace shopdesk
