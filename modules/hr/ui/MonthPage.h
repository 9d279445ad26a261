#pragma once

#include "AttendanceMonth.h"
#include "ui/Module.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace shopdesk {

class MonthGridModel;

// The page a manager opens every month (ATT-11): the department's month as a grid, totals,
// a chart of late and absence counts per day, print preview, PDF/XLSX/CSV, confirming the
// month, and a drill-down behind every cell.
class MonthPage : public QWidget
{
    Q_OBJECT
public:
    MonthPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    MonthGridModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    void setMonth(const QDate &month);
    // The day numbers the chart's axis shows (every day, or every 2nd, 5th ... as the width allows).
    QStringList dayLabels() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showDay(const QModelIndex &index);
    void printPreview();
    void exportAs(const QString &format);
    void confirmMonth();
    void updateChart();
    void labelDays();

    AppContext m_context;
    QDateEdit *m_month;
    QComboBox *m_department;
    QLineEdit *m_filter;
    QLabel *m_state;
    MonthGridModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QChartView *m_chart;
    bool m_loading = false;
    bool m_readAgain = false; // a refresh was asked for while a month was read
    int m_dayLabelStep = 0;
};

} // namespace shopdesk
