#pragma once

#include "ShopReports.h"
#include "ui/Module.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace shopdesk {

class ReportBar;

// The shop's reports on screen as they will print (stock with days of cover, prices, listing
// changes, promotions of a period, the product list), with a print preview on A4 and saving as
// PDF, XLSX or CSV (ReportBar).
class ShopReportsPage : public QWidget
{
    Q_OBJECT
public:
    ShopReportsPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    QComboBox *kind() const;
    QTableWidget *table() const { return m_table; }
    const Report &report() const { return m_report; }

private:
    AppContext m_context;
    ReportBar *m_bar;
    QLabel *m_notes;
    QTableWidget *m_table;
    Report m_report;
};

} // namespace shopdesk
