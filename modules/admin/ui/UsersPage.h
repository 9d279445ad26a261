#pragma once

#include "ui/Module.h"

#include <QWidget>

class QAction;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace shopdesk {

class UserTableModel;

// Users: create, edit level, roles and areas, disable, reset a password, record a handover.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    UsersPage(const AppContext &context, QWidget *parent = nullptr);
    QTableView *table() const { return m_table; }
    UserTableModel *model() const { return m_model; }
    QLineEdit *filter() const { return m_filter; }
    // The actions, reachable by tests and the keyboard.
    QAction *newAction() const { return m_new; }

public slots:
    void refresh();
    void createUser();
    void editUser();
    void toggleDisabled();
    void resetPassword();
    void recordHandover();

private:
    qint64 selectedUserId() const;
    void selectUser(qint64 userId);
    void updateActions();

    AppContext m_context;
    UserTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLineEdit *m_filter;
    QAction *m_new, *m_edit, *m_disable, *m_reset, *m_handover;
};

} // namespace shopdesk
