#pragma once

#include "report/Report.h"
#include "ui/Module.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace shopdesk {

class ReportBar;

// RULE CS-04: the month's customer-service report per agent, to print or save for the leader.
class ServiceReportPage : public QWidget
{
    Q_OBJECT
public:
    ServiceReportPage(const AppContext &context, QWidget *parent = nullptr);
    QDateEdit *month() const { return m_month; }
    QTableWidget *table() const { return m_table; }
    void refresh();

private:
    AppContext m_context;
    QDateEdit *m_month;
    ReportBar *m_bar;
    QTableWidget *m_table;
    QLabel *m_notes;
};

} // namespace shopdesk
