#pragma once

#include "ui/Module.h"

#include <QWidget>

class QTabWidget;

namespace shopdesk {

class DepartmentsPage;
class InvoicesPage;
class PurchasingPage;
class ReorderPage;
class ReportsPage;
class StockPage;
class StocktakePage;
class SuppliersPage;

// The office supplies area (issue 13): stock and its ledger, reorder suggestions, purchasing and
// invoices, departments (custodians, requisitions, local purchases), stocktakes, suppliers, reports.
class SuppliesPanel : public QWidget
{
    Q_OBJECT
public:
    SuppliesPanel(const AppContext &context, QWidget *parent = nullptr);
    QTabWidget *tabs() const { return m_tabs; }
    StockPage *stock() const { return m_stock; }
    ReorderPage *reorder() const { return m_reorder; }
    SuppliersPage *suppliers() const { return m_suppliers; }
    PurchasingPage *purchasing() const { return m_purchasing; }
    InvoicesPage *invoices() const { return m_invoices; }
    DepartmentsPage *departments() const { return m_departments; }
    ReportsPage *reports() const { return m_reports; }
    StocktakePage *stocktakes() const { return m_stocktakes; }

public slots:
    // F5, and another PC's change (the main window's watcher): the page in view reads again.
    void refresh();

private:
    QTabWidget *m_tabs;
    StockPage *m_stock;
    ReorderPage *m_reorder;
    SuppliersPage *m_suppliers;
    PurchasingPage *m_purchasing;
    InvoicesPage *m_invoices;
    DepartmentsPage *m_departments;
    ReportsPage *m_reports;
    StocktakePage *m_stocktakes;
};

} // namespace shopdesk
