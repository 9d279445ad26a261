#include "AttendanceReport.h"

#include "common/domain/Money.h"
#include "report/ReportFiles.h"
#include "report/ReportPainter.h"

namespace shopdesk {

namespace {

QStringList totalsHeader()
{
    return {AttendanceReport::tr("Days worked"),
            AttendanceReport::tr("Late (times)"),
            AttendanceReport::tr("Late (min)"),
            AttendanceReport::tr("Early (times)"),
            AttendanceReport::tr("Early (min)"),
            AttendanceReport::tr("Absent (days)"),
            AttendanceReport::tr("Personal leave"),
            AttendanceReport::tr("Sick leave"),
            AttendanceReport::tr("Marriage leave"),
            AttendanceReport::tr("Bereavement leave"),
            AttendanceReport::tr("Comp time off (days)"),
            AttendanceReport::tr("Comp-time balance (h)"),
            AttendanceReport::tr("Overtime, working days (h)"),
            AttendanceReport::tr("Overtime, rest days (h)"),
            AttendanceReport::tr("Overtime, holidays (h)"),
            AttendanceReport::tr("Fines (yuan)"),
            AttendanceReport::tr("Fines confirmed (yuan)"),
            AttendanceReport::tr("Unpaid days"),
            AttendanceReport::tr("Make-up punches")};
}

QStringList totals(const EmployeeMonth &e)
{
    const MonthOutcome &m = e.outcome;
    return {AttendanceReport::days(m.workedDays),
            QString::number(m.lateCount),
            QString::number(m.lateMinutes),
            QString::number(m.earlyCount),
            QString::number(m.earlyMinutes),
            AttendanceReport::days(m.absentDays),
            AttendanceReport::days(m.personalLeaveDays),
            AttendanceReport::days(m.sickLeaveDays),
            AttendanceReport::days(m.marriageLeaveDays),
            AttendanceReport::days(m.bereavementLeaveDays),
            AttendanceReport::days(m.compTimeDays),
            QString::number(e.compTimeBalanceHours, 'g', 4),
            AttendanceReport::hours(m.overtimeMinutesWorkingDay),
            AttendanceReport::hours(m.overtimeMinutesRestDay),
            AttendanceReport::hours(m.overtimeMinutesStatutory),
            Money::fromFen(m.finesFen).toPlainString(),
            e.registerDecided ? Money::fromFen(e.confirmedFinesFen).toPlainString() : QString(),
            AttendanceReport::days(m.unpaidDays()),
            QString::number(m.makeUpPunches)};
}

QString monthTitle(const QDate &month)
{
    return AttendanceReport::tr("%1-%2").arg(month.year()).arg(month.month(), 2, 10, QLatin1Char('0'));
}

QString legend()
{
    QStringList parts;
    for (AttendanceStatus s :
         {AttendanceStatus::Present, AttendanceStatus::Late, AttendanceStatus::Early, AttendanceStatus::Absent,
          AttendanceStatus::MissingPunch, AttendanceStatus::PersonalLeave, AttendanceStatus::SickLeave,
          AttendanceStatus::MarriageLeave, AttendanceStatus::BereavementLeave, AttendanceStatus::CompTime,
          AttendanceStatus::OutOnBusiness, AttendanceStatus::Statutory, AttendanceStatus::Rest,
          AttendanceStatus::NotEmployed})
        parts << statusSymbol(s) + QLatin1Char(' ') + statusTitle(s);
    return AttendanceReport::tr("Legend (morning, afternoon): %1; * make-up punch used (ATT-12).")
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace

QString AttendanceReport::hours(int minutes)
{
    return minutes == 0 ? QStringLiteral("0") : QString::number(minutes / 60.0, 'f', 1);
}

QString AttendanceReport::days(double value)
{
    return QString::number(value, 'g', 4);
}

QString AttendanceReport::dayCell(const DayOutcome &day)
{
    const QString am = statusSymbol(day.halfDays[0]), pm = statusSymbol(day.halfDays[1]);
    QString cell = (!day.scheduled && am == pm) ? am : am + pm;
    if (day.makeUpPunches > 0)
        cell += QLatin1Char('*');
    return cell;
}

Report AttendanceReport::build(const AttendanceSheet &sheet)
{
    Report report;
    report.companyName = sheet.companyName;
    report.title = tr("Monthly attendance report %1").arg(monthTitle(sheet.month));
    report.subtitle =
        (sheet.departmentName.isEmpty() ? tr("All departments") : tr("Department: %1").arg(sheet.departmentName))
        + QStringLiteral("    ") + (sheet.confirmed ? tr("Confirmed by HR") : tr("Not yet confirmed"));
    report.landscape = true;

    // The grid: a column per day, headed by the date and the weekday (rest days marked).
    ReportTable grid;
    grid.title = tr("Attendance by day");
    grid.header << tr("Name");
    grid.widths << 10;
    const QStringList weekdays{tr("Mo", "Monday"), tr("Tu", "Tuesday"),  tr("We", "Wednesday"), tr("Th", "Thursday"),
                               tr("Fr", "Friday"), tr("Sa", "Saturday"), tr("Su", "Sunday")};
    for (int d = 0; d < sheet.dayTypes.size(); ++d) {
        const QDate date = sheet.month.addDays(d);
        const DayType type = sheet.dayTypes.at(d);
        QString head = QString::number(date.day()) + QLatin1Char('\n') + weekdays.at(date.dayOfWeek() - 1);
        if (type == DayType::Statutory)
            head += QLatin1Char('\n') + statusSymbol(AttendanceStatus::Statutory);
        else if (type == DayType::MakeUpWorking)
            head += QLatin1Char('\n') + tr("work", "make-up working day, short");
        grid.header << head;
        grid.widths << 3;
    }
    for (const EmployeeMonth &e : sheet.employees) {
        QStringList row{e.employee.name + (e.changesAfterConfirmation.isEmpty() ? QString() : QStringLiteral(" †"))};
        for (const DayOutcome &day : e.outcome.days)
            row << dayCell(day);
        grid.rows << row;
    }
    report.tables << grid;

    ReportTable sums;
    sums.title = tr("Totals per employee");
    sums.header << tr("Name") << totalsHeader();
    sums.widths << 10;
    for (int i = 0; i < totalsHeader().size(); ++i)
        sums.widths << 6;
    for (const EmployeeMonth &e : sheet.employees)
        sums.rows << (QStringList{e.employee.name} + totals(e));
    report.tables << sums;

    // Escalation flags (ATT-06, ABS-02) and the fines with the rule behind each.
    ReportTable flags;
    flags.title = tr("Flags and fines");
    flags.header << tr("Name") << tr("Date") << tr("Rule") << tr("What") << tr("Amount (yuan)");
    flags.widths << 10 << 7 << 6 << 40 << 7;
    flags.textColumns << 3;
    for (const EmployeeMonth &e : sheet.employees) {
        QList<std::pair<QDate, QStringList>> lines;
        for (const EscalationFlag &f : e.outcome.flags)
            lines.append({f.date,
                          {e.employee.name, f.date.toString(Qt::ISODate), f.ruleId,
                           escalationTitle(f.kind) + QStringLiteral(": ") + f.reason, QString()}});
        for (const FineLine &f : e.outcome.fines)
            lines.append({f.date,
                          {e.employee.name, f.date.toString(Qt::ISODate), f.ruleId, f.reason,
                           Money::fromFen(f.fen).toPlainString()}});
        std::stable_sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &line : lines)
            flags.rows << line.second;
        for (const QString &change : e.changesAfterConfirmation)
            flags.rows << QStringList{e.employee.name, QString(), QString(),
                                      tr("Changed after confirmation: %1").arg(change), QString()};
    }
    if (!flags.rows.isEmpty())
        report.tables << flags;

    report.pageNotes << legend();
    report.endNotes << tr(
        "† changed after confirmation. Punches less than 60 seconds apart count once (ATT-12). "
        "Times are compared to the minute (ATT-03). Fines are the rules' proposal; fines confirmed are "
        "what HR decided in the disciplinary register (HR-03).");
    report.signatures << tr("Prepared by:") << tr("Checked by:") << tr("Approved by:");
    return report;
}

ReportTable AttendanceReport::csvTable(const AttendanceSheet &sheet)
{
    ReportTable table;
    table.title = tr("Attendance %1").arg(monthTitle(sheet.month));
    table.header << tr("Staff no.") << tr("Name") << tr("Department") << totalsHeader();
    for (int d = 0; d < sheet.dayTypes.size(); ++d)
        table.header << sheet.month.addDays(d).toString(Qt::ISODate);
    for (const EmployeeMonth &e : sheet.employees) {
        QStringList row{e.employee.staffNo, e.employee.name, e.departmentName};
        row << totals(e);
        for (const DayOutcome &day : e.outcome.days)
            row << dayCell(day);
        table.rows << row;
    }
    return table;
}

Status AttendanceReport::write(const AttendanceSheet &sheet, const QString &format, const QString &path)
{
    if (format == u"pdf")
        return ReportPainter::writePdf(build(sheet), path);
    if (format == u"xlsx")
        return ReportFiles::writeXlsx(build(sheet), path);
    Report csv;
    csv.tables << csvTable(sheet);
    return ReportFiles::writeCsv(csv, path);
}

} // namespace shopdesk
