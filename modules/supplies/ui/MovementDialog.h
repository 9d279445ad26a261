#pragma once

#include "domain/StockRules.h"
#include "domain/SupplyItem.h"
#include "ui/Module.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace shopdesk {

class ErrorLabel;
class ScanLine;

// One form for every stock movement (SUP-05, SUP-07, SUP-08): the item (a barcode scanner types
// its code and Enter), the quantity, for a receipt or local purchase the unit price, for an
// issue, return or local purchase the department, and always the reason. A return onto an empty
// shelf asks for the unit price. The ledger's refusal shows in the form. (Differences from the
// books are booked by an approved stocktake, StocktakePage.)
class MovementDialog : public QDialog
{
    Q_OBJECT
public:
    MovementDialog(const AppContext &context, MovementKind kind, const SupplyItem &item, QWidget *parent = nullptr);

    // For tests: the fields, and sending the form as a user would.
    ScanLine *code() const { return m_code; }
    QSpinBox *quantity() const { return m_quantity; }
    QLineEdit *unitPrice() const { return m_unitPrice; }
    QComboBox *department() const { return m_department; }
    QLineEdit *reason() const { return m_reason; }
    QString error() const;
    qint64 send();

private:
    void findScanned();
    void showItem();

    AppContext m_context;
    MovementKind m_kind;
    SupplyItem m_item;
    ScanLine *m_code;
    QLabel *m_itemLabel;
    QSpinBox *m_quantity;
    QLineEdit *m_unitPrice = nullptr;
    QComboBox *m_department = nullptr;
    QLineEdit *m_reason;
    QLineEdit *m_reference;
    ErrorLabel *m_error;
};

} // namespace shopdesk
