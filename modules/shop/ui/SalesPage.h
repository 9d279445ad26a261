#pragma once

#include "SalesReports.h"
#include "ui/Module.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace shopdesk {

class ReportBar;

// The shop's sales of a period (issue 17): by day as a line, by channel and by SKU (the ten
// best) as bars, each of the yuan sales; the table under the chart as it prints, every currency
// on rows of its own; the orders of the period for a spreadsheet. Print preview, PDF, XLSX, CSV.
class SalesPage : public QWidget
{
    Q_OBJECT
public:
    SalesPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    QComboBox *kind() const;
    QDateEdit *from() const;
    QDateEdit *to() const;
    QTableWidget *table() const { return m_table; }
    QChartView *chart() const { return m_chart; }
    const Report &report() const { return m_report; }

private:
    void drawChart(SalesReports::Kind kind);
    AppContext m_context;
    ReportBar *m_bar;
    QChartView *m_chart;
    QLabel *m_notes;
    QTableWidget *m_table;
    Report m_report;
};

} // namespace shopdesk
