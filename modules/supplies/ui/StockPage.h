#pragma once

#include "domain/StockMovement.h"
#include "domain/SupplyItem.h"
#include "ui/Module.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;

namespace shopdesk {

// Stock on hand (SUP-07): the items by category with their stock and value at moving average
// cost, those at or under the reorder point marked; below, the selected item's ledger. From
// here a clerk receives, issues, takes back and adjusts stock, and keeps the item cards.
class StockPage : public QWidget
{
    Q_OBJECT
public:
    StockPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();

    QTableWidget *items() const { return m_items; }
    QTableWidget *movements() const { return m_movements; }
    QLineEdit *filter() const { return m_filter; }
    const SupplyItem *selected() const;
    QList<SupplyItem> selectedItems() const; // in the list's order
    // Opens the movement form for the selected item, or the item card.
    void book(MovementKind kind);
    void editItem(bool newItem);
    // SUP-08: shelf labels for the selected items, copies asked; the PDF's path, or "".
    void printLabels();
    QString saveLabels();
    // Asks for an item list and shows what importing it would do (issue 13).
    void importItems();

private:
    void showMovements();

    AppContext m_context;
    QLineEdit *m_filter;
    QComboBox *m_category;
    QCheckBox *m_onlyToReorder;
    QLabel *m_summary;
    QTableWidget *m_items;
    QTableWidget *m_movements;
    QTimer *m_filterDelay;
    QList<SupplyItem> m_list;
};

} // namespace shopdesk
