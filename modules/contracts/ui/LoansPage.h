#pragma once

#include "domain/ContractLoan.h"
#include "ui/Module.h"

#include <QWidget>

class QComboBox;
class QPushButton;
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
    QPushButton *handOutButton() const { return m_handOut; }
    QPushButton *takeBackButton() const { return m_takeBack; }
    void refresh();
    void handOut(); // the selected signed loan
    void takeBack(); // the selected loan that is out

private:
    static constexpr int StateRole = Qt::UserRole + 1;
    qint64 selectedId() const;
    void updateButtons();
    AppContext m_context;
    QComboBox *m_show;
    QTableWidget *m_table;
    QPushButton *m_handOut;
    QPushButton *m_takeBack;
};

} // namespace shopdesk
