#pragma once

#include "ui/Module.h"

#include <QWidget>

class QAction;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace shopdesk {

class RequestTableModel;

// The inbox (RULE APR-05): what waits for me, my requests with their progress, and what I
// decided. Approve or reject from the list, several at once; Enter shows a request, Ctrl+Enter
// approves after a confirmation.
class InboxPanel : public QWidget
{
    Q_OBJECT

public:
    enum Tab { Waiting, Mine, History };

    InboxPanel(const AppContext &context, QWidget *parent = nullptr);
    RequestTableModel *model(Tab tab) const { return m_models[tab]; }
    QTableView *view(Tab tab) const { return m_views[tab]; }
    void showTab(Tab tab);

public slots:
    void refresh();
    void approveSelected();
    void rejectSelected();
    void withdrawSelected();
    void nameDeputy();
    // Saves a file attached to the selected request (a hospital certificate, LEAVE-02).
    void saveAttachment();

signals:
    // Something here changed what waits (the shell updates its count).
    void dataChanged();

private:
    Tab currentTab() const;
    QList<qint64> selectedIds() const;
    void decide(bool approve);
    void showDetail();
    void updateActions();

    AppContext m_context;
    QTabWidget *m_tabs;
    RequestTableModel *m_models[3];
    QSortFilterProxyModel *m_proxies[3];
    QTableView *m_views[3];
    QPlainTextEdit *m_detail;
    QAction *m_approve, *m_reject, *m_withdraw;
};

} // namespace shopdesk
