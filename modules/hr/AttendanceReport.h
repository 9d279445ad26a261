#pragma once

#include "AttendanceMonth.h"
#include "report/Report.h"

namespace shopdesk {

// RULE ATT-11: the monthly attendance report as data: the grid of days by employees (one symbol
// per half-day, ATT-10, with the legend on every page), the totals per employee, escalation
// flags and fines, and the signature lines. Rendered by core's report toolkit.
class AttendanceReport
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceReport)
public:
    static Report build(const AttendanceSheet &sheet);
    // For scripting (CSV): one row per employee, the totals as columns, then the day grid.
    static ReportTable csvTable(const AttendanceSheet &sheet);
    // "✓L" for a day: the morning's and the afternoon's symbol; one symbol when both agree on a
    // day off.
    static QString dayCell(const DayOutcome &day);
    static QString hours(int minutes);
    static QString days(double days);
    // The report as a file: "pdf", "xlsx" or "csv" (the CSV is csvTable).
    static Status write(const AttendanceSheet &sheet, const QString &format, const QString &path);
};

} // namespace shopdesk
