#pragma once

#include "ui/Module.h"

#include <QWidget>

class QTabWidget;

namespace shopdesk {

class CustomerFlagsPage;
class FeedbackPage;
class OrdersPage;
class ProductsPage;
class PromotionsPage;
class RequestsPage;
class SalesPage;
class SecurityIncidentsPage;
class ServiceReportPage;
class ServiceRosterPage;
class ShopReportsPage;
class VaultPage;
class WebPublishingPage;

// RULE PRD-01..04: the shop's products: the SKUs with their stock, the price and listing changes
// on their way, the promotions, the reports; web publishing and its incident log (WEB-01..05); for
// its keepers, the official accounts (ACC-01); customer service (CS-01..04).
class ShopPanel : public QWidget
{
    Q_OBJECT
public:
    ShopPanel(const AppContext &context, QWidget *parent = nullptr);
    QTabWidget *tabs() const { return m_tabs; }
    OrdersPage *orders() const { return m_orders; }
    ProductsPage *products() const { return m_products; }
    RequestsPage *requests() const { return m_requests; }
    PromotionsPage *promotions() const { return m_promotions; }
    ShopReportsPage *reports() const { return m_reports; }
    SalesPage *sales() const { return m_sales; }
    QTabWidget *service() const { return m_service; } // customer service's own tabs (CS-01..04)
    ServiceRosterPage *roster() const { return m_roster; }
    FeedbackPage *feedback() const { return m_feedback; }
    CustomerFlagsPage *flags() const { return m_flags; }
    ServiceReportPage *serviceReport() const { return m_serviceReport; }
    WebPublishingPage *web() const { return m_web; }
    SecurityIncidentsPage *incidents() const { return m_incidents; }
    VaultPage *vault() const { return m_vault; } // null for whoever keeps no official accounts

public slots:
    // The page showing, read again (F5, or a change from another PC).
    void refresh();

private:
    void refreshService();
    QTabWidget *m_tabs;
    OrdersPage *m_orders;
    ProductsPage *m_products;
    RequestsPage *m_requests;
    PromotionsPage *m_promotions;
    ShopReportsPage *m_reports;
    SalesPage *m_sales;
    QTabWidget *m_service;
    ServiceRosterPage *m_roster;
    FeedbackPage *m_feedback;
    CustomerFlagsPage *m_flags;
    ServiceReportPage *m_serviceReport;
    WebPublishingPage *m_web;
    SecurityIncidentsPage *m_incidents;
    VaultPage *m_vault = nullptr;
};

} // namespace shopdesk
