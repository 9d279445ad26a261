#pragma once

#include "domain/AttendanceDay.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>

#include <optional>

namespace shopdesk {

// One day of the duty roster (RULE ATT-02): one main, one support person; the support person
// does the day's office cleaning (DUTY-01). 0 = nobody assigned.
struct DutyDay
{
    QDate date;
    qint64 mainEmployee = 0;
    qint64 supportEmployee = 0;
    bool operator==(const DutyDay &) const = default;
};

struct RosterProblem
{
    QDate date;
    QString message; // translated
};

// The roster's rules, pure: generation by fair rotation, checks of hand edits, and which shift
// a person works on a given day.
class DutyRoster
{
    Q_DECLARE_TR_FUNCTIONS(DutyRoster)
public:
    // RULE ATT-02, ATT-01: fills first..last so that main and support counts are as equal as
    // possible (they differ by at most one), nobody is main two days running, and whoever was
    // main rests the next day. `mainTheDayBefore` is who was main on first-1. Needs 3 people.
    static Result<QList<DutyDay>> generate(const QDate &first, const QDate &last, const QList<qint64> &people,
                                           qint64 mainTheDayBefore = 0);
    // The same rules, for a roster edited by hand. `names` turns ids into the names messages show.
    static QList<RosterProblem> problems(const QList<DutyDay> &days, const QHash<qint64, QString> &names);

    // The shift a person works on `date` (ATT-01, ATT-02): main or support duty when rostered,
    // whatever the day type; none the day after main duty; else the default shift on the
    // calendar's working days.
    struct Scheduled
    {
        std::optional<Shift> shift;
        bool restAfterMainDuty = false;
    };
    static Scheduled scheduleFor(qint64 employee, DayType dayType, const std::optional<DutyDay> &today,
                                 const std::optional<DutyDay> &yesterday, const Shift &defaultShift,
                                 const Shift &mainShift, const Shift &supportShift);
};

} // namespace shopdesk
