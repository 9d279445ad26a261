#pragma once

#include "ShopReports.h"
#include "ui/Module.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace shopdesk {

// The shop's reports on screen as they will print (stock with days of cover, prices, listing
// changes, promotions of a period, the product list), with a print preview on A4 and saving as
// PDF, XLSX or CSV (ReportActions).
class ShopReportsPage : public QWidget
{
    Q_OBJECT
public:
    ShopReportsPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    QComboBox *kind() const { return m_kind; }
    QTableWidget *table() const { return m_table; }
    const Report &report() const { return m_report; }

private:
    void save(const QString &format);
    AppContext m_context;
    QComboBox *m_kind;
    QDateEdit *m_from, *m_to;
    QLabel *m_notes;
    QTableWidget *m_table;
    Report m_report;
};

} // namespace shopdesk
