#pragma once

#include "domain/SupplyItem.h"
#include "ui/Module.h"

#include <QWidget>

class QTableWidget;

namespace shopdesk {

// The suppliers the office buys from, with their contacts; added and changed in a small form.
class SuppliersPage : public QWidget
{
    Q_OBJECT
public:
    SuppliersPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    QTableWidget *table() const { return m_table; }
    // Opens the form for a new supplier (none selected) or the selected one.
    void edit(bool newSupplier);
    // Asks for a supplier list and shows what importing it would do (issue 13).
    void importSuppliers();

private:
    AppContext m_context;
    QTableWidget *m_table;
    QList<Supplier> m_list;
};

} // namespace shopdesk
