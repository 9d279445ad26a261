#include "VouchersPage.h"

#include "CashDesk.h"

#include "common/Clock.h"
#include "common/domain/Money.h"
#include "ledgers/PaymentVouchers.h"
#include "ui/EmptyListHint.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

VouchersPage::VouchersPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_state = new QComboBox(this);
    m_state->setAccessibleName(tr("State"));
    m_state->addItem(tr("All vouchers"), -1);
    for (VoucherState s :
         {VoucherState::Approved, VoucherState::PendingApproval, VoucherState::Paid, VoucherState::Rejected})
        m_state->addItem(voucherStateTitle(s), int(s));
    m_state->setCurrentIndex(1); // signed, to be paid
    m_pay = new QPushButton(tr("&Pay by transfer..."), this);
    m_payInCash = new QPushButton(tr("Pay from the &cash box..."), this);
    auto *refreshButton = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"), this);
    m_table = listTable({tr("Voucher"), tr("Payee"), tr("Purpose"), tr("Amount"), tr("State"), tr("Issued"), tr("Paid"),
                         tr("Reference")},
                        this);
    EmptyListHint::install(m_table,
                           tr("No vouchers here. Vouchers come from the supplier invoices recorded under Office "
                              "supplies; or change the filter."));
    makeSortable(m_table);
    auto *top = new QHBoxLayout;
    top->addWidget(m_state);
    top->addStretch();
    top->addWidget(m_pay);
    top->addWidget(m_payInCash);
    top->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_state, &QComboBox::activated, this, &VouchersPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &VouchersPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &VouchersPage::updateButtons);
    connect(m_pay, &QPushButton::clicked, this, &VouchersPage::pay);
    connect(m_payInCash, &QPushButton::clicked, this, &VouchersPage::payInCash);
    refresh();
}

void VouchersPage::refresh()
{
    const int state = m_state->currentData().toInt();
    auto list = PaymentVouchers(*m_context.database, *m_context.clock)
                    .vouchers(m_context.actor, state < 0 ? std::nullopt : std::optional(VoucherState(state)));
    m_list = list ? *list : QList<PaymentVoucher>();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_list.size()));
    for (int r = 0; r < m_list.size(); ++r) {
        const PaymentVoucher &v = m_list.at(r);
        setRowTexts(m_table, r,
                    {v.number(), v.payee, v.purpose, QString(), voucherStateTitle(v.state), localMinuteText(v.issuedAt),
                     localMinuteText(v.paidAt), v.paymentReference});
        m_table->item(r, 0)->setData(Qt::UserRole, v.id);
        m_table->setItem(r, 3, numberCell(v.amountFen, Money::fromFen(v.amountFen).toString()));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    updateButtons();
}

void VouchersPage::updateButtons()
{
    // Only a signed voucher is paid (SUP-04): the row's state, whatever the filter shows.
    const int row = m_table->currentRow();
    bool payable = false;
    if (row >= 0 && m_table->item(row, 0) && !m_context.readOnly()) {
        const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
        for (const PaymentVoucher &v : m_list)
            payable = payable || (v.id == id && v.state == VoucherState::Approved);
    }
    m_pay->setEnabled(payable);
    m_payInCash->setEnabled(payable);
}

void VouchersPage::pay()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    bool ok = false;
    const QString reference = InputDialog::text(this, tr("Pay %1").arg(PaymentVoucher::numberOf(id)),
                                                tr("Reference of the bank transfer:"), &ok);
    if (!ok)
        return;
    if (Status s = PaymentVouchers(*m_context.database, *m_context.clock).pay(m_context.actor, id, reference); !s)
        MessageBox::warning(this, tr("Pay %1").arg(PaymentVoucher::numberOf(id)), s.error());
    refresh();
}

void VouchersPage::payInCash()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString title = tr("Pay %1").arg(PaymentVoucher::numberOf(id));
    const QString question = tr("Pay %1 to %2 from the cash box? It is entered in today's cash journal.")
                                 .arg(m_table->item(row, 3)->text(), m_table->item(row, 1)->text());
    if (MessageBox::question(this, title, question) != QMessageBox::Yes)
        return;
    if (auto line = CashDesk(*m_context.database, *m_context.clock).payVoucher(m_context.actor, id); !line)
        MessageBox::warning(this, title, line.error());
    refresh();
}

} // namespace shopdesk
