#pragma once

#include "domain/SupplyItem.h"
#include "ui/Module.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace shopdesk {

class ErrorLabel;

// An item's card (SUP-08: its category): code, name, unit, specification, where it is kept, the
// reorder point and lead time (SUP-02), the preferred supplier. Stock is not edited here.
class SupplyItemDialog : public QDialog
{
    Q_OBJECT
public:
    SupplyItemDialog(const AppContext &context, const SupplyItem &item, QWidget *parent = nullptr);

    QLineEdit *code() const { return m_code; }
    QLineEdit *name() const { return m_name; }
    QComboBox *category() const { return m_category; }
    QString error() const;
    // Saves; the item's id, or 0 with the reason shown.
    qint64 send();

private:
    AppContext m_context;
    SupplyItem m_item;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_category;
    QLineEdit *m_unit;
    QLineEdit *m_specification;
    QLineEdit *m_location;
    QSpinBox *m_reorderPoint;
    QSpinBox *m_leadTime;
    QComboBox *m_supplier;
    ErrorLabel *m_error;
};

} // namespace shopdesk
