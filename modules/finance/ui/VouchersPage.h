#pragma once

#include "ledgers/domain/PaymentVoucher.h"
#include "ui/Module.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace shopdesk {

// RULE SUP-04: the payment vouchers other areas issue, paid here by the cashier once signed.
class VouchersPage : public QWidget
{
    Q_OBJECT
public:
    VouchersPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *table() const { return m_table; }
    QComboBox *state() const { return m_state; }
    void pay(); // by bank transfer, with its reference
    void payInCash(); // from the cash box: also a line of today's cash journal
    void updateButtons();

private:
    AppContext m_context;
    QList<PaymentVoucher> m_list;
    QComboBox *m_state;
    QTableWidget *m_table;
    QPushButton *m_pay;
    QPushButton *m_payInCash;
};

} // namespace shopdesk
