#pragma once

#include "domain/SupplierInvoice.h"
#include "ui/Module.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace shopdesk {

class ErrorLabel;

// A supplier's invoice for a purchase order (SUP-04): number, date, and per line the quantity
// and amount invoiced. Opens with what arrived and is not yet invoiced at the order's prices;
// says before it is sent whether it matches, and what does not.
class InvoiceDialog : public QDialog
{
    Q_OBJECT
public:
    InvoiceDialog(const AppContext &context, const PurchaseOrder &order, QWidget *parent = nullptr);

    QLineEdit *number() const { return m_number; }
    QSpinBox *quantity(int line) const { return m_quantities.at(line); }
    QLineEdit *amount(int line) const { return m_amounts.at(line); }
    QString matchText() const;
    QString error() const;
    qint64 send();

private:
    // The lines as typed; an amount that is not money names its line in `problem`.
    QList<InvoiceLine> lines(QString *problem) const;
    void showMatch();

    AppContext m_context;
    PurchaseOrder m_order;
    QHash<qint64, qint64> m_invoiced; // per order line, what earlier invoices cover
    qint64 m_toleranceFen = 0;
    QLineEdit *m_number;
    QDateEdit *m_date;
    QTableWidget *m_lines;
    QList<QSpinBox *> m_quantities;
    QList<QLineEdit *> m_amounts;
    QLabel *m_match;
    ErrorLabel *m_error;
};

} // namespace shopdesk
