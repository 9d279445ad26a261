#include "ContractsPanel.h"

#include "AuditsPage.h"
#include "ContractListPage.h"
#include "LoansPage.h"
#include "ui/GuideTopic.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace shopdesk {

ContractsPanel::ContractsPanel(const AppContext &context, QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_contracts = new ContractListPage(context, m_tabs);
    m_loans = new LoansPage(context, m_tabs);
    m_tabs->addTab(m_contracts, tr("&Contracts"));
    GuideTopic::set(m_contracts, QStringLiteral("contracts"));
    m_audits = new AuditsPage(context, m_tabs);
    m_tabs->addTab(m_loans, tr("&Loans"));
    GuideTopic::set(m_loans, QStringLiteral("contract-loan"));
    m_tabs->addTab(m_audits, tr("Chec&ks"));
    GuideTopic::set(m_audits, QStringLiteral("contract-checks"));
    // What changed on one page shows on the other when it comes up.
    connect(m_tabs, &QTabWidget::currentChanged, this, &ContractsPanel::refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void ContractsPanel::refresh()
{
    QWidget *page = m_tabs->currentWidget();
    if (page == m_loans)
        m_loans->refresh();
    else if (page == m_audits)
        m_audits->refresh();
    else
        m_contracts->refresh();
}

} // namespace shopdesk
