#pragma once

#include "domain/ContractLoan.h"
#include "ui/Module.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace shopdesk {

// RULE CON-05, CON-06: the contracts out of the archive, and those waiting for their signature or
// signed to go: the custodian hands them out and takes them back; overdue ones in red with their
// days. *Every loan* adds those returned, refused or withdrawn.
class LoansPage : public QWidget
{
    Q_OBJECT
public:
    LoansPage(const AppContext &context, QWidget *parent = nullptr);
    QComboBox *filter() const { return m_show; }
    QTableWidget *table() const { return m_table; }
    void refresh();
    void handOut(); // the selected signed loan
    void takeBack(); // the selected loan that is out

private:
    qint64 selectedId() const;
    AppContext m_context;
    QComboBox *m_show;
    QTableWidget *m_table;
};

} // namespace shopdesk
