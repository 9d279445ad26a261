#pragma once

#include "domain/GroupAccount.h"
#include "ui/Module.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace shopdesk {

// RULE FIN-05: the travellers of a group's contract (one for an individual customer): added one
// by one or from the list the customer sends, taken off until its departure is recorded.
class TravellersDialog : public QDialog
{
    Q_OBJECT
public:
    TravellersDialog(const AppContext &context, const GroupAccount &account, QWidget *parent = nullptr);
    QTableWidget *travellers() const { return m_table; }
    void refresh();
    void add();
    void removeSelected();
    // Reads `path`, shows what it would add and every bad row, and adds them when confirmed.
    void importList(const QString &path);

private:
    AppContext m_context;
    GroupAccount m_account;
    QList<GroupTraveller> m_list;
    QTableWidget *m_table;
    QPushButton *m_remove;
};

} // namespace shopdesk
