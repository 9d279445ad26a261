#pragma once

#include "domain/ListingChange.h"
#include "domain/Product.h"
#include "ui/Module.h"
#include "ui/PagedTableModel.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTableView;

namespace shopdesk {

class ErrorLabel;
class PriceChangeDialog;
class ProductDialog;
class ProductImportDialog;
class StockDialog;

// RULE PRD-01..04: the shop's SKUs with their price, stock and status, read a page at a time
// (issue 12) and found by any part of the code, barcode or title; filtered by category, status
// and low stock. From here a card is added or opened, stock booked (PRD-04), a new price or a
// listing change asked for (PRD-01, PRD-02), and a product list imported.
class ProductsPage : public QWidget
{
    Q_OBJECT
public:
    ProductsPage(const AppContext &context, QWidget *parent = nullptr);
    QLineEdit *search() const { return m_search; }
    QTableView *view() const { return m_view; }
    PagedList<Product> *model() const { return m_model; }
    void refresh();
    // The dialogs, shown (not run) so that a test can fill them.
    ProductDialog *addProduct();
    ProductDialog *openProduct();
    StockDialog *bookStock();
    PriceChangeDialog *askPrice();
    ProductImportDialog *importFile(const QString &path);
    // RULE PRD-02: asks the leader to put the selected product on sale or take it off; the reason
    // is asked for.
    void askListing(ListingKind kind);
    // Labels of the selected product with its barcode, `copies` asked: "preview" or "pdf"; the
    // path of the PDF written, or "".
    QString labels(const QString &how);
    QString lastError() const;

private:
    Result<Page<Product>> readPage(const PageCursor &after, int pageSize) const;
    QString cellText(const Product &p, int column) const;
    // The product of the current row, read again; none (and the reason shown) otherwise.
    std::optional<Product> selectedProduct();
    void fillCategories();

    AppContext m_context;
    QLineEdit *m_search;
    QComboBox *m_category;
    QComboBox *m_status;
    QCheckBox *m_low;
    PagedList<Product> *m_model;
    QTableView *m_view;
    ErrorLabel *m_error;
};

} // namespace shopdesk
