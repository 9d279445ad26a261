#pragma once

#include "AttendanceMonth.h"

#include <QAbstractTableModel>

namespace shopdesk {

// The month on screen: a row per employee, a column per day (two half-day symbols, coloured by
// what happened), then the totals a manager looks at first. Sorts by the UserRole value.
class MonthGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Department, FirstDay };
    using QAbstractTableModel::QAbstractTableModel;

    void setSheet(const AttendanceSheet &sheet);
    const AttendanceSheet &sheet() const { return m_sheet; }
    // The day a column shows; invalid for the name and totals columns.
    QDate dateAt(int column) const;
    const EmployeeMonth *employeeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    enum Total { Worked, Late, Early, Absent, Fines, TotalCount };
    int days() const { return int(m_sheet.dayTypes.size()); }
    QVariant total(const MonthOutcome &m, int which, int role) const;
    AttendanceSheet m_sheet;
};

} // namespace shopdesk
