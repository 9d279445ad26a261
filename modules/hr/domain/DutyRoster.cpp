#include "DutyRoster.h"

namespace shopdesk {

Result<QList<DutyDay>> DutyRoster::generate(const QDate &first, const QDate &last, const QList<qint64> &people,
                                            qint64 mainTheDayBefore)
{
    if (people.size() < 3)
        return fail(tr(
            "A duty rotation needs at least three people: one main, one support, and whoever rests after main duty."));
    if (!first.isValid() || !last.isValid() || last < first)
        return fail(tr("The roster period is not a range of dates."));
    QHash<qint64, int> mainCount, supportCount;
    QHash<qint64, QDate> lastDuty;
    QList<DutyDay> days;
    qint64 previousMain = mainTheDayBefore;
    // The pair that keeps both counts lowest (with three people the support person is forced
    // by the choice of main), then the person longest off duty, then the list's order.
    auto better = [&](qint64 main, qint64 support, qint64 bestMain, qint64 bestSupport) {
        const int load = mainCount.value(main) + supportCount.value(support);
        const int bestLoad = mainCount.value(bestMain) + supportCount.value(bestSupport);
        if (load != bestLoad)
            return load < bestLoad;
        if (mainCount.value(main) != mainCount.value(bestMain))
            return mainCount.value(main) < mainCount.value(bestMain);
        if (lastDuty.value(main) != lastDuty.value(bestMain))
            return lastDuty.value(main) < lastDuty.value(bestMain);
        return lastDuty.value(support) < lastDuty.value(bestSupport);
    };
    for (QDate date = first; date <= last; date = date.addDays(1)) {
        DutyDay day{date, 0, 0};
        for (qint64 main : people) {
            if (main == previousMain)
                continue;
            for (qint64 support : people) {
                if (support == main || support == previousMain)
                    continue;
                if (day.mainEmployee == 0 || better(main, support, day.mainEmployee, day.supportEmployee)) {
                    day.mainEmployee = main;
                    day.supportEmployee = support;
                }
            }
        }
        ++mainCount[day.mainEmployee];
        ++supportCount[day.supportEmployee];
        lastDuty[day.mainEmployee] = date;
        lastDuty[day.supportEmployee] = date;
        previousMain = day.mainEmployee;
        days.append(day);
    }
    return days;
}

QList<RosterProblem> DutyRoster::problems(const QList<DutyDay> &days, const QHash<qint64, QString> &names)
{
    QList<RosterProblem> found;
    const DutyDay *previous = nullptr;
    for (const DutyDay &day : days) {
        if (day.mainEmployee == 0 || day.supportEmployee == 0)
            found.append({day.date, tr("Every day needs a main and a support person.")});
        if (day.mainEmployee != 0 && day.mainEmployee == day.supportEmployee)
            found.append(
                {day.date, tr("%1 cannot be main and support on the same day.").arg(names.value(day.mainEmployee))});
        if (previous && previous->date.addDays(1) == day.date && previous->mainEmployee != 0) {
            if (day.mainEmployee == previous->mainEmployee)
                found.append({day.date, tr("%1 is on main duty two days running.").arg(names.value(day.mainEmployee))});
            else if (day.supportEmployee == previous->mainEmployee)
                found.append({day.date,
                              tr("%1 rests after main duty and cannot be on support duty.")
                                  .arg(names.value(day.supportEmployee))});
        }
        previous = &day;
    }
    return found;
}

DutyRoster::Scheduled DutyRoster::scheduleFor(qint64 employee, DayType dayType, const std::optional<DutyDay> &today,
                                              const std::optional<DutyDay> &yesterday, const Shift &defaultShift,
                                              const Shift &mainShift, const Shift &supportShift)
{
    if (today && today->mainEmployee == employee)
        return {mainShift, false};
    if (today && today->supportEmployee == employee)
        return {supportShift, false};
    if (yesterday && yesterday->mainEmployee == employee && mainShift.restNextDay)
        return {std::nullopt, true};
    if (isWorkingDay(dayType))
        return {defaultShift, false};
    return {std::nullopt, false};
}

} // namespace shopdesk
