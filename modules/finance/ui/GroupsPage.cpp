#include "GroupsPage.h"

#include "FinanceActions.h"
#include "FinanceRoles.h"

#include "BudgetSheetDialog.h"
#include "TravellersDialog.h"

#include "AmountLine.h"

#include "GroupDesk.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "ui/EmptyListHint.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"
#include "users/UserService.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
// `label` says "%1" where the suggested day goes, which an empty answer takes.
std::optional<QDate> askDate(QWidget *parent, const QString &title, const QString &label, const QDate &suggested)
{
    bool ok = false;
    const QString text = InputDialog::text(parent, title, label.arg(suggested.toString(Qt::ISODate)), &ok);
    if (!ok)
        return std::nullopt;
    const QDate day = text.trimmed().isEmpty() ? suggested : QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!day.isValid()) {
        MessageBox::warning(
            parent, title,
            QCoreApplication::translate("shopdesk::GroupsPage", "\"%1\" is not a date (YYYY-MM-DD).").arg(text));
        return std::nullopt;
    }
    return day;
}
} // namespace

GroupsPage::GroupsPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_show = new QComboBox(this);
    m_show->setAccessibleName(tr("Show"));
    m_show->addItem(tr("All group accounts"), int(Show::All));
    m_show->addItem(tr("Departing today (FIN-11)"), int(Show::DepartingToday));
    m_show->addItem(tr("Overdue balances"), int(Show::Overdue));
    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New group..."), this);
    auto *traveller = new QPushButton(tr("&Travellers..."), this);
    auto *sheet = new QPushButton(tr("&Budget sheet..."), this);
    auto *departed = new QPushButton(tr("Record the &departure..."), this);
    departed->setToolTip(tr("Record the day the selected group left (FIN-07, FIN-11)"));
    auto *receipt = new QPushButton(tr("Book a &receipt..."), this);
    auto *advance = new QPushButton(tr("&Lend to the guide..."), this);
    auto *papers = new QPushButton(tr("Attach a &paper..."), this);
    auto *settleButton = new QPushButton(tr("Settle"), this);
    auto *manager = new QToolButton(this);
    manager->setText(tr("General &manager"));
    manager->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(manager);
    menu->addAction(tr("Let it depart..."), this, &GroupsPage::allowDeparture);
    menu->addAction(tr("Write off a bad debt..."), this, &GroupsPage::writeOff);
    manager->setMenu(menu);
    m_table = listTable({tr("Group"), tr("Kind"), tr("Travellers"), tr("Contract"), tr("Departs"), tr("Returns"),
                         tr("Due before departure"), tr("Received"), tr("Budget sheet"), tr("Lent to guide"),
                         tr("Outstanding"), tr("Papers"), tr("Remarks")},
                        this);
    EmptyListHint::install(m_table,
                           tr("No group accounts here. Open one for a group or a customer with New group...; or choose "
                              "All group accounts."));
    makeSortable(m_table);
    auto *top = new QHBoxLayout;
    top->addWidget(m_show);
    top->addStretch();
    for (QWidget *b : std::initializer_list<QWidget *>{add, traveller, sheet, receipt, advance, departed, papers,
                                                       settleButton, manager})
        top->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    // Only who may use a button finds it on (FIN-02, FIN-11): group clerks keep the accounts, the
    // cash accountant lends to the guide, the general manager lets a group depart or writes off.
    const bool keeps = !context.readOnly() && Permissions::can(context.actor, FinanceAction::Groups);
    for (QWidget *w : std::initializer_list<QWidget *>{add, traveller, sheet, receipt, departed, papers, settleButton})
        w->setEnabled(keeps);
    advance->setEnabled(keeps && bool(requireFinanceRole(context.actor, FinanceAction::Groups, Role::CashAccountant)));
    manager->setEnabled(!context.readOnly() && context.actor.roles.contains(Role::GeneralManager));
    manager->setToolTip(tr("The general manager lets a group depart unpaid or writes off a bad debt."));
    connect(m_show, &QComboBox::activated, this, &GroupsPage::refresh);
    connect(add, &QPushButton::clicked, this, &GroupsPage::newGroup);
    connect(traveller, &QPushButton::clicked, this, &GroupsPage::editTravellers);
    connect(sheet, &QPushButton::clicked, this, &GroupsPage::editBudgetSheet);
    connect(departed, &QPushButton::clicked, this, &GroupsPage::recordDeparture);
    connect(receipt, &QPushButton::clicked, this, &GroupsPage::receive);
    connect(advance, &QPushButton::clicked, this, &GroupsPage::lend);
    connect(papers, &QPushButton::clicked, this, &GroupsPage::attach);
    connect(settleButton, &QPushButton::clicked, this, &GroupsPage::settle);
    refresh();
}

const GroupAccount *GroupsPage::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return nullptr;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    for (const GroupAccount &a : m_list)
        if (a.id == id)
            return &a;
    return nullptr;
}

void GroupsPage::refresh()
{
    GroupDesk desk(*m_context.database, *m_context.clock);
    const QDate today = m_context.clock->nowUtc().toLocalTime().date();
    const auto show = Show(m_show->currentData().toInt());
    auto list = show == Show::DepartingToday ? desk.departures(m_context.actor, today)
        : show == Show::Overdue              ? desk.overdue(m_context.actor)
                                             : desk.accounts(m_context.actor);
    const GroupAccount *current = selected(); // kept by id: the rows may come back in another order
    const qint64 selectedId = current ? current->id : 0;
    m_list = list ? *list : QList<GroupAccount>();
    const int receiptDays = desk.receiptDays();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(m_list.size()));
    for (int r = 0; r < m_list.size(); ++r) {
        const GroupAccount &a = m_list.at(r);
        QStringList papers;
        for (GroupDocument d : a.documents)
            papers << groupDocumentTitle(d);
        QStringList remarks;
        if (a.settled)
            remarks << tr("Settled");
        if (GroupRules::receiptLate(a, today, receiptDays))
            remarks << tr("No receipt %n day(s) after signing (FIN-05)", nullptr, int(a.signedOn.daysTo(today)));
        if (a.departed())
            remarks << tr("Left on %1").arg(a.departedOn.toString(Qt::ISODate));
        else if (!a.settled && !GroupRules::departureProblem(a).isEmpty())
            remarks << tr("Below the departure threshold");
        else if (!a.settled && a.departureOn <= today)
            remarks << tr("Departure not recorded (FIN-11)");
        if (a.departureOverridden)
            remarks << tr("Allowed to depart by the general manager");
        if (const int days = a.settled ? 0 : GroupRules::daysOverdue(a, today); days > 0)
            remarks << tr("%n day(s) overdue", nullptr, days);
        if (a.writtenOffFen > 0)
            remarks << tr("%1 written off, charged to %2")
                           .arg(Money::fromFen(a.writtenOffFen).toString(), a.responsibleName);
        setRowTexts(m_table, r,
                    {a.name, groupKindTitle(a.kind), QString(), QString(), a.departureOn.toString(Qt::ISODate),
                     a.returnOn.toString(Qt::ISODate), QString(), QString(), QString(), QString(), QString(),
                     papers.join(QStringLiteral(", ")), remarks.join(QStringLiteral("; "))});
        m_table->item(r, 0)->setData(Qt::UserRole, a.id);
        const qint64 due = GroupRules::dueBeforeDepartureFen(a);
        const QList<QPair<int, qint64>> amounts{{3, a.contractValueFen}, {6, due},           {7, a.receivedFen},
                                                {8, a.budgetSheetFen},   {9, a.advancedFen}, {10, a.outstandingFen()}};
        m_table->setItem(r, 2, numberCell(a.travellers, QString::number(a.travellers)));
        for (const auto &[column, fen] : amounts)
            m_table->setItem(r, column, numberCell(fen, Money::fromFen(fen).toString()));
        if (!a.settled && (GroupRules::daysOverdue(a, today) > 0 || GroupRules::receiptLate(a, today, receiptDays)))
            m_table->item(r, 12)->setForeground(QColor(180, 40, 40));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    m_table->clearSelection();
    m_table->setCurrentItem(nullptr);
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (selectedId != 0 && m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == selectedId)
            m_table->setCurrentCell(r, 0);
}

void GroupsPage::newGroup()
{
    const QString title = tr("New group account");
    bool ok = false;
    GroupAccount a;
    a.name = InputDialog::text(this, title, tr("Group or customer name:"), &ok);
    if (!ok)
        return;
    const QString kind = InputDialog::item(
        this, title, tr("Kind:"), {groupKindTitle(GroupKind::Group), groupKindTitle(GroupKind::Individual)}, &ok);
    if (!ok)
        return;
    a.kind = kind == groupKindTitle(GroupKind::Individual) ? GroupKind::Individual : GroupKind::Group;
    const auto value = askAmount(this, title, tr("Contract value (yuan):"));
    if (!value)
        return;
    a.contractValueFen = *value;
    const QDate today = m_context.clock->nowUtc().toLocalTime().date();
    const auto signedOn = askDate(this, title, tr("Signed on, YYYY-MM-DD (empty: %1):"), today);
    if (!signedOn)
        return;
    a.signedOn = *signedOn;
    const auto departure = askDate(this, title, tr("Departs on, YYYY-MM-DD (empty: %1):"), today.addDays(7));
    if (!departure)
        return;
    a.departureOn = *departure;
    const auto back = askDate(this, title, tr("Returns on, YYYY-MM-DD (empty: %1):"), a.departureOn.addDays(2));
    if (!back)
        return;
    a.returnOn = *back;
    auto saved = GroupDesk(*m_context.database, *m_context.clock).save(m_context.actor, a);
    if (!saved)
        MessageBox::warning(this, title, saved.error());
    refresh();
    if (saved) { // operations' budget sheet next: without it the guide can be lent nothing
        a.id = *saved;
        BudgetSheetDialog(m_context, a, this).exec();
        refresh();
    }
}

void GroupsPage::editTravellers()
{
    // A copy: a refresh while the dialog is open replaces the list.
    const GroupAccount *found = selected();
    if (!found)
        return;
    TravellersDialog(m_context, GroupAccount(*found), this).exec();
    refresh();
}

void GroupsPage::editBudgetSheet()
{
    // A copy: a refresh while the dialog is open replaces the list.
    const GroupAccount *found = selected();
    if (!found)
        return;
    BudgetSheetDialog(m_context, GroupAccount(*found), this).exec();
    refresh();
}

void GroupsPage::recordDeparture()
{
    const GroupAccount *found = selected();
    if (!found)
        return;
    const GroupAccount account = *found;
    const QString title = tr("Departure of %1").arg(account.name);
    const QDate today = m_context.clock->nowUtc().toLocalTime().date();
    const auto day = askDate(this, title, tr("Left on, YYYY-MM-DD (empty: %1):"), today);
    if (!day)
        return;
    if (MessageBox::question(this, title,
                             tr("Record that %1 left on %2? It is recorded once, and its traveller list is then "
                                "closed.")
                                 .arg(account.name, day->toString(Qt::ISODate)))
        != QMessageBox::Yes)
        return;
    if (Status s = GroupDesk(*m_context.database, *m_context.clock).recordDeparture(m_context.actor, account.id, *day);
        !s)
        MessageBox::warning(this, title, s.error());
    refresh();
}

void GroupsPage::receive()
{
    // A copy: a refresh while a box is open replaces the list.
    const GroupAccount *found = selected();
    if (!found)
        return;
    const GroupAccount account = *found;
    const qint64 id = account.id;
    const QString title = tr("Receipt for %1").arg(account.name);
    const auto amount = askAmount(
        this, title,
        tr("Amount received (yuan), %1 outstanding:").arg(Money::fromFen(account.outstandingFen()).toString()));
    if (!amount)
        return;
    bool ok = false;
    const QString reference = InputDialog::text(this, title, tr("Bank slip or receipt number:"), &ok);
    if (!ok)
        return;
    if (Status s =
            GroupDesk(*m_context.database, *m_context.clock)
                .receive(m_context.actor, id, *amount, m_context.clock->nowUtc().toLocalTime().date(), reference);
        !s)
        MessageBox::warning(this, title, s.error());
    refresh();
}

void GroupsPage::lend()
{
    // A copy: a refresh while a box is open replaces the list.
    const GroupAccount *found = selected();
    if (!found)
        return;
    const GroupAccount account = *found;
    const qint64 id = account.id;
    const QString title = tr("Advance to the guide of %1").arg(account.name);
    bool ok = false;
    const QString guide = InputDialog::text(this, title, tr("Guide:"), &ok);
    if (!ok)
        return;
    const auto amount = askAmount(this, title,
                                  tr("Amount (yuan); the budget sheet leaves %1:")
                                      .arg(Money::fromFen(account.budgetSheetFen - account.advancedFen).toString()));
    if (!amount)
        return;
    auto lent = GroupDesk(*m_context.database, *m_context.clock)
                    .lendToGuide(m_context.actor, id, guide, *amount, m_context.clock->nowUtc().toLocalTime().date());
    if (!lent)
        MessageBox::warning(this, title, lent.error());
    refresh();
}

void GroupsPage::attach()
{
    // A copy: a refresh while a box is open replaces the list.
    const GroupAccount *found = selected();
    if (!found)
        return;
    const GroupAccount account = *found;
    const qint64 id = account.id;
    const QString title = tr("Papers of %1").arg(account.name);
    QStringList kinds;
    const QList<GroupDocument> all{GroupDocument::Contract, GroupDocument::ExpenseConfirmation,
                                   GroupDocument::ItemizedList};
    for (GroupDocument d : all)
        kinds << groupDocumentTitle(d);
    bool ok = false;
    const QString kind = InputDialog::item(this, title, tr("Which paper:"), kinds, &ok);
    if (!ok || !kinds.contains(kind))
        return;
    const QString path =
        FileDialog::openFileName(this, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                 tr("Scans and documents (*.pdf *.png *.jpg *.jpeg *.xlsx *.docx)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, title,
                            tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    if (Status s =
            GroupDesk(*m_context.database, *m_context.clock)
                .attach(m_context.actor, id, all.at(kinds.indexOf(kind)), QFileInfo(path).fileName(), file.readAll());
        !s)
        MessageBox::warning(this, title, s.error());
    refresh();
}

void GroupsPage::allowDeparture()
{
    // A copy: a refresh while a box is open replaces the list.
    const GroupAccount *found = selected();
    if (!found)
        return;
    const GroupAccount account = *found;
    const qint64 id = account.id;
    const QString title = tr("Let %1 depart").arg(account.name);
    bool ok = false;
    const QString reason = InputDialog::text(this, title, tr("Why may it depart below the threshold?"), &ok);
    if (!ok)
        return;
    if (Status s = GroupDesk(*m_context.database, *m_context.clock).allowDeparture(m_context.actor, id, reason); !s)
        MessageBox::warning(this, title, s.error());
    refresh();
}

void GroupsPage::writeOff()
{
    // A copy: a refresh while a box is open replaces the list.
    const GroupAccount *found = selected();
    if (!found)
        return;
    const GroupAccount account = *found;
    const qint64 id = account.id;
    const QString title = tr("Write off a bad debt of %1").arg(account.name);
    auto people = UserService(*m_context.database, *m_context.clock).employees(m_context.actor);
    if (!people) {
        MessageBox::warning(this, title, people.error());
        return;
    }
    QStringList names;
    for (const EmployeeSummary &e : *people)
        names << QStringLiteral("%1 %2").arg(e.staffNo, e.name);
    bool ok = false;
    const QString who = InputDialog::item(this, title, tr("Charged to (who caused it, FIN-07):"), names, &ok);
    if (!ok || !names.contains(who))
        return;
    const auto amount = askAmount(
        this, title,
        tr("Amount written off (yuan), %1 outstanding:").arg(Money::fromFen(account.outstandingFen()).toString()));
    if (!amount)
        return;
    if (Status s = GroupDesk(*m_context.database, *m_context.clock)
                       .writeOff(m_context.actor, id, *amount, people->at(names.indexOf(who)).id);
        !s)
        MessageBox::warning(this, title, s.error());
    refresh();
}

void GroupsPage::settle()
{
    // A copy: a refresh while a box is open replaces the list.
    const GroupAccount *found = selected();
    if (!found)
        return;
    const GroupAccount account = *found;
    const qint64 id = account.id;
    const QString title = tr("Settle %1").arg(account.name);
    if (MessageBox::question(this, title, tr("Settle %1? A settled account takes no further entry.").arg(account.name))
        != QMessageBox::Yes)
        return;
    if (Status s = GroupDesk(*m_context.database, *m_context.clock).settle(m_context.actor, id); !s)
        MessageBox::warning(this, title, s.error());
    refresh();
}

} // namespace shopdesk
