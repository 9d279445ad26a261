#include "ShopPanel.h"

#include "AccountVault.h"
#include "OrdersPage.h"
#include "ProductsPage.h"
#include "PromotionsPage.h"
#include "RequestsPage.h"
#include "SalesPage.h"
#include "SecurityIncidentsPage.h"
#include "ShopReportsPage.h"
#include "VaultPage.h"
#include "WebPublishingPage.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace shopdesk {

ShopPanel::ShopPanel(const AppContext &context, QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_orders = new OrdersPage(context, m_tabs);
    m_products = new ProductsPage(context, m_tabs);
    m_requests = new RequestsPage(context, m_tabs);
    m_promotions = new PromotionsPage(context, m_tabs);
    m_reports = new ShopReportsPage(context, m_tabs);
    m_sales = new SalesPage(context, m_tabs);
    m_tabs->addTab(m_orders, tr("&Orders"));
    m_tabs->addTab(m_products, tr("&Products"));
    m_tabs->addTab(m_requests, tr("Price and &listing changes"));
    m_tabs->addTab(m_promotions, tr("Pro&motions"));
    m_tabs->addTab(m_sales, tr("S&ales"));
    m_tabs->addTab(m_reports, tr("&Reports"));
    m_web = new WebPublishingPage(context, m_tabs);
    m_incidents = new SecurityIncidentsPage(context, m_tabs);
    m_tabs->addTab(m_web, tr("&Web publishing"));
    m_tabs->addTab(m_incidents, tr("Security &incidents"));
    if (AccountVault::mayKeep(context.actor)) { // RULE ACC-01: its keepers only
        m_vault = new VaultPage(context, m_tabs);
        m_tabs->addTab(m_vault, tr("Official a&ccounts"));
    }
    // What changed on one page shows on the other when it comes up.
    connect(m_tabs, &QTabWidget::currentChanged, this, &ShopPanel::refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void ShopPanel::refresh()
{
    QWidget *page = m_tabs->currentWidget();
    if (page == m_requests)
        m_requests->refresh();
    else if (page == m_promotions)
        m_promotions->refresh();
    else if (page == m_reports)
        m_reports->refresh();
    else if (page == m_sales)
        m_sales->refresh();
    else if (page == m_web)
        m_web->refresh();
    else if (page == m_incidents)
        m_incidents->refresh();
    else if (page == m_vault && m_vault)
        m_vault->refresh();
    else if (page == m_products)
        m_products->refresh();
    else
        m_orders->refresh();
}

} // namespace shopdesk
