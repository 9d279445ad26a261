#include "SuppliersPage.h"

#include "SuppliesActions.h"
#include "SupplyCatalogue.h"
#include "SupplyImportDialog.h"
#include "ui/EmptyListHint.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

SuppliersPage::SuppliersPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New supplier"), this);
    auto *change = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Change"), this);
    auto *import = new QPushButton(QIcon(QStringLiteral(":/icons/import.svg")), tr("Im&port..."), this);
    import->setToolTip(tr("Add and change suppliers from a list (CSV or XLSX); a preview comes first"));
    const bool may = !context.readOnly() && Permissions::can(context.actor, SuppliesAction::ManageItems);
    add->setEnabled(may);
    change->setEnabled(may);
    import->setEnabled(may);
    m_table = listTable({tr("Supplier"), tr("Contact"), tr("Phone"), tr("Notes")}, this);
    EmptyListHint::install(m_table, tr("No suppliers yet: import their list with Import..."));
    makeSortable(m_table);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(change);
    buttons->addWidget(import);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_table);
    connect(add, &QPushButton::clicked, this, [this] { edit(true); });
    connect(change, &QPushButton::clicked, this, [this] { edit(false); });
    connect(import, &QPushButton::clicked, this, &SuppliersPage::importSuppliers);
    if (may)
        connect(m_table, &QTableWidget::itemActivated, this, [this] { edit(false); });
    refresh();
}

void SuppliersPage::refresh()
{
    const int current = m_table->currentRow();
    const qint64 keep =
        current >= 0 && m_table->item(current, 0) ? m_table->item(current, 0)->data(Qt::UserRole).toLongLong() : 0;
    auto list = SupplyCatalogue(*m_context.database, *m_context.clock).suppliers(m_context.actor);
    m_list = list ? *list : QList<Supplier>();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_list.size()));
    for (int r = 0; r < m_list.size(); ++r) {
        const Supplier &s = m_list.at(r);
        setRowTexts(m_table, r, {s.name, s.contact, s.phone, s.notes});
        m_table->item(r, 0)->setData(Qt::UserRole, s.id);
    }
    m_table->setSortingEnabled(true);
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (keep && m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == keep)
            m_table->selectRow(r);
    m_table->resizeColumnsToContents();
}

void SuppliersPage::edit(bool newSupplier)
{
    Supplier supplier;
    if (!newSupplier) {
        const int row = m_table->currentRow();
        if (row < 0)
            return MessageBox::information(this, tr("Change supplier"), tr("Choose a supplier in the list first."));
        const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
        for (const Supplier &s : m_list)
            if (s.id == id)
                supplier = s;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(newSupplier ? tr("New supplier") : supplier.name);
    auto *name = new QLineEdit(supplier.name, &dialog);
    auto *contact = new QLineEdit(supplier.contact, &dialog);
    auto *phone = new QLineEdit(supplier.phone, &dialog);
    auto *notes = new QLineEdit(supplier.notes, &dialog);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("C&ontact:"), contact);
    form->addRow(tr("&Phone:"), phone);
    form->addRow(tr("No&tes:"), notes);
    auto *error = new ErrorLabel(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        Supplier s = supplier;
        s.name = name->text();
        s.contact = contact->text();
        s.phone = phone->text();
        s.notes = notes->text();
        auto saved = SupplyCatalogue(*m_context.database, *m_context.clock).saveSupplier(m_context.actor, s);
        if (!saved)
            return error->showError(saved.error());
        dialog.accept();
    });
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(error);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(420);
    dialog.exec();
    refresh();
}

void SuppliersPage::importSuppliers()
{
    const QString path = FileDialog::openFileName(this, tr("Import a supplier list"),
                                                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                  tr("Supplier lists (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty() && SupplyImportDialog::importFile(m_context, SupplyImportDialog::List::Suppliers, path, this))
        refresh();
}

} // namespace shopdesk
