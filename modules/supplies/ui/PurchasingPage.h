#pragma once

#include "domain/Purchasing.h"
#include "ui/Module.h"

#include <QWidget>

class QCheckBox;
class QTableWidget;

namespace shopdesk {

// The purchasing desk (SUP-01..04): purchase requests with where they stand, and the orders
// with what has arrived. An approved request is ordered here; a delivery is received here, and
// the supplier's invoice for an order recorded (SUP-04).
class PurchasingPage : public QWidget
{
    Q_OBJECT
public:
    PurchasingPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();

    QTableWidget *requests() const { return m_requests; }
    QTableWidget *orders() const { return m_orders; }
    // Opens the order form for the selected approved request, the delivery form for the
    // selected open order, the invoice form for the selected order.
    void orderSelected();
    void receiveSelected();
    void invoiceSelected();

private:
    const PurchaseRequest *selectedRequest() const;
    const PurchaseOrder *selectedOrder() const;

    AppContext m_context;
    QCheckBox *m_onlyOpen;
    QTableWidget *m_requests;
    QTableWidget *m_orders;
    QList<PurchaseRequest> m_requestList;
    QList<PurchaseOrder> m_orderList;
};

} // namespace shopdesk
