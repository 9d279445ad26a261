#include "StockPage.h"

#include "LabelActions.h"
#include "MovementDialog.h"
#include "StockLedger.h"
#include "SuppliesActions.h"
#include "SupplyCatalogue.h"
#include "SupplyImportDialog.h"
#include "SupplyItemDialog.h"
#include "common/Clock.h"
#include "ui/EmptyListHint.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
enum ItemColumn { Code, Name, Category, Specification, Unit, OnHand, ReorderPoint, AverageCost, Value, Location };
} // namespace

StockPage::StockPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_filter = filterLine(this, tr("Code, name or specification (Ctrl+F)"));
    m_category = new QComboBox(this);
    m_category->setAccessibleName(tr("Category"));
    m_onlyToReorder = new QCheckBox(tr("Only at or under the &reorder point"), this);
    auto *newItem = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New item"), this);
    auto *edit = new QPushButton(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Edit item"), this);
    auto *import = new QPushButton(QIcon(QStringLiteral(":/icons/import.svg")), tr("Im&port..."), this);
    import->setToolTip(tr("Add and change items from a list (CSV or XLSX); a preview comes first"));
    auto *receive = new QPushButton(tr("Re&ceive..."), this);
    auto *issue = new QPushButton(tr("&Issue..."), this);
    auto *more = new QToolButton(this);
    more->setText(tr("&More movements"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(more);
    for (MovementKind kind : {MovementKind::Return, MovementKind::LocalPurchase})
        menu->addAction(movementKindTitle(kind) + QStringLiteral("..."), this, [this, kind] { book(kind); });
    more->setMenu(menu);
    // SUP-08: shelf labels with the code the scanner reads; the arrow offers the PDF.
    auto *labels = new QToolButton(this);
    labels->setText(tr("Print &labels..."));
    labels->setToolTip(tr("Shelf labels with a barcode for the selected items, on A4 label sheets"));
    labels->setPopupMode(QToolButton::MenuButtonPopup);
    auto *labelsMenu = new QMenu(labels);
    labelsMenu->addAction(tr("Save labels as &PDF..."), this, &StockPage::saveLabels);
    labels->setMenu(labelsMenu);
    const bool mayEdit = !context.readOnly() && Permissions::can(context.actor, SuppliesAction::ManageItems);
    const bool mayMove = !context.readOnly() && Permissions::can(context.actor, SuppliesAction::MoveStock);
    newItem->setEnabled(mayEdit);
    newItem->setShortcut(QKeySequence::New);
    edit->setEnabled(mayEdit);
    import->setEnabled(mayEdit);
    for (QWidget *w : std::initializer_list<QWidget *>{receive, issue, more})
        w->setEnabled(mayMove);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 2);
    top->addWidget(m_category, 1);
    top->addWidget(m_onlyToReorder);
    top->addStretch();
    auto *actions = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{newItem, edit, import, receive, issue, more, labels})
        actions->addWidget(w);
    actions->addStretch();
    m_summary = new QLabel(this);
    actions->addWidget(m_summary);

    m_items = listTable({tr("Code"), tr("Name"), tr("Category"), tr("Specification"), tr("Unit"), tr("On hand"),
                         tr("Reorder point"), tr("Average cost"), tr("Value"), tr("Location")},
                        this);
    EmptyListHint::install(m_items,
                           tr("No items yet. Add one with New item, or import the item list with Import... "
                              "(an Excel or CSV file)."),
                           m_filter);
    makeSortable(m_items);
    m_items->setSelectionMode(QAbstractItemView::ExtendedSelection); // several items' labels at once
    m_movements = listTable({tr("Time"), tr("Movement"), tr("Quantity"), tr("Value"), tr("Department"), tr("By"),
                             tr("Reason"), tr("Reference")},
                            this);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(new QLabel(tr("Movements of the selected item, newest first:"), lower));
    lowerLayout->addWidget(m_movements);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_items);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(actions);
    layout->addWidget(split);

    m_filterDelay = new QTimer(this);
    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(250);
    connect(m_filterDelay, &QTimer::timeout, this, &StockPage::refresh);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_category, &QComboBox::activated, this, &StockPage::refresh);
    connect(m_onlyToReorder, &QCheckBox::toggled, this, &StockPage::refresh);
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &StockPage::showMovements);
    if (mayMove) // Enter or a double click on an item: issue it
        connect(m_items, &QTableWidget::itemActivated, this, [this] { book(MovementKind::Issue); });
    connect(newItem, &QPushButton::clicked, this, [this] { editItem(true); });
    connect(edit, &QPushButton::clicked, this, [this] { editItem(false); });
    connect(import, &QPushButton::clicked, this, &StockPage::importItems);
    connect(receive, &QPushButton::clicked, this, [this] { book(MovementKind::Receipt); });
    connect(issue, &QPushButton::clicked, this, [this] { book(MovementKind::Issue); });
    connect(labels, &QToolButton::clicked, this, &StockPage::printLabels);
    refresh();
}

const SupplyItem *StockPage::selected() const
{
    const auto rows = m_items->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const qint64 id = m_items->item(rows.first().row(), Code)->data(Qt::UserRole).toLongLong();
    for (const SupplyItem &i : m_list)
        if (i.id == id)
            return &i;
    return nullptr;
}

QList<SupplyItem> StockPage::selectedItems() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_items->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QList<SupplyItem> chosen;
    for (int row : rows) {
        const qint64 id = m_items->item(row, Code)->data(Qt::UserRole).toLongLong();
        for (const SupplyItem &i : m_list)
            if (i.id == id)
                chosen.append(i);
    }
    return chosen;
}

void StockPage::refresh()
{
    SupplyCatalogue catalogue(*m_context.database, *m_context.clock);
    const qint64 keep = selected() ? selected()->id : 0;
    const QString category = m_category->currentData().toString();
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    if (auto categories = catalogue.categories(m_context.actor))
        for (const QString &c : *categories)
            m_category->addItem(c, c);
    m_category->setCurrentIndex(qMax(0, m_category->findData(category)));

    auto list = catalogue.items(m_context.actor, {m_filter->text(), category, m_onlyToReorder->isChecked()});
    if (!list) {
        m_summary->setText(list.error());
        return;
    }
    m_list = *list;
    const QLocale locale;
    m_items->setSortingEnabled(false);
    m_items->setRowCount(0);
    m_items->setRowCount(int(m_list.size()));
    qint64 total = 0;
    for (int row = 0; row < m_list.size(); ++row) {
        const SupplyItem &i = m_list.at(row);
        total += i.valueFen;
        auto *code = new QTableWidgetItem(i.code);
        code->setData(Qt::UserRole, i.id);
        m_items->setItem(row, Code, code);
        m_items->setItem(row, Name, new QTableWidgetItem(i.name));
        m_items->setItem(row, Category, new QTableWidgetItem(i.category));
        m_items->setItem(row, Specification, new QTableWidgetItem(i.specification));
        m_items->setItem(row, Unit, new QTableWidgetItem(i.unit));
        QTableWidgetItem *onHand = numberCell(i.onHand, locale.toString(i.onHand));
        if (i.atOrUnderReorderPoint() && (i.reorderPoint > 0 || i.onHand == 0)) {
            onHand->setForeground(QColor(180, 40, 40));
            onHand->setToolTip(tr("At or under the reorder point"));
        }
        m_items->setItem(row, OnHand, onHand);
        m_items->setItem(row, ReorderPoint, numberCell(i.reorderPoint, locale.toString(i.reorderPoint)));
        m_items->setItem(row, AverageCost, numberCell(i.averageCost().fen(), i.averageCost().toString()));
        m_items->setItem(row, Value, numberCell(i.valueFen, Money::fromFen(i.valueFen).toString()));
        m_items->setItem(row, Location, new QTableWidgetItem(i.location));
        if (i.id == keep)
            m_items->selectRow(row);
    }
    m_items->setSortingEnabled(true);
    m_items->resizeColumnsToContents();
    m_summary->setText(tr("%n item(s), worth %1", nullptr, int(m_list.size())).arg(Money::fromFen(total).toString()));
    showMovements();
}

void StockPage::showMovements()
{
    m_movements->setRowCount(0);
    const SupplyItem *item = selected();
    if (!item)
        return;
    auto rows = StockLedger(*m_context.database, *m_context.clock).movements(m_context.actor, item->id);
    if (!rows)
        return;
    m_movements->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const StockMovement &m = rows->at(r);
        setRowTexts(m_movements, r,
                    {localMinuteText(m.at), movementKindTitle(m.kind), QLocale().toString(m.quantity),
                     Money::fromFen(m.valueFen).toString(), m.departmentName, m.byUserName, m.reason, m.reference});
        for (int c : {2, 3})
            m_movements->item(r, c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_movements->resizeColumnsToContents();
}

void StockPage::book(MovementKind kind)
{
    MovementDialog dialog(m_context, kind, selected() ? *selected() : SupplyItem{}, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void StockPage::printLabels()
{
    LabelActions::preview(this, m_context, selectedItems());
}

QString StockPage::saveLabels()
{
    return LabelActions::savePdf(this, m_context, selectedItems());
}

void StockPage::editItem(bool newItem)
{
    if (!newItem && !selected())
        return MessageBox::information(this, tr("Edit item"), tr("Choose an item in the list first."));
    SupplyItemDialog dialog(m_context, newItem ? SupplyItem{} : *selected(), this);
    if (dialog.exec() == QDialog::Accepted || !newItem)
        refresh();
}

void StockPage::importItems()
{
    const QString path = FileDialog::openFileName(this, tr("Import an item list"),
                                                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                  tr("Item lists (*.csv *.xlsx);;All files (*)"));
    if (!path.isEmpty() && SupplyImportDialog::importFile(m_context, SupplyImportDialog::List::Items, path, this))
        refresh();
}

} // namespace shopdesk
