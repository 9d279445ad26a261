#pragma once

#include "calendar/domain/HolidayCalendar.h"
#include "ui/ListParts.h"

#include <QVariant>

namespace shopdesk {

// A month grid's column header for one day: its number, the day type as tooltip, red on days off.
QVariant dayHeader(const QDate &date, DayType type, int role);

} // namespace shopdesk
