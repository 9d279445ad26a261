#pragma once

#include "common/Result.h"
#include "users/domain/Permissions.h"

#include <QCoreApplication>
#include <QStringList>

namespace shopdesk {

class Clock;
class Database;

// What the overview page shows of people and attendance first thing (issue 11): for everyone,
// who in their department is away today and their make-up punches this month; for HR,
// yesterday's findings and the months not yet confirmed. Lines of text, read through services.
class AttendanceOverview
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceOverview)
public:
    AttendanceOverview(Database &db, const Clock &clock) : m_db(db), m_clock(clock) {}

    QStringList forEveryone(const Actor &actor) const;
    QStringList forHr(const Actor &actor) const;

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace shopdesk
