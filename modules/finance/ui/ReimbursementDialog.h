#pragma once

#include "domain/Expense.h"
#include "ui/Module.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QTableWidget;

namespace shopdesk {

class ErrorLabel;

// RULE FIN-04: the invoices that settle an approved request; what was lent is cleared and the
// difference paid out or taken back. Each invoice may carry its scan.
class ReimbursementDialog : public QDialog
{
    Q_OBJECT
public:
    ReimbursementDialog(const AppContext &context, const ExpenseRequest &request, QWidget *parent = nullptr);
    QString error() const;
    QTableWidget *invoices() const { return m_invoices; }
    void addInvoiceRow();
    void attachScan();
    qint64 send();

private:
    void showSettlement();
    AppContext m_context;
    ExpenseRequest m_request;
    QDateEdit *m_settledOn;
    QTableWidget *m_invoices;
    QList<QPair<QString, QByteArray>> m_scans; // per row: file name and content
    QLabel *m_settlement;
    ErrorLabel *m_error;
};

} // namespace shopdesk
