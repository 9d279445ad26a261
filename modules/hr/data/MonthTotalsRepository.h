#pragma once

#include "common/Result.h"
#include "domain/AttendanceDay.h"

#include <QHash>

namespace shopdesk {

class Database;

// The totals a confirmed month hands to the months after it (absence days, public notice,
// whether its last scheduled day was fully absent).
struct MonthTotals
{
    double absentDays = 0;
    bool publicNotice = false;
    bool lastDayFullyAbsent = false;
};

class MonthTotalsRepository
{
public:
    explicit MonthTotalsRepository(Database &db) : m_db(db) {}

    // Per month (first day) and employee, for the months in [first, last].
    Result<QHash<QDate, QHash<qint64, MonthTotals>>> totals(const QDate &first, const QDate &last) const;
    // Inside Database::write.
    Status store(const QDate &month, const QHash<qint64, MonthTotals> &totals);

private:
    Database &m_db;
};

} // namespace shopdesk
