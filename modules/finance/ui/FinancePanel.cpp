#include "FinancePanel.h"

#include "AllowancesPage.h"
#include "BudgetsPage.h"
#include "CashJournalPage.h"
#include "ExpensesPage.h"
#include "GroupsPage.h"
#include "MonthClosePage.h"
#include "VouchersPage.h"
#include "ui/GuideTopic.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace shopdesk {

FinancePanel::FinancePanel(const AppContext &context, QWidget *parent) : QWidget(parent)
{
    m_tabs = new QTabWidget(this);
    m_cash = new CashJournalPage(context, m_tabs);
    m_expenses = new ExpensesPage(context, m_tabs);
    m_groups = new GroupsPage(context, m_tabs);
    m_vouchers = new VouchersPage(context, m_tabs);
    m_budgets = new BudgetsPage(context, m_tabs);
    m_allowances = new AllowancesPage(context, m_tabs);
    m_monthClose = new MonthClosePage(context, m_tabs);
    m_tabs->addTab(m_cash, tr("&Cash journal"));
    GuideTopic::set(m_cash, QStringLiteral("cash-journal"));
    m_tabs->addTab(m_expenses, tr("&Expenses"));
    GuideTopic::set(m_expenses, QStringLiteral("expenses"));
    m_tabs->addTab(m_groups, tr("&Group accounts"));
    GuideTopic::set(m_groups, QStringLiteral("group-accounts"));
    m_tabs->addTab(m_vouchers, tr("Payment vo&uchers"));
    GuideTopic::set(m_vouchers, QStringLiteral("vouchers"));
    m_tabs->addTab(m_budgets, tr("Budgets"));
    GuideTopic::set(m_budgets, QStringLiteral("budgets"));
    m_tabs->addTab(m_allowances, tr("&Allowances"));
    GuideTopic::set(m_allowances, QStringLiteral("allowances"));
    m_tabs->addTab(m_monthClose, tr("&Month close"));
    GuideTopic::set(m_monthClose, QStringLiteral("month-close"));
    // What changed on one page shows on the others when they are opened.
    connect(m_tabs, &QTabWidget::currentChanged, this, &FinancePanel::refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void FinancePanel::refresh()
{
    QWidget *page = m_tabs->currentWidget();
    if (page == m_cash)
        m_cash->refresh();
    else if (page == m_expenses)
        m_expenses->refresh();
    else if (page == m_groups)
        m_groups->refresh();
    else if (page == m_vouchers)
        m_vouchers->refresh();
    else if (page == m_budgets)
        m_budgets->refresh();
    else if (page == m_allowances)
        m_allowances->refresh();
    else if (page == m_monthClose)
        m_monthClose->refresh();
}

} // namespace shopdesk
