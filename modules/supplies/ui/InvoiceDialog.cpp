#include "InvoiceDialog.h"

#include "InvoiceDesk.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

InvoiceDialog::InvoiceDialog(const AppContext &context, const PurchaseOrder &order, QWidget *parent)
    : QDialog(parent), m_context(context), m_order(order)
{
    setWindowTitle(tr("Invoice for %1").arg(order.number()));
    InvoiceDesk desk(*context.database, *context.clock);
    m_toleranceFen = desk.toleranceFen();
    if (auto earlier = desk.invoices(context.actor, order.id))
        m_invoiced = InvoiceRules::invoiced(*earlier);
    m_number = new QLineEdit(this);
    m_number->setPlaceholderText(tr("The number printed on the invoice"));
    m_date = new QDateEdit(context.clock->nowUtc().toLocalTime().date(), this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_lines = listTable({tr("Code"), tr("Item"), tr("Price"), tr("Ordered"), tr("Arrived"), tr("Invoiced before"),
                         tr("Quantity"), tr("Amount (¥)")},
                        this);
    m_lines->setRowCount(int(order.lines.size()));
    for (int r = 0; r < order.lines.size(); ++r) {
        const PurchaseLine &l = order.lines.at(r);
        const qint64 open = qMax<qint64>(0, l.receivedQuantity - m_invoiced.value(l.id));
        setRowTexts(m_lines, r,
                    {l.itemCode, l.itemName, Money::fromFen(l.unitFen).toString(), QString::number(l.quantity),
                     QString::number(l.receivedQuantity), QString::number(m_invoiced.value(l.id))});
        auto *quantity = new QSpinBox(m_lines);
        quantity->setRange(0, int(l.quantity));
        quantity->setSuffix(QLatin1Char(' ') + l.unit);
        quantity->setValue(int(open));
        auto *amount = new QLineEdit(Money::fromFen(open * l.unitFen).toPlainString(), m_lines);
        amount->setAlignment(Qt::AlignRight);
        m_lines->setCellWidget(r, 6, quantity);
        m_lines->setCellWidget(r, 7, amount);
        m_quantities << quantity;
        m_amounts << amount;
        // A changed quantity proposes its amount at the order's price; the clerk types what the
        // invoice says where it differs.
        connect(quantity, &QSpinBox::valueChanged, this, [this, amount, unit = l.unitFen](int q) {
            amount->setText(Money::fromFen(q * unit).toPlainString());
            showMatch();
        });
        connect(amount, &QLineEdit::textChanged, this, &InvoiceDialog::showMatch);
    }
    m_lines->resizeColumnsToContents();
    m_match = new QLabel(this);
    m_match->setWordWrap(true);
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record invoice"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (send())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Invoice &number:"), m_number);
    form->addRow(tr("Invoice &date:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%1 from %2").arg(order.number(), order.supplierName), this));
    layout->addLayout(form);
    layout->addWidget(m_lines);
    layout->addWidget(m_match);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(760);
    showMatch();
    m_number->setFocus();
}

QList<InvoiceLine> InvoiceDialog::lines(QString *problem) const
{
    QList<InvoiceLine> list;
    for (int r = 0; r < m_order.lines.size(); ++r) {
        const int quantity = m_quantities.at(r)->value();
        if (quantity == 0)
            continue;
        const auto amount = Money::parse(m_amounts.at(r)->text());
        if (!amount) {
            if (problem && problem->isEmpty())
                *problem = tr("%1: \"%2\" is not an amount (yuan, at most two decimals).")
                               .arg(m_order.lines.at(r).itemName, m_amounts.at(r)->text());
            continue;
        }
        list.append({m_order.lines.at(r).id, quantity, amount->fen()});
    }
    return list;
}

void InvoiceDialog::showMatch()
{
    QString problem;
    const QList<InvoiceLine> typed = lines(&problem);
    if (!problem.isEmpty())
        return m_match->setText(problem);
    if (typed.isEmpty())
        return m_match->setText(tr("Give the quantity of at least one line."));
    const InvoiceMatch match = InvoiceRules::match(m_order, m_invoiced, typed, m_toleranceFen);
    if (match.matched())
        return m_match->setText(tr("Matches the order and the delivery (%1): a payment voucher goes for signature.")
                                    .arg(Money::fromFen(match.invoicedFen).toString()));
    m_match->setText(tr("Does not match; the difference goes to the supervisor and the department manager:\n%1")
                         .arg(match.differences.join(QLatin1Char('\n'))));
}

QString InvoiceDialog::matchText() const
{
    return m_match->text();
}

QString InvoiceDialog::error() const
{
    return m_error->error();
}

qint64 InvoiceDialog::send()
{
    QString problem;
    const QList<InvoiceLine> typed = lines(&problem);
    if (!problem.isEmpty()) {
        m_error->showError(problem);
        return 0;
    }
    auto id = InvoiceDesk(*m_context.database, *m_context.clock)
                  .record(m_context.actor, {m_order.id, m_number->text(), m_date->date(), typed});
    if (!id) {
        m_error->showError(id.error());
        return 0;
    }
    return *id;
}

} // namespace shopdesk
