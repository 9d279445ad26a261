#include "ReceiptDialog.h"

#include "PurchaseDesk.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"
#include "ui/ScanLine.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

ReceiptDialog::ReceiptDialog(const AppContext &context, const PurchaseOrder &order, QWidget *parent)
    : QDialog(parent), m_context(context), m_order(order)
{
    setWindowTitle(tr("Delivery for %1").arg(order.number()));
    m_scan = new ScanLine(this);
    m_scan->setPlaceholderText(tr("Scan a package: its item counts one more"));
    m_lines = listTable(
        {tr("Code"), tr("Item"), tr("Ordered"), tr("Arrived before"), tr("Outstanding"), tr("Arrived now")}, this);
    m_lines->setRowCount(int(order.lines.size()));
    for (int r = 0; r < order.lines.size(); ++r) {
        const PurchaseLine &l = order.lines.at(r);
        setRowTexts(m_lines, r,
                    {l.itemCode, l.itemName, QString::number(l.quantity), QString::number(l.receivedQuantity),
                     QString::number(l.outstanding())});
        auto *spin = new QSpinBox(m_lines);
        spin->setRange(0, int(l.outstanding()));
        spin->setSuffix(QLatin1Char(' ') + l.unit);
        m_lines->setCellWidget(r, 5, spin);
        m_arrived << spin;
    }
    m_lines->resizeColumnsToContents();
    m_error = new ErrorLabel(this);
    auto *all = new QPushButton(tr("&Everything outstanding arrived"), this);
    connect(all, &QPushButton::clicked, this, [this] {
        for (QSpinBox *spin : m_arrived)
            spin->setValue(spin->maximum());
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Book receipt"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (send())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scan, &ScanLine::scanned, this, &ReceiptDialog::countScanned);
    auto *form = new QFormLayout;
    form->addRow(tr("&Scan:"), m_scan);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        tr("%1 from %2, due %3").arg(order.number(), order.supplierName, order.deliveryDate.toString(Qt::ISODate)),
        this));
    layout->addLayout(form);
    layout->addWidget(m_lines);
    layout->addWidget(all);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(640);
    m_scan->setFocus();
}

void ReceiptDialog::countScanned()
{
    const QString code = m_scan->text().trimmed();
    if (code.isEmpty())
        return;
    m_scan->clear();
    for (int r = 0; r < m_order.lines.size(); ++r) {
        if (m_order.lines.at(r).itemCode != code)
            continue;
        QSpinBox *spin = m_arrived.at(r);
        if (spin->value() == spin->maximum())
            return m_error->showError(tr("All %1 outstanding of %2 are counted already.")
                                          .arg(spin->maximum())
                                          .arg(m_order.lines.at(r).itemName));
        spin->setValue(spin->value() + 1);
        m_lines->selectRow(r);
        return m_error->showError({});
    }
    m_error->showError(tr("%1 is not on %2.").arg(code, m_order.number()));
}

QString ReceiptDialog::error() const
{
    return m_error->error();
}

qint64 ReceiptDialog::send()
{
    QHash<qint64, qint64> quantities;
    for (int r = 0; r < m_order.lines.size(); ++r)
        if (m_arrived.at(r)->value() > 0)
            quantities.insert(m_order.lines.at(r).id, m_arrived.at(r)->value());
    auto booked = PurchaseDesk(*m_context.database, *m_context.clock).receive(m_context.actor, m_order.id, quantities);
    if (!booked) {
        m_error->showError(booked.error());
        return 0;
    }
    return *booked;
}

} // namespace shopdesk
