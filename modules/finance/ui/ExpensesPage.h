#pragma once

#include "domain/Expense.h"
#include "ui/Module.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace shopdesk {

// RULE FIN-04: expense requests with where they stand, the cash accountant's advances and
// reimbursements against them, and the advances still owed with their age.
class ExpensesPage : public QWidget
{
    Q_OBJECT
public:
    ExpensesPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *requests() const { return m_requests; }
    QTableWidget *advances() const { return m_advances; }
    void newRequest();
    void lend();
    void reimburse();
    void showInvoices(); // of a reimbursed request, with their scans

private:
    const ExpenseRequest *selected() const;
    AppContext m_context;
    QList<ExpenseRequest> m_list;
    QTableWidget *m_requests;
    QTableWidget *m_advances;
    QPushButton *m_lend, *m_reimburse, *m_invoices;
    bool m_mayPay = false;
};

} // namespace shopdesk
