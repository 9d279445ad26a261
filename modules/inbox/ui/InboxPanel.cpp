#include "InboxPanel.h"

#include "DecisionDialog.h"
#include "RequestTableModel.h"
#include "approval/Approvals.h"
#include "common/Clock.h"
#include "ui/EmptyListHint.h"
#include "ui/MessageBox.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonObject>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace shopdesk {

InboxPanel::InboxPanel(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_tabs(new QTabWidget(this)), m_detail(new QPlainTextEdit(this))
{
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_approve =
        bar->addAction(QIcon(QStringLiteral(":/icons/approve.svg")), tr("Approve"), this, &InboxPanel::approveSelected);
    m_approve->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_reject =
        bar->addAction(QIcon(QStringLiteral(":/icons/reject.svg")), tr("Reject"), this, &InboxPanel::rejectSelected);
    m_withdraw = bar->addAction(tr("Withdraw"), this, &InboxPanel::withdrawSelected);
    bar->addSeparator();
    m_recordPhone = bar->addAction(tr("Record phone approval..."), this, &InboxPanel::recordPhoneApproval);
    m_recordPhone->setObjectName(QStringLiteral("recordPhoneApproval"));
    m_confirmPhone = bar->addAction(tr("Confirm phone approval"), this, &InboxPanel::confirmPhoneApproval);
    m_confirmPhone->setObjectName(QStringLiteral("confirmPhoneApproval"));
    m_disputePhone = bar->addAction(tr("Dispute..."), this, &InboxPanel::disputePhoneApproval);
    m_disputePhone->setObjectName(QStringLiteral("disputePhoneApproval"));
    bar->addSeparator();
    bar->addAction(tr("Name a deputy..."), this, &InboxPanel::nameDeputy);
    bar->addAction(tr("Save attachment..."), this, &InboxPanel::saveAttachment);
    for (QAction *a : {m_approve, m_reject}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    auto *open = new QAction(this);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(open, &QAction::triggered, this, [this] {
        const QList<qint64> ids = selectedIds();
        const RequestTableModel *model = m_models[currentTab()];
        for (int row = 0; row < model->rowCount(); ++row)
            if (!ids.isEmpty() && model->requestAt(row)->id == ids.first())
                MessageBox::information(this, tr("Request %1").arg(ids.first()),
                                        RequestTableModel::detailText(*model->requestAt(row)));
    });
    addAction(open);

    const QString titles[] = {tr("Waiting for me"), tr("My requests"), tr("Decided by me"), tr("By phone")};
    // Issue 19: an empty tab says why; where there is nothing to do, it says just that.
    const QString hints[] = {tr("Nothing is waiting for you. Requests that need your approval appear here."),
                             tr("You have not asked for anything yet. What you send for approval (leave, expenses, "
                                "purchases...) is followed here."),
                             tr("You have not decided anything yet. The requests you approve or reject are kept here."),
                             tr("No approvals by phone to record or confirm.")};
    for (int t = 0; t < TabCount; ++t) {
        m_models[t] = new RequestTableModel(this);
        m_proxies[t] = new QSortFilterProxyModel(this);
        m_proxies[t]->setSourceModel(m_models[t]);
        m_proxies[t]->setSortRole(Qt::UserRole);
        m_views[t] = new QTableView(this);
        QTableView *v = m_views[t];
        v->setModel(m_proxies[t]);
        EmptyListHint::install(v, hints[t]);
        v->setSortingEnabled(true);
        v->setSelectionBehavior(QAbstractItemView::SelectRows);
        v->setSelectionMode(t == Waiting ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
        v->setEditTriggers(QAbstractItemView::NoEditTriggers);
        v->verticalHeader()->hide();
        v->horizontalHeader()->setStretchLastSection(true);
        connect(v->selectionModel(), &QItemSelectionModel::selectionChanged, this, &InboxPanel::showDetail);
        m_tabs->addTab(v, titles[t]);
    }
    m_views[Waiting]->hideColumn(RequestTableModel::State);
    m_views[Mine]->hideColumn(RequestTableModel::Requester);
    m_views[History]->hideColumn(RequestTableModel::Waited);
    m_views[Waiting]->sortByColumn(RequestTableModel::Waited, Qt::DescendingOrder);
    m_views[Mine]->sortByColumn(RequestTableModel::Number, Qt::DescendingOrder);
    m_views[History]->sortByColumn(RequestTableModel::Number, Qt::DescendingOrder);
    m_views[Phone]->sortByColumn(RequestTableModel::Number, Qt::DescendingOrder);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        showDetail();
        updateActions();
    });

    m_detail->setReadOnly(true);
    m_detail->setPlaceholderText(tr("Select a request to see its steps."));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_tabs);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(split);
    refresh();
}

void InboxPanel::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(tab);
}

InboxPanel::Tab InboxPanel::currentTab() const
{
    return Tab(qBound(0, m_tabs->currentIndex(), int(TabCount) - 1));
}

void InboxPanel::refresh()
{
    Approvals approvals(*m_context.database, *m_context.clock);
    const QDateTime now = m_context.clock->nowUtc();
    // By phone: mine to answer first, then where one may be recorded, then the open ones.
    QList<ApprovalRequest> phone;
    QSet<qint64> listed;
    int toAnswer = 0;
    for (const auto &list :
         {approvals.phoneApprovalsToAnswer(m_context.actor), approvals.mayRecordByPhone(m_context.actor),
          approvals.phoneApprovalsOpen(m_context.actor)})
        for (const ApprovalRequest &r : list ? *list : QList<ApprovalRequest>{})
            if (!listed.contains(r.id)) {
                listed.insert(r.id);
                phone.append(r);
                toAnswer += answersPhoneApproval(r) ? 1 : 0;
            }
    const auto waiting = approvals.waitingFor(m_context.actor);
    m_models[Waiting]->setRequests(waiting ? *waiting : QList<ApprovalRequest>{}, now);
    // My requests and my decisions grow with the years: a page at a time, the newest first
    // (issue 12), which is also the order the tabs open in.
    m_models[Mine]->setPages(
        [this](const PageCursor &after, int pageSize) {
            return Approvals(*m_context.database, *m_context.clock).minePage(m_context.actor, after, pageSize);
        },
        now);
    m_models[History]->setPages(
        [this](const PageCursor &after, int pageSize) {
            return Approvals(*m_context.database, *m_context.clock).historyPage(m_context.actor, after, pageSize);
        },
        now);
    m_models[Phone]->setRequests(phone, now);
    for (int t = 0; t < TabCount; ++t)
        m_views[t]->resizeColumnsToContents();
    m_tabs->setTabText(Waiting,
                       m_models[Waiting]->rowCount() ? tr("Waiting for me (%1)").arg(m_models[Waiting]->rowCount())
                                                     : tr("Waiting for me"));
    m_tabs->setTabText(Phone, toAnswer ? tr("By phone (%1 to confirm)").arg(toAnswer) : tr("By phone"));
    showDetail();
    updateActions();
}

QList<qint64> InboxPanel::selectedIds() const
{
    const Tab tab = currentTab();
    QList<qint64> ids;
    for (const QModelIndex &index : m_views[tab]->selectionModel()->selectedRows())
        if (const ApprovalRequest *r = m_models[tab]->requestAt(m_proxies[tab]->mapToSource(index).row()))
            ids.append(r->id);
    return ids;
}

void InboxPanel::showDetail()
{
    const QList<qint64> ids = selectedIds();
    const RequestTableModel *model = m_models[currentTab()];
    m_detail->clear();
    for (int row = 0; row < model->rowCount() && ids.size() == 1; ++row)
        if (model->requestAt(row)->id == ids.first())
            m_detail->setPlainText(RequestTableModel::detailText(*model->requestAt(row)));
    updateActions();
}

void InboxPanel::updateActions()
{
    const bool writable = !m_context.readOnly();
    const bool any = !selectedIds().isEmpty();
    m_approve->setEnabled(writable && any && currentTab() == Waiting);
    m_reject->setEnabled(writable && any && currentTab() == Waiting);
    m_withdraw->setEnabled(writable && any && currentTab() == Mine);
    const ApprovalRequest *r = currentTab() == Phone ? selectedRequest() : nullptr;
    const bool mayRecord = r && r->currentStep() && r->requesterUserId != m_context.actor.userId
        && r->aboutUserId != m_context.actor.userId && r->currentStep()->approverUserId != m_context.actor.userId
        && Permissions::can(m_context.actor, Action::RecordPhoneApproval);
    m_recordPhone->setEnabled(writable && mayRecord);
    m_confirmPhone->setEnabled(writable && r && answersPhoneApproval(*r));
    m_disputePhone->setEnabled(writable && r && answersPhoneApproval(*r));
}

const ApprovalRequest *InboxPanel::selectedRequest() const
{
    const QList<qint64> ids = selectedIds();
    const RequestTableModel *model = m_models[currentTab()];
    for (int row = 0; row < model->rowCount() && !ids.isEmpty(); ++row)
        if (model->requestAt(row)->id == ids.first())
            return model->requestAt(row);
    return nullptr;
}

bool InboxPanel::answersPhoneApproval(const ApprovalRequest &request) const
{
    return std::any_of(request.steps.cbegin(), request.steps.cend(), [this](const ApprovalStep &s) {
        return s.phoneCheck == PhoneCheck::Pending && s.byPhoneUserId == m_context.actor.userId;
    });
}

void InboxPanel::recordPhoneApproval()
{
    const ApprovalRequest *r = selectedRequest();
    if (!r)
        return;
    const qint64 id = r->id;
    Approvals approvals(*m_context.database, *m_context.clock);
    auto approvers = approvals.phoneApprovers(m_context.actor, id);
    if (!approvers)
        return MessageBox::warning(this, tr("Approvals"), approvers.error());
    DecisionDialog dialog(r->title, *approvers, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Status s = approvals.recordPhoneApproval(m_context.actor, id, dialog.phoneApproverId(), dialog.comment());
    refresh();
    emit dataChanged();
    if (!s)
        MessageBox::warning(this, tr("Approvals"), tr("Request %1: %2").arg(id).arg(s.error()));
}

void InboxPanel::confirmPhoneApproval()
{
    const ApprovalRequest *r = selectedRequest();
    if (!r || !answersPhoneApproval(*r))
        return;
    const qint64 id = r->id;
    if (MessageBox::question(this, tr("Confirm phone approval"),
                             tr("Did you approve request %1 by phone?\n%2").arg(id).arg(r->title))
        != QMessageBox::Yes)
        return;
    Status s = Approvals(*m_context.database, *m_context.clock).answerPhoneApproval(m_context.actor, id, true, {});
    refresh();
    emit dataChanged();
    if (!s)
        MessageBox::warning(this, tr("Approvals"), s.error());
}

void InboxPanel::disputePhoneApproval()
{
    const ApprovalRequest *r = selectedRequest();
    if (!r || !answersPhoneApproval(*r))
        return;
    const qint64 id = r->id;
    bool ok = false;
    const QString reason =
        InputDialog::text(this, tr("Dispute phone approval"),
                          tr("You did not approve request %1 by phone? Say what happened; the general "
                             "manager is told.")
                              .arg(id),
                          &ok);
    if (!ok)
        return;
    Status s = Approvals(*m_context.database, *m_context.clock).answerPhoneApproval(m_context.actor, id, false, reason);
    refresh();
    emit dataChanged();
    if (!s)
        MessageBox::warning(this, tr("Approvals"), s.error());
}

void InboxPanel::decide(bool approve)
{
    if (currentTab() != Waiting)
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QStringList titles;
    for (int row = 0; row < m_models[Waiting]->rowCount(); ++row)
        if (ids.contains(m_models[Waiting]->requestAt(row)->id))
            titles.append(m_models[Waiting]->requestAt(row)->title);
    DecisionDialog dialog(approve, titles, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Approvals approvals(*m_context.database, *m_context.clock);
    QStringList problems;
    for (qint64 id : ids) {
        Status s = approvals.decide(m_context.actor, id, approve, dialog.comment());
        if (!s)
            problems.append(tr("Request %1: %2").arg(id).arg(s.error()));
    }
    refresh();
    emit dataChanged();
    if (!problems.isEmpty())
        MessageBox::warning(this, tr("Approvals"), problems.join(QLatin1Char('\n')));
}

void InboxPanel::approveSelected()
{
    decide(true);
}

void InboxPanel::rejectSelected()
{
    decide(false);
}

void InboxPanel::withdrawSelected()
{
    const QList<qint64> ids = selectedIds();
    if (currentTab() != Mine || ids.isEmpty())
        return;
    if (MessageBox::question(this, tr("Withdraw"), tr("Withdraw request %1?").arg(ids.first())) != QMessageBox::Yes)
        return;
    Status s = Approvals(*m_context.database, *m_context.clock).withdraw(m_context.actor, ids.first());
    if (!s)
        MessageBox::warning(this, tr("Approvals"), s.error());
    refresh();
    emit dataChanged();
}

void InboxPanel::nameDeputy()
{
    Approvals approvals(*m_context.database, *m_context.clock);
    auto people = approvals.possibleDeputies(m_context.actor);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Name a deputy"));
    auto *who = new QComboBox(&dialog);
    for (const auto &p : people ? *people : QList<QPair<qint64, QString>>{})
        who->addItem(p.second, p.first);
    const QDate today = m_context.clock->nowUtc().toLocalTime().date();
    auto *from = new QDateEdit(today, &dialog);
    auto *to = new QDateEdit(today.addDays(6), &dialog);
    for (QDateEdit *d : {from, to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Deputy:"), who);
    form->addRow(tr("From:"), from);
    form->addRow(tr("To:"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Status s = approvals.setDeputy(m_context.actor, who->currentData().toLongLong(), from->date(), to->date());
    if (!s)
        MessageBox::warning(this, tr("Approvals"), s.error());
    else
        MessageBox::information(
            this, tr("Approvals"),
            tr("%1 decides your approvals from %2 to %3.")
                .arg(who->currentText(), from->date().toString(Qt::ISODate), to->date().toString(Qt::ISODate)));
}

void InboxPanel::saveAttachment()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return MessageBox::information(this, tr("Attachments"), tr("Select a request in the list first."));
    const RequestTableModel *model = m_models[currentTab()];
    const ApprovalRequest *request = nullptr;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->requestAt(row)->id == ids.first())
            request = model->requestAt(row);
    QStringList names;
    QList<qint64> files;
    for (const QJsonValue &v : request ? request->attachments : QJsonArray{})
        if (v.isObject()) {
            names << v.toObject().value(QStringLiteral("name")).toString();
            files << v.toObject().value(QStringLiteral("id")).toInteger();
        }
    if (files.isEmpty())
        return MessageBox::information(this, tr("Attachments"), tr("The selected request has no file attached."));
    int chosen = 0;
    if (files.size() > 1) {
        bool ok = false;
        chosen =
            int(names.indexOf(QInputDialog::getItem(this, tr("Attachments"), tr("Which file?"), names, 0, false, &ok)));
        if (!ok || chosen < 0)
            return;
    }
    auto file = Approvals(*m_context.database, *m_context.clock).attachment(m_context.actor, files.at(chosen));
    if (!file)
        return MessageBox::warning(this, tr("Attachments"), file.error());
    const QString path = FileDialog::saveFileName(
        this, tr("Save the attachment"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation)).filePath(file->name),
        tr("All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file->content) < 0 || !out.commit())
        MessageBox::warning(this, tr("Attachments"),
                            tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
}

} // namespace shopdesk
