#include "MonthGridModel.h"

#include "AttendanceReport.h"
#include "PageParts.h"
#include "common/domain/Money.h"

#include <QBrush>
#include <QColor>

namespace shopdesk {

namespace {
// Light colours a clerk reads at a glance: trouble warm, leave cool, days off grey.
QColor colourOf(const DayOutcome &day)
{
    for (AttendanceStatus s : day.halfDays)
        if (s == AttendanceStatus::Absent)
            return QColor(248, 196, 196);
    for (AttendanceStatus s : day.halfDays)
        if (s == AttendanceStatus::Late || s == AttendanceStatus::Early || s == AttendanceStatus::MissingPunch)
            return QColor(252, 228, 180);
    for (AttendanceStatus s : day.halfDays)
        if (s == AttendanceStatus::PersonalLeave || s == AttendanceStatus::SickLeave
            || s == AttendanceStatus::MarriageLeave || s == AttendanceStatus::BereavementLeave
            || s == AttendanceStatus::CompTime || s == AttendanceStatus::OutOnBusiness)
            return QColor(206, 226, 248);
    if (!day.scheduled)
        return QColor(236, 236, 236);
    return {};
}
} // namespace

void MonthGridModel::setSheet(const AttendanceSheet &sheet)
{
    beginResetModel();
    m_sheet = sheet;
    endResetModel();
}

QDate MonthGridModel::dateAt(int column) const
{
    const int d = column - FirstDay;
    return d >= 0 && d < days() ? m_sheet.month.addDays(d) : QDate();
}

const EmployeeMonth *MonthGridModel::employeeAt(int row) const
{
    return row >= 0 && row < m_sheet.employees.size() ? &m_sheet.employees.at(row) : nullptr;
}

int MonthGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sheet.employees.size());
}

int MonthGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstDay + days() + TotalCount;
}

QVariant MonthGridModel::total(const MonthOutcome &m, int which, int role) const
{
    switch (which) {
    case Worked:
        return role == Qt::DisplayRole ? QVariant(AttendanceReport::days(m.workedDays)) : QVariant(m.workedDays);
    case Late: return m.lateCount;
    case Early: return m.earlyCount;
    case Absent:
        return role == Qt::DisplayRole ? QVariant(AttendanceReport::days(m.absentDays)) : QVariant(m.absentDays);
    case Fines: return role == Qt::DisplayRole ? QVariant(Money::fromFen(m.finesFen).toString()) : QVariant(m.finesFen);
    }
    return {};
}

QVariant MonthGridModel::data(const QModelIndex &index, int role) const
{
    const EmployeeMonth *e = employeeAt(index.row());
    if (!e)
        return {};
    const int column = index.column();
    if (column == Name) {
        if (role == Qt::DisplayRole || role == Qt::UserRole)
            return e->employee.name + (e->changesAfterConfirmation.isEmpty() ? QString() : QStringLiteral(" †"));
        if (role == Qt::ToolTipRole && !e->changesAfterConfirmation.isEmpty())
            return tr("Changed after confirmation: %1").arg(e->changesAfterConfirmation.join(QStringLiteral("; ")));
        return {};
    }
    if (column == Department)
        return role == Qt::DisplayRole || role == Qt::UserRole ? QVariant(e->departmentName) : QVariant();
    const int d = column - FirstDay;
    if (d < days() && d < e->outcome.days.size()) {
        const DayOutcome &day = e->outcome.days.at(d);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::UserRole: return AttendanceReport::dayCell(day);
        case Qt::BackgroundRole: {
            const QColor c = colourOf(day);
            return c.isValid() ? QVariant(QBrush(c)) : QVariant();
        }
        case Qt::ForegroundRole: return QBrush(Qt::black);
        case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
        case Qt::ToolTipRole:
            return tr("%1 (%2)\nMorning: %3\nAfternoon: %4")
                .arg(day.date.toString(Qt::ISODate), dayTypeTitle(day.dayType), statusTitle(day.halfDays[0]),
                     statusTitle(day.halfDays[1]));
        default: return {};
        }
    }
    const int which = column - FirstDay - days();
    if (which >= 0 && which < TotalCount) {
        if (role == Qt::DisplayRole || role == Qt::UserRole)
            return total(e->outcome, which, role);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant MonthGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    const QDate date = dateAt(section);
    if (date.isValid())
        return dayHeader(date, m_sheet.dayTypes.at(section - FirstDay), role);
    if (role != Qt::DisplayRole)
        return {};
    if (section == Name)
        return tr("Name");
    if (section == Department)
        return tr("Department");
    switch (section - FirstDay - days()) {
    case Worked: return tr("Worked");
    case Late: return tr("Late");
    case Early: return tr("Early");
    case Absent: return tr("Absent");
    case Fines: return tr("Fines");
    }
    return {};
}

} // namespace shopdesk
