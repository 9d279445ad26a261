#pragma once

#include "domain/Requisition.h"
#include "ui/Module.h"

#include <QWidget>

class QTableWidget;

namespace shopdesk {

// The departments' side of supplies (SUP-05, SUP-06): who keeps each department's supplies, the
// requisitions with where they stand (signed by the custodian, filled from stock), and the local
// purchases the office audits.
class DepartmentsPage : public QWidget
{
    Q_OBJECT
public:
    DepartmentsPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();

    QTableWidget *custodians() const { return m_custodians; }
    QTableWidget *requisitions() const { return m_requisitions; }
    QTableWidget *localPurchases() const { return m_localPurchases; }
    // The page's actions on the selected row; each says what went wrong in a message.
    void nameCustodian();
    bool newRequisition();
    bool signSelected();
    qint64 fillSelected();
    bool reviewSelected(LocalPurchaseStatus outcome);

private:
    qint64 selectedId(QTableWidget *table) const;

    AppContext m_context;
    QTableWidget *m_custodians;
    QTableWidget *m_requisitions;
    QTableWidget *m_localPurchases;
};

} // namespace shopdesk
