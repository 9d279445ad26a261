#include "OrderDialog.h"

#include "PurchaseDesk.h"
#include "SupplyCatalogue.h"
#include "common/Clock.h"
#include "domain/StockRules.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

OrderDialog::OrderDialog(const AppContext &context, const PurchaseRequest &request, QWidget *parent)
    : QDialog(parent), m_context(context), m_request(request)
{
    setWindowTitle(tr("Order for %1").arg(request.number()));
    if (auto suppliers = SupplyCatalogue(*context.database, *context.clock).suppliers(context.actor))
        m_suppliers = *suppliers;

    m_lines = listTable({tr("Code"), tr("Item"), tr("Quantity"), tr("Agreed unit price")}, this);
    m_lines->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_lines->setRowCount(int(request.lines.size()));
    for (int r = 0; r < request.lines.size(); ++r) {
        const PurchaseLine &l = request.lines.at(r);
        setRowTexts(m_lines, r,
                    {l.itemCode, l.itemName, QStringLiteral("%1 %2").arg(l.quantity).arg(l.unit),
                     Money::fromFen(l.unitFen).toPlainString()});
        for (int c = 0; c < 3; ++c)
            m_lines->item(r, c)->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    }
    m_lines->resizeColumnsToContents();

    auto *quotes = new QGridLayout;
    quotes->addWidget(new QLabel(tr("Supplier"), this), 0, 1);
    quotes->addWidget(new QLabel(tr("Quote for the whole order (yuan)"), this), 0, 2);
    m_chosen = new QComboBox(this);
    for (int row = 0; row < kQuotes; ++row) {
        auto *supplier = new QComboBox(this);
        supplier->addItem(tr("(none)"), 0);
        for (const Supplier &s : m_suppliers)
            supplier->addItem(s.name, s.id);
        auto *amount = new QLineEdit(this);
        amount->setPlaceholderText(tr("such as 1280.00"));
        quotes->addWidget(new QLabel(tr("Quote %1:").arg(row + 1), this), row + 1, 0);
        quotes->addWidget(supplier, row + 1, 1);
        quotes->addWidget(amount, row + 1, 2);
        m_quoteSuppliers << supplier;
        m_quoteAmounts << amount;
        m_chosen->addItem(tr("Quote %1").arg(row + 1), row);
    }
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("needed when the chosen quote is not the cheapest (SUP-03)"));
    m_delivery = new QDateEdit(context.clock->nowUtc().toLocalTime().date().addDays(7), this);
    m_delivery->setCalendarPopup(true);
    m_delivery->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));

    auto *form = new QFormLayout;
    form->addRow(tr("Order &from:"), m_chosen);
    form->addRow(tr("&Why this supplier:"), m_reason);
    form->addRow(tr("&Delivery date:"), m_delivery);
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Place order"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (send())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("%1, requested by %2: %3").arg(request.number(), request.requestedByName, request.reason), this));
    layout->addWidget(m_lines);
    layout->addLayout(quotes);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(620);
}

void OrderDialog::setQuote(int row, const QString &supplierName, const QString &amount)
{
    m_quoteSuppliers.at(row)->setCurrentIndex(qMax(0, m_quoteSuppliers.at(row)->findText(supplierName)));
    m_quoteAmounts.at(row)->setText(amount);
}

QString OrderDialog::error() const
{
    return m_error->error();
}

qint64 OrderDialog::send()
{
    NewPurchaseOrder n;
    n.requestId = m_request.id;
    n.chosen = -1;
    for (int row = 0; row < kQuotes; ++row) {
        const qint64 supplier = m_quoteSuppliers.at(row)->currentData().toLongLong();
        const QString amountText = m_quoteAmounts.at(row)->text().trimmed();
        if (supplier == 0 && amountText.isEmpty())
            continue;
        const auto amount = Money::parse(amountText);
        if (!amount || amount->fen() < 0) {
            m_error->showError(
                tr("Quote %1: \"%2\" is not an amount in yuan, such as 1280.00.").arg(row + 1).arg(amountText));
            return 0;
        }
        if (row == m_chosen->currentData().toInt())
            n.chosen = int(n.quotes.size());
        n.quotes.append({supplier, m_quoteSuppliers.at(row)->currentText(), amount->fen()});
    }
    n.choiceReason = m_reason->text();
    n.deliveryDate = m_delivery->date();
    for (int r = 0; r < m_request.lines.size(); ++r) {
        auto price = StockRules::parseUnitCost(m_lines->item(r, 3)->text());
        if (!price) {
            m_error->showError(tr("%1: %2").arg(m_request.lines.at(r).itemName, price.error()));
            return 0;
        }
        n.unitFenByItem.insert(m_request.lines.at(r).itemId, price->fen());
    }
    auto placed = PurchaseDesk(*m_context.database, *m_context.clock).order(m_context.actor, n);
    if (!placed) {
        m_error->showError(placed.error());
        return 0;
    }
    return *placed;
}

} // namespace shopdesk
