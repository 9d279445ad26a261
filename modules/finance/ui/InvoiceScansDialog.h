#pragma once

#include "domain/Expense.h"
#include "ui/Module.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace shopdesk {

class FilePreview;

// RULE FIN-04: the invoices a reimbursement was settled with, each scan shown beside the list
// (what the chief accountant checks the amounts against) and saved when asked.
class InvoiceScansDialog : public QDialog
{
    Q_OBJECT
public:
    InvoiceScansDialog(const AppContext &context, const ExpenseRequest &request, QWidget *parent = nullptr);
    QTableWidget *invoices() const { return m_invoices; }
    FilePreview *preview() const { return m_preview; }
    void showSelected();
    void saveSelected();

private:
    AppContext m_context;
    ExpenseRequest m_request;
    ExpenseInvoice m_shown;
    QTableWidget *m_invoices;
    FilePreview *m_preview;
    QPushButton *m_save;
};

} // namespace shopdesk
