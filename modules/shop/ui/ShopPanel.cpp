#include "ShopPanel.h"

#include "AccountVault.h"
#include "CustomerFlagsPage.h"
#include "FeedbackPage.h"
#include "OrdersPage.h"
#include "ProductsPage.h"
#include "PromotionsPage.h"
#include "RequestsPage.h"
#include "SalesPage.h"
#include "SecurityIncidentsPage.h"
#include "ServiceReportPage.h"
#include "ServiceRosterPage.h"
#include "ShopReportsPage.h"
#include "VaultPage.h"
#include "WebPublishingPage.h"
#include "ui/GuideTopic.h"

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
    m_tabs->addTab(m_orders, tr("Orders"));
    GuideTopic::set(m_orders, QStringLiteral("orders"));
    m_tabs->addTab(m_products, tr("&Products"));
    GuideTopic::set(m_products, QStringLiteral("products"));
    m_tabs->addTab(m_requests, tr("Price and &listing changes"));
    GuideTopic::set(m_requests, QStringLiteral("price-changes"));
    m_tabs->addTab(m_promotions, tr("Pro&motions"));
    GuideTopic::set(m_promotions, QStringLiteral("promotions"));
    m_tabs->addTab(m_sales, tr("Sales"));
    GuideTopic::set(m_sales, QStringLiteral("sales"));
    m_tabs->addTab(m_reports, tr("Reports"));
    GuideTopic::set(m_reports, QStringLiteral("shop-reports"));
    m_service = new QTabWidget(m_tabs);
    m_roster = new ServiceRosterPage(context, m_service);
    m_feedback = new FeedbackPage(context, m_service);
    m_flags = new CustomerFlagsPage(context, m_service);
    m_serviceReport = new ServiceReportPage(context, m_service);
    m_service->addTab(m_feedback, tr("Feedback"));
    GuideTopic::set(m_feedback, QStringLiteral("feedback"));
    m_service->addTab(m_roster, tr("Roster"));
    GuideTopic::set(m_roster, QStringLiteral("service-roster"));
    m_service->addTab(m_flags, tr("Bad customers"));
    GuideTopic::set(m_flags, QStringLiteral("bad-customers"));
    m_service->addTab(m_serviceReport, tr("Monthly report"));
    GuideTopic::set(m_serviceReport, QStringLiteral("service-report"));
    m_tabs->addTab(m_service, tr("C&ustomer service"));
    connect(m_service, &QTabWidget::currentChanged, this, &ShopPanel::refresh);
    m_web = new WebPublishingPage(context, m_tabs);
    m_incidents = new SecurityIncidentsPage(context, m_tabs);
    m_tabs->addTab(m_web, tr("Web publishing"));
    GuideTopic::set(m_web, QStringLiteral("web-publishing"));
    m_tabs->addTab(m_incidents, tr("Security &incidents"));
    GuideTopic::set(m_incidents, QStringLiteral("incidents"));
    if (AccountVault::mayKeep(context.actor)) { // RULE ACC-01: its keepers only
        m_vault = new VaultPage(context, m_tabs);
        m_tabs->addTab(m_vault, tr("Official accounts"));
        GuideTopic::set(m_vault, QStringLiteral("official-accounts"));
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
    else if (page == m_service)
        refreshService();
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

void ShopPanel::refreshService()
{
    QWidget *page = m_service->currentWidget();
    if (page == m_roster)
        m_roster->refresh();
    else if (page == m_flags)
        m_flags->refresh();
    else if (page == m_serviceReport)
        m_serviceReport->refresh();
    else
        m_feedback->refresh();
}

} // namespace shopdesk
