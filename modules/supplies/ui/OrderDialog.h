#pragma once

#include "domain/Purchasing.h"
#include "domain/SupplyItem.h"
#include "ui/Module.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableWidget;

namespace shopdesk {

class ErrorLabel;

// Turns an approved purchase request into an order (SUP-02, SUP-03): up to three suppliers'
// quotes for the whole order, the one ordered from (a dearer one needs its reason), the agreed
// delivery date and the agreed unit prices.
class OrderDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int kQuotes = 3;
    OrderDialog(const AppContext &context, const PurchaseRequest &request, QWidget *parent = nullptr);

    // For tests: quote `row` from the supplier named, for the amount typed.
    void setQuote(int row, const QString &supplierName, const QString &amount);
    QComboBox *chosen() const { return m_chosen; }
    QLineEdit *reason() const { return m_reason; }
    QDateEdit *deliveryDate() const { return m_delivery; }
    QString error() const;
    qint64 send();

private:
    AppContext m_context;
    PurchaseRequest m_request;
    QList<Supplier> m_suppliers;
    QTableWidget *m_lines;
    QList<QComboBox *> m_quoteSuppliers;
    QList<QLineEdit *> m_quoteAmounts;
    QComboBox *m_chosen;
    QLineEdit *m_reason;
    QDateEdit *m_delivery;
    ErrorLabel *m_error;
};

} // namespace shopdesk
