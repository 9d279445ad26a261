#pragma once

#include "domain/Product.h"
#include "ui/Module.h"

#include <QDialog>

class QComboBox;
class QListWidget;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace shopdesk {

class ErrorLabel;

// A product's card: SKU code, title, specification, barcode, category, cost, low stock mark, and
// for a new product its first price. An existing product's price is shown with its whole
// history (PRD-01): it changes only through an approved price change, never here.
class ProductDialog : public QDialog
{
    Q_OBJECT
public:
    ProductDialog(const AppContext &context, const Product &product, QWidget *parent = nullptr);
    QLineEdit *code() const { return m_code; }
    QLineEdit *title() const { return m_title; }
    QComboBox *category() const { return m_category; }
    QLineEdit *price() const { return m_price; }
    QLineEdit *barcode() const { return m_barcode; }
    QTableWidget *history() const { return m_history; }
    QListWidget *pictures() const { return m_pictures; }
    // A picture for the shop pages from `path` (WEB-04: at most 512,000 bytes); false with the
    // reason shown.
    bool addPicture(const QString &path);
    bool removePicture();
    // Saves; the id, or 0 with the reason shown.
    qint64 save();
    QString error() const;

private:
    void showPictures();
    AppContext m_context;
    Product m_product;
    QLineEdit *m_code, *m_title, *m_specification, *m_barcode, *m_cost, *m_price;
    QComboBox *m_category;
    QSpinBox *m_lowStockAt;
    QTableWidget *m_history = nullptr;
    QListWidget *m_pictures = nullptr;
    ErrorLabel *m_error;
};

} // namespace shopdesk
