#pragma once

#include "domain/GroupAccount.h"
#include "ui/Module.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace shopdesk {

// RULE FIN-05..08, FIN-11: the group accounts: all, today's departures for finance, or the
// overdue balances; the budget sheet, receipts, the guide's advance, departure, papers, the GM's
// decisions, settlement.
class GroupsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Show { All, DepartingToday, Overdue };
    GroupsPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();
    QComboBox *show() const { return m_show; }
    QTableWidget *table() const { return m_table; }
    void newGroup();
    void editTravellers(); // of the selected account
    void editBudgetSheet();
    void recordDeparture(); // the day the selected group left
    void receive();
    void lend();
    void attach();
    void allowDeparture();
    void writeOff();
    void settle();

private:
    const GroupAccount *selected() const;
    AppContext m_context;
    QList<GroupAccount> m_list;
    QComboBox *m_show;
    QTableWidget *m_table;
};

} // namespace shopdesk
