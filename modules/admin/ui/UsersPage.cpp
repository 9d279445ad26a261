#include "UsersPage.h"

#include "HandoverDialog.h"
#include "UserDialog.h"
#include "UserTableModel.h"
#include "common/Clock.h"
#include "ui/MessageBox.h"
#include "ui/NewPasswordDialog.h"
#include "users/UserService.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace shopdesk {

UsersPage::UsersPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_model(new UserTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)), m_filter(new QLineEdit(this))
{
    auto *bar = new QToolBar(this);
    m_new = bar->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("New user"), this, &UsersPage::createUser);
    m_new->setShortcut(QKeySequence::New);
    m_edit = bar->addAction(QIcon(QStringLiteral(":/icons/edit.svg")), tr("Edit"), this, &UsersPage::editUser);
    m_edit->setShortcut(Qt::Key_Return);
    m_disable = bar->addAction(tr("Disable"), this, &UsersPage::toggleDisabled);
    m_reset = bar->addAction(tr("Reset password"), this, &UsersPage::resetPassword);
    m_handover = bar->addAction(tr("Record handover"), this, &UsersPage::recordHandover);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *a : {m_new, m_edit}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }

    m_filter->setPlaceholderText(tr("Filter users (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_filter, qOverload<>(&QWidget::setFocus));
    addAction(find);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(Qt::UserRole);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UserTableModel::UserName, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableView::doubleClicked, this, &UsersPage::editUser);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersPage::updateActions);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_filter);
    layout->addWidget(m_table);
    refresh();
}

void UsersPage::refresh()
{
    const qint64 keep = selectedUserId();
    auto users = UserService(*m_context.database, *m_context.clock).list(m_context.actor);
    if (!users) {
        MessageBox::warning(this, tr("Users"), users.error());
        return;
    }
    m_model->setUsers(*users, m_context.clock->nowUtc());
    m_table->resizeColumnsToContents();
    selectUser(keep);
    updateActions();
}

qint64 UsersPage::selectedUserId() const
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return 0;
    const UserRecord *u = m_model->userAt(m_proxy->mapToSource(current).row());
    return u ? u->id : 0;
}

void UsersPage::selectUser(qint64 userId)
{
    const int row = m_model->rowOf(userId);
    if (row < 0)
        return;
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
}

void UsersPage::updateActions()
{
    const UserRecord *u = m_model->userAt(m_model->rowOf(selectedUserId()));
    const bool writable = !m_context.readOnly();
    m_new->setEnabled(writable);
    for (QAction *a : {m_edit, m_disable, m_reset, m_handover})
        a->setEnabled(writable && u);
    m_disable->setText(u && u->disabled ? tr("Enable") : tr("Disable"));
}

void UsersPage::createUser()
{
    UserService service(*m_context.database, *m_context.clock);
    auto employees = service.employees(m_context.actor);
    UserDialog dialog(employees ? *employees : QList<EmployeeSummary>{}, nullptr, this);
    qint64 created = 0;
    connect(&dialog, &UserDialog::submitted, &dialog, [&] {
        auto id = service.create(m_context.actor, dialog.newUser());
        if (!id)
            return dialog.showError(id.error());
        created = *id;
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        selectUser(created);
    }
}

void UsersPage::editUser()
{
    const UserRecord *u = m_model->userAt(m_model->rowOf(selectedUserId()));
    if (!u || m_context.readOnly())
        return;
    UserService service(*m_context.database, *m_context.clock);
    auto employees = service.employees(m_context.actor);
    UserDialog dialog(employees ? *employees : QList<EmployeeSummary>{}, u, this);
    Result<qint64> saved = qint64(0);
    connect(&dialog, &UserDialog::submitted, &dialog, [&] {
        saved = service.update(m_context.actor, dialog.edited());
        if (saved.isConflict())
            return dialog.reject(); // answered below, with reload and copy
        if (!saved)
            return dialog.showError(saved.error());
        dialog.accept();
    });
    dialog.exec();
    if (saved.isConflict())
        MessageBox::conflict(this, saved.error(), dialog.changesAsText());
    else if (saved && *saved > 0)
        MessageBox::information(this, tr("Permission change"),
                                tr("The change of level, work areas or roles was submitted for approval as request %1 "
                                   "(rule DB-02). It takes effect when approved.")
                                    .arg(*saved));
    refresh();
}

void UsersPage::toggleDisabled()
{
    const UserRecord *u = m_model->userAt(m_model->rowOf(selectedUserId()));
    if (!u)
        return;
    const bool disable = !u->disabled;
    if (disable
        && MessageBox::question(this, tr("Disable user"),
                                tr("Disable %1? They can no longer log in; their records stay.").arg(u->userName))
            != QMessageBox::Yes)
        return;
    Status s = UserService(*m_context.database, *m_context.clock).setDisabled(m_context.actor, u->id, disable);
    if (!s)
        MessageBox::warning(this, tr("Users"), s.error());
    refresh();
}

void UsersPage::resetPassword()
{
    const UserRecord *u = m_model->userAt(m_model->rowOf(selectedUserId()));
    if (!u)
        return;
    NewPasswordDialog dialog(NewPasswordDialog::Mode::Reset,
                             tr("A new password for %1. They must change it at their next login.").arg(u->userName),
                             this);
    const qint64 id = u->id;
    connect(&dialog, &NewPasswordDialog::submitted, &dialog, [&] {
        Status s =
            UserService(*m_context.database, *m_context.clock).resetPassword(m_context.actor, id, dialog.newPassword());
        if (!s)
            return dialog.showError(s.error());
        dialog.accept();
    });
    dialog.exec();
    refresh();
}

void UsersPage::recordHandover()
{
    const UserRecord *u = m_model->userAt(m_model->rowOf(selectedUserId()));
    if (!u)
        return;
    HandoverDialog dialog(u->userName, this);
    const qint64 id = u->id;
    connect(&dialog, &HandoverDialog::submitted, &dialog, [&] {
        Status s = UserService(*m_context.database, *m_context.clock)
                       .recordHandover(m_context.actor, id, dialog.workedBy(), dialog.reason(), dialog.consentBy());
        if (!s)
            return dialog.showError(s.error());
        dialog.accept();
    });
    dialog.exec();
    refresh();
}

} // namespace shopdesk
