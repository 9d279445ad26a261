#include "SupplyItemDialog.h"

#include "SupplyCatalogue.h"
#include "domain/StockRules.h"
#include "ui/ErrorLabel.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace shopdesk {

SupplyItemDialog::SupplyItemDialog(const AppContext &context, const SupplyItem &item, QWidget *parent)
    : QDialog(parent), m_context(context), m_item(item)
{
    setWindowTitle(item.id ? tr("Item %1").arg(item.name) : tr("New item"));
    SupplyCatalogue catalogue(*context.database, *context.clock);
    m_code = new QLineEdit(item.code, this);
    m_code->setPlaceholderText(tr("the barcode on the package, or the office's own code"));
    m_name = new QLineEdit(item.name, this);
    m_category = new QComboBox(this);
    m_category->setEditable(true);
    if (auto categories = catalogue.categories(context.actor))
        m_category->addItems(*categories);
    m_category->setCurrentText(item.category);
    m_unit = new QLineEdit(item.unit, this);
    m_unit->setPlaceholderText(tr("pack, box, piece ..."));
    m_specification = new QLineEdit(item.specification, this);
    m_location = new QLineEdit(item.location, this);
    m_location->setPlaceholderText(tr("cabinet and shelf"));
    m_reorderPoint = new QSpinBox(this);
    m_reorderPoint->setRange(0, int(StockRules::kMaxQuantity));
    m_reorderPoint->setValue(int(item.reorderPoint));
    m_leadTime = new QSpinBox(this);
    m_leadTime->setRange(0, 365);
    m_leadTime->setSuffix(tr(" days"));
    m_leadTime->setValue(item.leadTimeDays);
    m_supplier = new QComboBox(this);
    m_supplier->addItem(tr("(none)"), 0);
    if (auto suppliers = catalogue.suppliers(context.actor))
        for (const Supplier &s : *suppliers)
            m_supplier->addItem(s.name, s.id);
    m_supplier->setCurrentIndex(qMax(0, m_supplier->findData(item.preferredSupplierId)));

    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("C&ategory:"), m_category);
    form->addRow(tr("&Unit:"), m_unit);
    form->addRow(tr("&Specification:"), m_specification);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Reorder point:"), m_reorderPoint);
    form->addRow(tr("Lead &time:"), m_leadTime);
    form->addRow(tr("Preferred su&pplier:"), m_supplier);
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (send())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString SupplyItemDialog::error() const
{
    return m_error->error();
}

qint64 SupplyItemDialog::send()
{
    SupplyItem i = m_item;
    i.code = m_code->text();
    i.name = m_name->text();
    i.category = m_category->currentText();
    i.unit = m_unit->text();
    i.specification = m_specification->text();
    i.location = m_location->text();
    i.reorderPoint = m_reorderPoint->value();
    i.leadTimeDays = m_leadTime->value();
    i.preferredSupplierId = m_supplier->currentData().toLongLong();
    auto saved = SupplyCatalogue(*m_context.database, *m_context.clock).saveItem(m_context.actor, i);
    if (!saved) {
        if (saved.isConflict()) {
            MessageBox::conflict(
                this, saved.error(),
                QStringList{i.code, i.name, i.category, i.unit, i.specification, i.location}.join(QLatin1Char('\t')));
            reject();
            return 0;
        }
        m_error->showError(saved.error());
        return 0;
    }
    return *saved;
}

} // namespace shopdesk
