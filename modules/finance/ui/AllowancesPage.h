#pragma once

#include "domain/Allowance.h"
#include "ui/Module.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace shopdesk {

// RULE FIN-10: the month's allowance sheet (phone bill up to the cap, meals per day), the bills
// entered, the rules per position, and posting the sheet to payroll.
class AllowancesPage : public QWidget
{
    Q_OBJECT
public:
    AllowancesPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    QDateEdit *month() const { return m_month; }
    QTableWidget *sheet() const { return m_sheet; }
    QTableWidget *rules() const { return m_rules; }
    void enterBill();
    void importBills(); // a list of the month's phone bills, CSV or XLSX, previewed first
    void setRule();
    void post();

private:
    AppContext m_context;
    bool m_mayKeep = false; // the allowances clerk's buttons
    QList<AllowanceLine> m_lines;
    QDateEdit *m_month;
    QTableWidget *m_sheet;
    QTableWidget *m_rules;
    QLabel *m_state;
    QPushButton *m_bill, *m_import, *m_post;
};

} // namespace shopdesk
