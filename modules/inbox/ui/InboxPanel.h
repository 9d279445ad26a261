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
struct ApprovalRequest;

// The inbox (RULE APR-05): what waits for me, my requests with their progress, and what I
// decided. Approve or reject from the list, several at once; Enter shows a request, Ctrl+Enter
// approves after a confirmation. *By phone* (RULE FIN-04, issue 11): the phone approvals in my
// name to confirm or dispute; for those with the right, the requests where one may be
// recorded; for them and the general manager, those unconfirmed or disputed.
class InboxPanel : public QWidget
{
    Q_OBJECT

public:
    enum Tab { Waiting, Mine, History, Phone, TabCount };

    InboxPanel(const AppContext &context, QWidget *parent = nullptr);
    RequestTableModel *model(Tab tab) const { return m_models[tab]; }
    QTableView *view(Tab tab) const { return m_views[tab]; }
    void showTab(Tab tab);

public slots:
    void refresh();
    void approveSelected();
    void rejectSelected();
    void withdrawSelected();
    void recordPhoneApproval();
    void confirmPhoneApproval();
    void disputePhoneApproval();
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
    const ApprovalRequest *selectedRequest() const;
    bool answersPhoneApproval(const ApprovalRequest &request) const;
    void showDetail();
    void updateActions();

    AppContext m_context;
    QTabWidget *m_tabs;
    RequestTableModel *m_models[TabCount];
    QSortFilterProxyModel *m_proxies[TabCount];
    QTableView *m_views[TabCount];
    QPlainTextEdit *m_detail;
    QAction *m_approve, *m_reject, *m_withdraw, *m_recordPhone, *m_confirmPhone, *m_disputePhone;
};

} // namespace shopdesk
