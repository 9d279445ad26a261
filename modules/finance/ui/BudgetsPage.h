#pragma once

#include "ledgers/domain/BudgetLine.h"
#include "ui/Module.h"

#include <QWidget>

class QChartView;
class QSpinBox;
class QTableWidget;

namespace shopdesk {

// RULE FIN-01: the year's budget lines per department and category, with what requests have
// committed and what remains, and the selected line's spending by month in a chart.
class BudgetsPage : public QWidget
{
    Q_OBJECT
public:
    BudgetsPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *table() const { return m_table; }
    QSpinBox *year() const { return m_year; }
    QChartView *chart() const { return m_chart; }
    void setLine();
    // RULE FIN-01: the selected line's spending month by month against its monthly share.
    void showLine();

private:
    AppContext m_context;
    QList<BudgetLine> m_lines;
    QSpinBox *m_year;
    QTableWidget *m_table;
    QChartView *m_chart;
};

} // namespace shopdesk
