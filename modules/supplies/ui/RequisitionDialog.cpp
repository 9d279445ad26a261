#include "RequisitionDialog.h"

#include "Requisitions.h"
#include "StockLedger.h"
#include "SupplyCatalogue.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"
#include "ui/ScanLine.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

RequisitionDialog::RequisitionDialog(const AppContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("New requisition"));
    m_department = new QComboBox(this);
    if (auto departments = StockLedger(*context.database, *context.clock).departments(context.actor))
        for (const Department &d : *departments)
            m_department->addItem(d.name, d.id);
    m_reason = new QLineEdit(this);
    m_reason->setPlaceholderText(tr("What the supplies are for"));
    m_scan = new ScanLine(this);
    m_scan->setPlaceholderText(tr("Scan or type an item's code and press Enter: one more of it"));
    m_table = listTable({tr("Code"), tr("Item"), tr("On hand"), tr("Quantity")}, this);
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&File requisition"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (send())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_scan, &ScanLine::scanned, this, &RequisitionDialog::addCode);
    auto *form = new QFormLayout;
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&For:"), m_reason);
    form->addRow(tr("&Item code:"), m_scan);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void RequisitionDialog::addCode(const QString &scanned)
{
    const QString code = scanned.trimmed();
    m_scan->clear();
    if (code.isEmpty())
        return;
    for (int r = 0; r < m_lines.size(); ++r)
        if (m_lines.at(r).itemCode == code) {
            m_quantities.at(r)->setValue(m_quantities.at(r)->value() + 1);
            m_table->selectRow(r);
            return m_error->showError({});
        }
    auto item = SupplyCatalogue(*m_context.database, *m_context.clock).itemByCode(m_context.actor, code);
    if (!item)
        return m_error->showError(item.error());
    m_lines.append({0, item->id, item->code, item->name, item->unit, 1, 0});
    const int row = m_table->rowCount();
    m_table->setRowCount(row + 1);
    setRowTexts(m_table, row, {item->code, item->name, QString::number(item->onHand)});
    auto *quantity = new QSpinBox(m_table);
    quantity->setRange(0, 1'000'000);
    quantity->setSuffix(QLatin1Char(' ') + item->unit);
    quantity->setValue(1);
    m_table->setCellWidget(row, 3, quantity);
    m_quantities.append(quantity);
    m_table->resizeColumnsToContents();
    m_table->selectRow(row);
    m_error->showError({});
}

QString RequisitionDialog::error() const
{
    return m_error->error();
}

qint64 RequisitionDialog::send()
{
    QList<RequisitionLine> lines;
    for (int r = 0; r < m_lines.size(); ++r) {
        RequisitionLine l = m_lines.at(r);
        l.quantity = m_quantities.at(r)->value();
        if (l.quantity > 0)
            lines.append(l);
    }
    auto id = Requisitions(*m_context.database, *m_context.clock)
                  .request(m_context.actor, m_department->currentData().toLongLong(), m_reason->text(), lines);
    if (!id) {
        m_error->showError(id.error());
        return 0;
    }
    return *id;
}

} // namespace shopdesk
