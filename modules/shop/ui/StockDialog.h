#pragma once

#include "domain/ProductStock.h"
#include "ui/Module.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace shopdesk {

class ErrorLabel;
class ScanLine;

// RULE PRD-04: one booking of the product stock ledger: a receipt, a sale, a customer return or a
// count's difference, for the product scanned or chosen, with why and the order or delivery note.
// The stock the clerk saw is checked against another PC's booking meanwhile.
class StockDialog : public QDialog
{
    Q_OBJECT
public:
    StockDialog(const AppContext &context, const Product &product, QWidget *parent = nullptr);
    ScanLine *code() const { return m_code; }
    QComboBox *kind() const { return m_kind; }
    QSpinBox *quantity() const { return m_quantity; }
    QLineEdit *reason() const { return m_reason; }
    // Books; the row's id, or 0 with the reason shown.
    qint64 book();
    QString error() const;

private:
    void findScanned();
    void showProduct();
    AppContext m_context;
    Product m_product;
    ScanLine *m_code;
    QLabel *m_productLabel;
    QComboBox *m_kind;
    QSpinBox *m_quantity;
    QLineEdit *m_reason, *m_reference;
    ErrorLabel *m_error;
};

} // namespace shopdesk
