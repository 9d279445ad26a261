#include "SuppliesPanel.h"

#include "DepartmentsPage.h"
#include "InvoicesPage.h"
#include "PurchasingPage.h"
#include "ReorderPage.h"
#include "ReportsPage.h"
#include "StockPage.h"
#include "StocktakePage.h"
#include "SuppliersPage.h"
#include "ui/GuideTopic.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace shopdesk {

SuppliesPanel::SuppliesPanel(const AppContext &context, QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_stock = new StockPage(context, m_tabs);
    m_reorder = new ReorderPage(context, m_tabs);
    m_purchasing = new PurchasingPage(context, m_tabs);
    m_invoices = new InvoicesPage(context, m_tabs);
    m_departments = new DepartmentsPage(context, m_tabs);
    m_suppliers = new SuppliersPage(context, m_tabs);
    m_reports = new ReportsPage(context, m_tabs);
    m_stocktakes = new StocktakePage(context, m_tabs);
    m_tabs->addTab(m_stock, tr("Stoc&k"));
    GuideTopic::set(m_stock, QStringLiteral("stock"));
    m_tabs->addTab(m_reorder, tr("Re&order suggestions"));
    GuideTopic::set(m_reorder, QStringLiteral("reorder"));
    m_tabs->addTab(m_purchasing, tr("P&urchasing"));
    GuideTopic::set(m_purchasing, QStringLiteral("supplies"));
    m_tabs->addTab(m_invoices, tr("Invoices"));
    GuideTopic::set(m_invoices, QStringLiteral("supply-invoices"));
    m_tabs->addTab(m_departments, tr("Depart&ments"));
    GuideTopic::set(m_departments, QStringLiteral("supply-issues"));
    m_tabs->addTab(m_stocktakes, tr("Stock&take"));
    GuideTopic::set(m_stocktakes, QStringLiteral("stocktake"));
    m_tabs->addTab(m_suppliers, tr("Suppliers"));
    GuideTopic::set(m_suppliers, QStringLiteral("suppliers"));
    m_tabs->addTab(m_reports, tr("Reports"));
    GuideTopic::set(m_reports, QStringLiteral("supply-reports"));
    // A purchase request made from the suggestions shows on the purchasing page.
    connect(m_reorder, &ReorderPage::requested, m_purchasing, &PurchasingPage::refresh);
    // What changed on one page shows on the others when they are opened.
    connect(m_tabs, &QTabWidget::currentChanged, this, &SuppliesPanel::refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void SuppliesPanel::refresh()
{
    QWidget *page = m_tabs->currentWidget();
    if (page == m_stock)
        m_stock->refresh();
    else if (page == m_reorder)
        m_reorder->refresh();
    else if (page == m_purchasing)
        m_purchasing->refresh();
    else if (page == m_invoices)
        m_invoices->refresh();
    else if (page == m_departments)
        m_departments->refresh();
    else if (page == m_suppliers)
        m_suppliers->refresh();
    else if (page == m_reports)
        m_reports->refresh();
    else if (page == m_stocktakes)
        m_stocktakes->refresh();
}

} // namespace shopdesk
