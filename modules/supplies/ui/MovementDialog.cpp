#include "MovementDialog.h"

#include "StockLedger.h"
#include "SupplyCatalogue.h"
#include "ui/ErrorLabel.h"
#include "ui/MessageBox.h"
#include "ui/ScanLine.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shopdesk {

MovementDialog::MovementDialog(const AppContext &context, MovementKind kind, const SupplyItem &item, QWidget *parent)
    : QDialog(parent), m_context(context), m_kind(kind), m_item(item)
{
    setWindowTitle(movementKindTitle(kind));
    auto *form = new QFormLayout;
    m_code = new ScanLine(item.code, this);
    m_code->setPlaceholderText(tr("Scan or type the item code, then Enter"));
    m_itemLabel = new QLabel(this);
    m_itemLabel->setWordWrap(true);
    form->addRow(tr("&Item code:"), m_code);
    form->addRow(QString(), m_itemLabel);

    m_quantity = new QSpinBox(this);
    m_quantity->setRange(1, int(StockRules::kMaxQuantity));
    form->addRow(tr("&Quantity:"), m_quantity);
    if (kind != MovementKind::Issue) {
        const bool optional = kind == MovementKind::Return;
        m_unitPrice = new QLineEdit(this);
        m_unitPrice->setPlaceholderText(optional ? tr("only when none are on the shelf") : tr("yuan, such as 12.50"));
        form->addRow(tr("Unit &price:"), m_unitPrice);
    }
    if (kind == MovementKind::Issue || kind == MovementKind::Return || kind == MovementKind::LocalPurchase) {
        m_department = new QComboBox(this);
        if (auto departments = StockLedger(*context.database, *context.clock).departments(context.actor))
            for (const Department &d : *departments)
                m_department->addItem(d.name, d.id);
        form->addRow(tr("&Department:"), m_department);
    }
    m_reason = new QLineEdit(this);
    form->addRow(tr("&Reason:"), m_reason);
    m_reference = new QLineEdit(this);
    m_reference->setPlaceholderText(tr("order, request or delivery note number"));
    form->addRow(tr("Re&ference:"), m_reference);

    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Book"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (send())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &ScanLine::scanned, this, &MovementDialog::findScanned);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    showItem();
    (item.id ? static_cast<QWidget *>(m_quantity) : m_code)->setFocus();
    setMinimumWidth(460);
}

void MovementDialog::findScanned()
{
    auto found = SupplyCatalogue(*m_context.database, *m_context.clock).itemByCode(m_context.actor, m_code->text());
    if (!found) {
        m_item = {};
        m_error->showError(found.error());
    } else {
        m_item = *found;
        m_error->showError({});
        m_quantity->setFocus();
        m_quantity->selectAll();
    }
    showItem();
}

void MovementDialog::showItem()
{
    m_itemLabel->setText(
        m_item.id
            ? tr("%1 %2, %3 %4 on hand").arg(m_item.name, m_item.specification).arg(m_item.onHand).arg(m_item.unit)
            : tr("No item chosen."));
}

QString MovementDialog::error() const
{
    return m_error->error();
}

qint64 MovementDialog::send()
{
    if (m_item.id == 0 || m_item.code != m_code->text().trimmed()) {
        findScanned();
        if (m_item.id == 0)
            return 0;
    }
    MovementRequest r;
    r.kind = m_kind;
    r.quantity = m_quantity->value();
    if (m_unitPrice && !m_unitPrice->text().trimmed().isEmpty()) {
        auto price = StockRules::parseUnitCost(m_unitPrice->text());
        if (!price) {
            m_error->showError(price.error());
            m_unitPrice->setFocus();
            return 0;
        }
        r.unitCost = *price;
    }
    if (m_department)
        r.departmentId = m_department->currentData().toLongLong();
    r.reason = m_reason->text();
    r.reference = m_reference->text();
    auto booked = StockLedger(*m_context.database, *m_context.clock).book(m_context.actor, m_item.id, r, m_item.onHand);
    if (!booked) {
        if (booked.isConflict())
            findScanned(); // another PC moved the item: show what is there now
        m_error->showError(booked.error());
        return 0;
    }
    return *booked;
}

} // namespace shopdesk
