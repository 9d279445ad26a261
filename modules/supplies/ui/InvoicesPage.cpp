#include "InvoicesPage.h"

#include "InvoiceDesk.h"
#include "common/domain/Money.h"
#include "ui/EmptyListHint.h"
#include "ui/ListParts.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

InvoicesPage::InvoicesPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_onlyUnmatched = new QCheckBox(tr("Only differences &waiting for approval"), this);
    auto *refreshButton = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"), this);
    m_table = listTable({tr("Invoice"), tr("Date"), tr("Order"), tr("Supplier"), tr("Amount"), tr("Match"),
                         tr("Payment voucher"), tr("Differences")},
                        this);
    EmptyListHint::install(m_table,
                           tr("No supplier invoices here. A supplies clerk records one with Record invoice... on the "
                              "Purchasing tab; or change the filter."));
    makeSortable(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_onlyUnmatched);
    buttons->addStretch();
    buttons->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    connect(m_onlyUnmatched, &QCheckBox::toggled, this, &InvoicesPage::refresh);
    connect(refreshButton, &QPushButton::clicked, this, &InvoicesPage::refresh);
    refresh();
}

void InvoicesPage::refresh()
{
    auto invoices =
        InvoiceDesk(*m_context.database, *m_context.clock).invoices(m_context.actor, 0, m_onlyUnmatched->isChecked());
    const QList<SupplierInvoice> list = invoices ? *invoices : QList<SupplierInvoice>();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const SupplierInvoice &i = list.at(r);
        const QString voucher = i.voucherState
            ? QStringLiteral("%1 %2").arg(PaymentVoucher::numberOf(i.voucherId), voucherStateTitle(*i.voucherState))
            : QString();
        setRowTexts(m_table, r,
                    {i.invoiceNumber, i.invoiceDate.toString(Qt::ISODate), i.orderNumber(), i.supplierName, QString(),
                     invoiceStateTitle(i.state), voucher, i.differencesInOneLine()});
        m_table->setItem(r, 4, numberCell(i.totalFen(), Money::fromFen(i.totalFen()).toString()));
        if (i.state == InvoiceState::DifferencePending)
            m_table->item(r, 5)->setForeground(QColor(180, 40, 40));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

} // namespace shopdesk
