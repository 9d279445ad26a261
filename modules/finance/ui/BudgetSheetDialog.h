#pragma once

#include "domain/GroupAccount.h"
#include "ui/Module.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace shopdesk {

// RULE FIN-06: the operations budget sheet (计调预算单) of a group, line by line, with its total:
// the most the guide may be lent.
class BudgetSheetDialog : public QDialog
{
    Q_OBJECT
public:
    BudgetSheetDialog(const AppContext &context, const GroupAccount &account, QWidget *parent = nullptr);
    QTableWidget *lines() const { return m_table; }
    QLabel *total() const { return m_total; }
    void refresh();
    void add();
    void removeSelected();

private:
    AppContext m_context;
    GroupAccount m_account;
    QTableWidget *m_table;
    QLabel *m_total;
};

} // namespace shopdesk
