#pragma once

#include "SuppliesReports.h"
#include "ui/Module.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace shopdesk {

// The supplies reports on screen as they will print (stock on hand, use by department, open
// orders), with a print preview on A4 and saving as PDF, XLSX or CSV (ReportActions).
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    ReportsPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    QComboBox *kind() const { return m_kind; }
    QTableWidget *table() const { return m_table; }
    const Report &report() const { return m_report; }

private:
    void save(const QString &format);

    AppContext m_context;
    QComboBox *m_kind;
    QLabel *m_notes;
    QTableWidget *m_table;
    Report m_report;
};

} // namespace shopdesk
