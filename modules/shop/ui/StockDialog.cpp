#include "StockDialog.h"

#include "ProductCatalogue.h"
#include "ProductStock.h"
#include "ui/ErrorLabel.h"
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

StockDialog::StockDialog(const AppContext &context, const Product &product, QWidget *parent)
    : QDialog(parent), m_context(context), m_product(product)
{
    setWindowTitle(tr("Book product stock"));
    m_code = new ScanLine(product.code, this);
    m_code->setPlaceholderText(tr("Scan or type the SKU code or barcode, then Enter"));
    m_productLabel = new QLabel(this);
    m_productLabel->setWordWrap(true);
    m_kind = new QComboBox(this);
    for (ProductMovementKind k : allProductMovementKinds())
        m_kind->addItem(productMovementKindTitle(k), int(k));
    m_quantity = new QSpinBox(this);
    m_quantity->setRange(1, 1'000'000);
    m_reason = new QLineEdit(this);
    m_reference = new QLineEdit(this);
    m_reference->setPlaceholderText(tr("order number or delivery note"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Product:"), m_code);
    form->addRow(QString(), m_productLabel);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Quantity:"), m_quantity);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("Re&ference:"), m_reference);
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Book"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (book())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_code, &ScanLine::scanned, this, &StockDialog::findScanned);
    // A count's difference may be less than zero; everything else is a count of units.
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const bool adjustment = ProductMovementKind(m_kind->currentData().toInt()) == ProductMovementKind::Adjustment;
        m_quantity->setRange(adjustment ? -1'000'000 : 1, 1'000'000);
    });
    showProduct();
    (product.id ? static_cast<QWidget *>(m_kind) : m_code)->setFocus();
    setMinimumWidth(460);
}

void StockDialog::findScanned()
{
    auto found =
        ProductCatalogue(*m_context.database, *m_context.clock).byCodeOrBarcode(m_context.actor, m_code->text());
    m_product = found ? *found : Product{};
    m_error->showError(found ? QString() : found.error());
    if (found)
        m_kind->setFocus();
    showProduct();
}

void StockDialog::showProduct()
{
    m_productLabel->setText(m_product.id ? tr("%1 %2, %3 on hand, %4")
                                               .arg(m_product.title, m_product.specification)
                                               .arg(m_product.onHand)
                                               .arg(productStatusTitle(m_product.status))
                                         : tr("No product chosen."));
}

QString StockDialog::error() const
{
    return m_error->error();
}

qint64 StockDialog::book()
{
    if (m_product.id == 0
        || (m_product.code != m_code->text().trimmed() && m_product.barcode != m_code->text().trimmed())) {
        findScanned();
        if (m_product.id == 0)
            return 0;
    }
    ProductMovementRequest r;
    r.kind = ProductMovementKind(m_kind->currentData().toInt());
    r.quantity = m_quantity->value();
    r.reason = m_reason->text();
    r.reference = m_reference->text();
    auto booked =
        ProductStock(*m_context.database, *m_context.clock).book(m_context.actor, m_product.id, r, m_product.onHand);
    if (!booked) {
        if (booked.isConflict())
            findScanned(); // another PC moved it: show what is there now
        m_error->showError(booked.error());
        return 0;
    }
    return *booked;
}

} // namespace shopdesk
