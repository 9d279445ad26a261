#pragma once

#include "SuppliesReports.h"
#include "ui/Module.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace shopdesk {

class ReportBar;

// The supplies reports on screen as they will print (stock on hand, use by department, open
// orders, invoices with a difference), with a print preview on A4 and saving as PDF, XLSX or CSV
// (ReportBar). The use by department also shows as a chart of the months (SUP-06).
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    ReportsPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    QComboBox *kind() const;
    QTableWidget *table() const { return m_table; }
    const Report &report() const { return m_report; }
    QChartView *chart() const { return m_chart; }

private:
    // RULE SUP-06: each department's use per month, stacked, from the report's own table.
    void chartUse();

    AppContext m_context;
    ReportBar *m_bar;
    QLabel *m_notes;
    QTableWidget *m_table;
    QChartView *m_chart;
    Report m_report;
};

} // namespace shopdesk
