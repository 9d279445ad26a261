#pragma once

#include "domain/SupplierInvoice.h"
#include "ui/Module.h"

#include <QWidget>

class QCheckBox;
class QTableWidget;

namespace shopdesk {

// The supplier invoices recorded against orders (SUP-04): matched or with a difference, and
// where their payment voucher stands. New ones are recorded from the purchasing page.
class InvoicesPage : public QWidget
{
    Q_OBJECT
public:
    InvoicesPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *table() const { return m_table; }
    QCheckBox *onlyUnmatched() const { return m_onlyUnmatched; }

private:
    AppContext m_context;
    QCheckBox *m_onlyUnmatched;
    QTableWidget *m_table;
};

} // namespace shopdesk
