#include "PurchasingPage.h"

#include "InvoiceDialog.h"
#include "OrderDialog.h"
#include "PurchaseDesk.h"
#include "ReceiptDialog.h"
#include "SuppliesActions.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "ui/EmptyListHint.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
QString lineSummary(const QList<PurchaseLine> &lines)
{
    QStringList parts;
    for (const PurchaseLine &l : lines)
        parts << QStringLiteral("%1 × %2").arg(l.itemName).arg(l.quantity);
    return parts.join(QStringLiteral(", "));
}

} // namespace

PurchasingPage::PurchasingPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *order = new QPushButton(tr("Place or&der..."), this);
    auto *receive = new QPushButton(tr("&Receive delivery..."), this);
    auto *invoice = new QPushButton(tr("Record &invoice..."), this);
    auto *refreshButton = new QPushButton(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"), this);
    const bool mayOrder = !context.readOnly() && Permissions::can(context.actor, SuppliesAction::Purchase);
    const bool mayReceive = !context.readOnly() && Permissions::can(context.actor, SuppliesAction::MoveStock);
    order->setEnabled(mayOrder);
    receive->setEnabled(mayReceive);
    invoice->setEnabled(mayOrder);
    m_onlyOpen = new QCheckBox(tr("O&nly open orders"), this);
    m_onlyOpen->setChecked(true);
    m_requests = listTable(
        {tr("Request"), tr("Date"), tr("By"), tr("Department"), tr("Reason"), tr("Estimate"), tr("State"), tr("Items")},
        this);
    EmptyListHint::install(
        m_requests, tr("No purchase requests yet. Request purchase... on the Reorder suggestions tab makes one."));
    m_orders = listTable({tr("Order"), tr("Supplier"), tr("Delivery date"), tr("Total"), tr("Arrived"), tr("State"),
                          tr("Why this supplier"), tr("Items")},
                         this);
    for (QTableWidget *t : {m_requests, m_orders}) {
        makeSortable(t);
        t->setSelectionMode(QAbstractItemView::SingleSelection);
    }
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(order);
    buttons->addWidget(receive);
    buttons->addWidget(invoice);
    buttons->addWidget(m_onlyOpen);
    buttons->addStretch();
    buttons->addWidget(refreshButton);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(titled(tr("Purchase requests (new ones come from the reorder suggestions):"), m_requests, split));
    split->addWidget(titled(tr("Purchase orders:"), m_orders, split));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(split);
    connect(order, &QPushButton::clicked, this, &PurchasingPage::orderSelected);
    connect(receive, &QPushButton::clicked, this, &PurchasingPage::receiveSelected);
    connect(invoice, &QPushButton::clicked, this, &PurchasingPage::invoiceSelected);
    connect(refreshButton, &QPushButton::clicked, this, &PurchasingPage::refresh);
    connect(m_onlyOpen, &QCheckBox::toggled, this, &PurchasingPage::refresh);
    if (mayOrder) // Enter or a double click, as the buttons
        connect(m_requests, &QTableWidget::itemActivated, this, &PurchasingPage::orderSelected);
    if (mayReceive)
        connect(m_orders, &QTableWidget::itemActivated, this, &PurchasingPage::receiveSelected);
    refresh();
}

void PurchasingPage::refresh()
{
    PurchaseDesk desk(*m_context.database, *m_context.clock);
    auto requests = desk.requests(m_context.actor);
    auto orders = desk.orders(m_context.actor, m_onlyOpen->isChecked());
    m_requestList = requests ? *requests : QList<PurchaseRequest>();
    m_orderList = orders ? *orders : QList<PurchaseOrder>();
    const QLocale locale;

    m_requests->setSortingEnabled(false);
    m_requests->setRowCount(int(m_requestList.size()));
    for (int r = 0; r < m_requestList.size(); ++r) {
        const PurchaseRequest &p = m_requestList.at(r);
        setRowTexts(m_requests, r,
                    {p.number(), p.requestedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")), p.requestedByName,
                     p.departmentName, p.reason, QString(), purchaseRequestStateTitle(p.state), lineSummary(p.lines)});
        m_requests->setItem(r, 5, numberCell(p.estimatedFen(), Money::fromFen(p.estimatedFen()).toString()));
        m_requests->item(r, 0)->setData(Qt::UserRole, p.id);
    }
    m_requests->setSortingEnabled(true);
    m_requests->resizeColumnsToContents();

    m_orders->setSortingEnabled(false);
    m_orders->setRowCount(int(m_orderList.size()));
    const QDate today = m_context.clock->nowUtc().toLocalTime().date();
    for (int r = 0; r < m_orderList.size(); ++r) {
        const PurchaseOrder &o = m_orderList.at(r);
        qint64 ordered = 0, arrived = 0;
        for (const PurchaseLine &l : o.lines) {
            ordered += l.quantity;
            arrived += l.receivedQuantity;
        }
        setRowTexts(m_orders, r,
                    {o.number(), o.supplierName, o.deliveryDate.toString(Qt::ISODate), QString(),
                     QStringLiteral("%1 / %2").arg(locale.toString(arrived), locale.toString(ordered)),
                     purchaseOrderStateTitle(o.state), o.choiceReason, lineSummary(o.lines)});
        m_orders->setItem(r, 3, numberCell(o.totalFen(), Money::fromFen(o.totalFen()).toString()));
        m_orders->item(r, 0)->setData(Qt::UserRole, o.id);
        if (o.state == PurchaseOrderState::Open && o.deliveryDate < today) { // overdue delivery
            m_orders->item(r, 2)->setForeground(QColor(180, 40, 40));
            m_orders->item(r, 2)->setToolTip(tr("The delivery is overdue"));
        }
    }
    m_orders->setSortingEnabled(true);
    m_orders->resizeColumnsToContents();
}

const PurchaseRequest *PurchasingPage::selectedRequest() const
{
    const int row = m_requests->currentRow();
    if (row < 0 || !m_requests->item(row, 0))
        return nullptr;
    const qint64 id = m_requests->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const PurchaseRequest &r : m_requestList)
        if (r.id == id)
            return &r;
    return nullptr;
}

const PurchaseOrder *PurchasingPage::selectedOrder() const
{
    const int row = m_orders->currentRow();
    if (row < 0 || !m_orders->item(row, 0))
        return nullptr;
    const qint64 id = m_orders->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const PurchaseOrder &o : m_orderList)
        if (o.id == id)
            return &o;
    return nullptr;
}

void PurchasingPage::orderSelected()
{
    const PurchaseRequest *request = selectedRequest();
    if (!request || request->state != PurchaseRequestState::Approved)
        return MessageBox::information(this, tr("Place order"), tr("Choose an approved purchase request first."));
    OrderDialog dialog(m_context, *request, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void PurchasingPage::receiveSelected()
{
    const PurchaseOrder *order = selectedOrder();
    if (!order || order->state != PurchaseOrderState::Open)
        return MessageBox::information(this, tr("Receive delivery"), tr("Choose an open purchase order first."));
    ReceiptDialog dialog(m_context, *order, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void PurchasingPage::invoiceSelected()
{
    const PurchaseOrder *order = selectedOrder();
    if (!order)
        return MessageBox::information(this, tr("Record invoice"), tr("Choose the purchase order the invoice is for."));
    InvoiceDialog dialog(m_context, *order, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

} // namespace shopdesk
