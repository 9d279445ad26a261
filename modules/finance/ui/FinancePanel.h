#pragma once

#include "ui/Module.h"

#include <QWidget>

class QTabWidget;

namespace shopdesk {

class AllowancesPage;
class BudgetsPage;
class CashJournalPage;
class ExpensesPage;
class GroupsPage;
class MonthClosePage;
class VouchersPage;

// The finance area's panel (issue 15): one page per desk.
class FinancePanel : public QWidget
{
    Q_OBJECT
public:
    FinancePanel(const AppContext &context, QWidget *parent = nullptr);
    QTabWidget *tabs() const { return m_tabs; }
    CashJournalPage *cash() const { return m_cash; }
    ExpensesPage *expenses() const { return m_expenses; }
    GroupsPage *groups() const { return m_groups; }
    VouchersPage *vouchers() const { return m_vouchers; }
    BudgetsPage *budgets() const { return m_budgets; }
    AllowancesPage *allowances() const { return m_allowances; }
    MonthClosePage *monthClose() const { return m_monthClose; }

public slots:
    // F5, and another PC's change: the page in view reads again.
    void refresh();

private:
    QTabWidget *m_tabs;
    CashJournalPage *m_cash;
    ExpensesPage *m_expenses;
    GroupsPage *m_groups;
    VouchersPage *m_vouchers;
    BudgetsPage *m_budgets;
    AllowancesPage *m_allowances;
    MonthClosePage *m_monthClose;
};

} // namespace shopdesk
