#pragma once

#include "AttendanceMonth.h"
#include "ui/Module.h"

#include <QDialog>

namespace shopdesk {

// The drill-down behind one cell of the month (ATT-11): the shift, each segment's check-in and
// check-out with the rule's decision, every punch (make-up ones marked), the day's fines. From
// here a missing punch is corrected by a make-up punch request (ATT-12).
class DayDetailDialog : public QDialog
{
    Q_OBJECT
public:
    DayDetailDialog(const AppContext &context, const EmployeeMonth &employee, int dayIndex, QWidget *parent = nullptr);
    static QString describe(const EmployeeMonth &employee, int dayIndex);

private:
    void requestMakeUpPunch();
    AppContext m_context;
    EmployeeMonth m_employee;
    int m_day;
};

} // namespace shopdesk
