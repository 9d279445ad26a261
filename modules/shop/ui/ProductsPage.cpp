#include "ProductsPage.h"

#include "Listings.h"
#include "PriceChangeDialog.h"
#include "ProductCatalogue.h"
#include "ProductDialog.h"
#include "ProductImportDialog.h"
#include "ProductLabels.h"
#include "ShopActions.h"
#include "StockDialog.h"
#include "report/DataExport.h"
#include "ui/EmptyListHint.h"
#include "ui/ErrorLabel.h"
#include "ui/LabelPrinting.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
// The columns; the first six in ProductOrder's order, so a click on one orders the query by it.
enum Column {
    CodeColumn,
    TitleColumn,
    CategoryColumn,
    PriceColumn,
    OnHandColumn,
    StatusColumn,
    SpecificationColumn,
    BarcodeColumn
};
} // namespace

ProductsPage::ProductsPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_search(filterLine(this, tr("SKU code, barcode or any part of the title (Ctrl+F)"))),
      m_model(new PagedList<Product>(
          {tr("SKU code"), tr("Title"), tr("Category"), tr("Price"), tr("On hand"), tr("Status"), tr("Specification"),
           tr("Barcode")},
          [this](const Product &p, int column) { return cellText(p, column); },
          [this](const PageCursor &after, int size) { return readPage(after, size); },
          PagedTableModel::kDefaultPageSize, this)),
      m_view(listView(m_model, this))
{
    m_model->setFigureColumns({PriceColumn, OnHandColumn});
    EmptyListHint::install(m_view,
                           tr("No products here. Add one, or import the product list with Import a list...; or "
                              "change the filter."),
                           m_search);
    const bool writable = !context.readOnly();
    m_category = new QComboBox(this);
    m_category->setAccessibleName(tr("Category"));
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), QString());
    for (ProductStatus s : {ProductStatus::Draft, ProductStatus::Listed, ProductStatus::Delisted})
        m_status->addItem(productStatusTitle(s), productStatusKey(s));
    m_low = new QCheckBox(tr("Only lo&w on stock"), this);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *add =
        bar->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New..."), this, &ProductsPage::addProduct);
    add->setShortcut(QKeySequence::New);
    QAction *open =
        bar->addAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("&Open..."), this, &ProductsPage::openProduct);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    QAction *stock = bar->addAction(tr("&Stock..."), this, &ProductsPage::bookStock);
    stock->setToolTip(tr("Book a receipt, a sale, a customer return or a count's difference (PRD-04)"));
    QAction *price = bar->addAction(tr("New pri&ce..."), this, &ProductsPage::askPrice);
    price->setToolTip(tr("Ask the leader for a new price, with the competitors' prices (PRD-01)"));
    QAction *list = bar->addAction(tr("P&ut on sale..."), this, [this] { askListing(ListingKind::List); });
    QAction *delist = bar->addAction(tr("&Take off sale..."), this, [this] { askListing(ListingKind::Delist); });
    QAction *import =
        bar->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import a list..."), this, [this] {
            const QString path = FileDialog::openFileName(this, tr("Import a product list"), QString(),
                                                          tr("Product lists (*.csv *.xlsx)"));
            if (!path.isEmpty())
                importFile(path);
        });
    auto *labelsButton = new QToolButton(bar);
    labelsButton->setText(tr("Lab&els"));
    labelsButton->setPopupMode(QToolButton::InstantPopup);
    auto *labelsMenu = new QMenu(labelsButton);
    labelsMenu->addAction(tr("Labels of the selected product: print preview..."), this,
                          [this] { labels(QStringLiteral("preview")); });
    labelsMenu->addAction(tr("Labels of the selected product: save as PDF..."), this,
                          [this] { labels(QStringLiteral("pdf")); });
    labelsButton->setMenu(labelsMenu);
    // RULE DB-04: labels leave the program as a print or a file, which takes the export right.
    labelsButton->setEnabled(DataExport(*context.database, *context.clock).mayExport(context.actor).ok());
    bar->addWidget(labelsButton);
    const bool manage = writable && Permissions::can(context.actor, ShopAction::ManageProducts);
    add->setEnabled(manage);
    import->setEnabled(manage);
    stock->setEnabled(writable && Permissions::can(context.actor, ShopAction::MoveStock));
    const bool proposes = writable && Permissions::can(context.actor, ShopAction::Propose)
        && context.actor.roles.contains(Role::ProductManager);
    for (QAction *a : {price, list, delist}) {
        a->setEnabled(proposes);
        if (!proposes)
            a->setToolTip(tr("The product manager asks for this (PRD-01, PRD-02)."));
    }
    // A tool bar's buttons show no underlined letter: each action's letter is its shortcut.
    for (QAction *a : {stock, price, list, delist, import})
        a->setShortcut(QKeySequence::mnemonic(a->text()));
    for (QAction *a : {add, open, stock, price, list, delist, import}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_category, 1);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_low);
    m_error = new ErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_view, 1);

    // Issue 12: the filter and the order are the query's; a new filter or a click on a header
    // reads the first page again.
    connect(m_search, &QLineEdit::textChanged, m_model, &PagedTableModel::reload);
    connect(m_category, &QComboBox::activated, m_model, &PagedTableModel::reload);
    connect(m_status, &QComboBox::activated, m_model, &PagedTableModel::reload);
    connect(m_low, &QCheckBox::toggled, m_model, &PagedTableModel::reload);
    connect(m_model, &PagedTableModel::pageFailed, m_error, &ErrorLabel::showError);
    connect(m_view, &QTableView::doubleClicked, this, &ProductsPage::openProduct);
    m_view->horizontalHeader()->setSortIndicator(CodeColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    fillCategories();
    m_view->resizeColumnsToContents();
}

void ProductsPage::fillCategories()
{
    const QString current = m_category->currentData().toString();
    m_category->clear();
    m_category->addItem(tr("Any category"), QString());
    if (auto list = ProductCatalogue(*m_context.database, *m_context.clock).categories(m_context.actor))
        for (const QString &c : *list)
            m_category->addItem(c, c);
    m_category->setCurrentIndex(qMax(0, m_category->findData(current)));
}

void ProductsPage::refresh()
{
    fillCategories();
    m_error->showError(m_model->reload());
}

QString ProductsPage::lastError() const
{
    return m_error->error();
}

Result<Page<Product>> ProductsPage::readPage(const PageCursor &after, int pageSize) const
{
    ProductQuery query;
    query.text = m_search->text();
    query.category = m_category->currentData().toString();
    query.status = productStatusFromKey(m_status->currentData().toString());
    query.onlyLowStock = m_low->isChecked();
    const int column = m_model->sortColumn();
    const auto order = column >= CodeColumn && column <= StatusColumn ? ProductOrder(column) : ProductOrder::ByCode;
    return ProductCatalogue(*m_context.database, *m_context.clock)
        .page(m_context.actor, query, order, m_model->sortOrder() == Qt::DescendingOrder, after, pageSize);
}

QString ProductsPage::cellText(const Product &p, int column) const
{
    switch (column) {
    case CodeColumn: return p.code;
    case TitleColumn: return p.title;
    case CategoryColumn: return p.category;
    case PriceColumn: return p.price().toString();
    case OnHandColumn: return p.lowOnStock() ? tr("%1 (low)").arg(p.onHand) : QString::number(p.onHand);
    case StatusColumn: return productStatusTitle(p.status);
    case SpecificationColumn: return p.specification;
    case BarcodeColumn: return p.barcode;
    }
    return {};
}

std::optional<Product> ProductsPage::selectedProduct()
{
    const Product *row = m_model->rowAt(m_view->currentIndex().row());
    if (!row) {
        m_error->showError(tr("Choose a product in the list first."));
        return std::nullopt;
    }
    auto fresh = ProductCatalogue(*m_context.database, *m_context.clock).product(m_context.actor, row->id);
    if (!fresh) {
        m_error->showError(fresh.error());
        return std::nullopt;
    }
    m_error->showError({});
    return *fresh;
}

ProductDialog *ProductsPage::addProduct()
{
    auto *dialog = new ProductDialog(m_context, Product{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ProductsPage::refresh);
    dialog->open();
    return dialog;
}

ProductDialog *ProductsPage::openProduct()
{
    auto product = selectedProduct();
    if (!product)
        return nullptr;
    auto *dialog = new ProductDialog(m_context, *product, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ProductsPage::refresh);
    dialog->open();
    return dialog;
}

StockDialog *ProductsPage::bookStock()
{
    auto product = selectedProduct();
    auto *dialog = new StockDialog(m_context, product.value_or(Product{}), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ProductsPage::refresh);
    dialog->open();
    return dialog;
}

PriceChangeDialog *ProductsPage::askPrice()
{
    auto product = selectedProduct();
    if (!product)
        return nullptr;
    auto *dialog = new PriceChangeDialog(m_context, *product, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ProductsPage::askListing(ListingKind kind)
{
    auto product = selectedProduct();
    if (!product)
        return;
    bool ok = false;
    const QString reason = InputDialog::text(this, listingKindTitle(kind),
                                             tr("Why should %1 %2 be %3? The leader reads it.")
                                                 .arg(product->code, product->title, listingKindTitle(kind).toLower()),
                                             &ok);
    if (!ok)
        return;
    auto asked = Listings(*m_context.database, *m_context.clock).ask(m_context.actor, product->id, kind, reason);
    if (!asked) {
        m_error->showError(asked.error());
        return;
    }
    MessageBox::information(this, listingKindTitle(kind),
                            tr("Asked: the leader approves it, then the web editor carries it out (PRD-02)."));
}

QString ProductsPage::labels(const QString &how)
{
    auto product = selectedProduct();
    if (!product)
        return {};
    const ProductLabels printer(*m_context.database, *m_context.clock);
    if (Status may = printer.mayPrint(m_context.actor); !may) {
        m_error->showError(may.error());
        return {};
    }
    bool ok = false;
    const int copies = InputDialog::number(this, ProductLabels::title(), tr("Labels of %1:").arg(product->code), 1, 1,
                                           ProductLabels::maxCopies, &ok);
    if (!ok)
        return {};
    auto sheet = printer.labels(m_context.actor, {product->code}, copies);
    if (!sheet) {
        m_error->showError(sheet.error());
        return {};
    }
    if (how == u"preview") {
        LabelPrinting::preview(this, m_context, ProductLabels::title(), ProductLabels::printed(*sheet));
        return {};
    }
    return LabelPrinting::savePdf(this, m_context, ProductLabels::title(),
                                  QStringLiteral("labels-%1").arg(product->code), ProductLabels::printed(*sheet));
}

ProductImportDialog *ProductsPage::importFile(const QString &path)
{
    auto *dialog = new ProductImportDialog(m_context, path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &ProductsPage::refresh);
    dialog->open();
    return dialog;
}

} // namespace shopdesk
