#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace shopdesk {

class Clock;
class Database;

struct AttendanceDemoSummary
{
    int punches = 0;
    int rosterDays = 0;
    int filings = 0;
};

// The attendance part of `shopdeskctl demo`: a duty roster for the office, and clock punches
// for every employee over the months before today (mostly on time; some late, early, missing,
// absent, double presses, leave and rest-day overtime on file), reproducible from the seed.
class AttendanceDemo
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceDemo)
public:
    static Result<AttendanceDemoSummary> create(Database &db, const Clock &clock, int months, quint32 seed);
};

} // namespace shopdesk
