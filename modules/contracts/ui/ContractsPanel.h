#pragma once

#include "ui/Module.h"

#include <QWidget>

class QTabWidget;

namespace shopdesk {

class ContractListPage;
class LoansPage;

// RULE CON-01..06: the contract archive: the contracts, and the loans out of it.
class ContractsPanel : public QWidget
{
    Q_OBJECT
public:
    ContractsPanel(const AppContext &context, QWidget *parent = nullptr);
    QTabWidget *tabs() const { return m_tabs; }
    ContractListPage *contracts() const { return m_contracts; }
    LoansPage *loans() const { return m_loans; }

private:
    QTabWidget *m_tabs;
    ContractListPage *m_contracts;
    LoansPage *m_loans;
};

} // namespace shopdesk
