#pragma once

#include "domain/ServiceRoster.h"
#include "report/Report.h"
#include "ui/Module.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace shopdesk {

class ErrorLabel;
class ReportBar;
class ServicePoolsDialog;

// RULE CS-01: a month of the customer-service roster: each day's chat person and the evening's
// 400 hotline holder, rest days marked; the supervisor sets who is in each pool and the chat
// hours, generates the rest of the month fairly and changes a day by double-clicking its cell;
// the month prints on A4.
class ServiceRosterPage : public QWidget
{
    Q_OBJECT
public:
    ServiceRosterPage(const AppContext &context, QWidget *parent = nullptr);
    QDateEdit *month() const { return m_month; }
    QTableWidget *table() const { return m_table; }
    QLabel *hoursLabel() const { return m_hours; }
    void refresh();
    ServicePoolsDialog *editPools();
    // Asks "HH:mm-HH:mm".
    void editHours();
    // Asks before replacing days already filled.
    void generate();
    // The person for the cell at `row`, `column` (2: chat, 3: hotline), asked from its pool.
    void change(int row, int column);
    QString lastError() const;

private:
    AppContext m_context;
    QDateEdit *m_month;
    QTableWidget *m_table;
    QLabel *m_hours;
    ReportBar *m_bar;
    QList<RosterDay> m_days;
    ErrorLabel *m_error;
};

} // namespace shopdesk
