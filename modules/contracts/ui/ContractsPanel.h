#pragma once

#include "ui/Module.h"

#include <QWidget>

class QTabWidget;

namespace shopdesk {

class AuditsPage;
class ContractListPage;
class LoansPage;

// RULE CON-01..06: the contract archive: the contracts, the loans out of it, and its checks.
class ContractsPanel : public QWidget
{
    Q_OBJECT
public:
    ContractsPanel(const AppContext &context, QWidget *parent = nullptr);
    QTabWidget *tabs() const { return m_tabs; }
    ContractListPage *contracts() const { return m_contracts; }
    LoansPage *loans() const { return m_loans; }
    AuditsPage *audits() const { return m_audits; }

public slots:
    // The page showing, read again (F5, or a change from another PC).
    void refresh();

private:
    QTabWidget *m_tabs;
    ContractListPage *m_contracts;
    LoansPage *m_loans;
    AuditsPage *m_audits;
};

} // namespace shopdesk
