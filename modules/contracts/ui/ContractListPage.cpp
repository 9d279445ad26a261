#include "ContractListPage.h"

#include "ContractDialog.h"
#include "ContractLending.h"
#include "ContractRegister.h"
#include "ContractsActions.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "settings/CompanySettings.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"
#include "ui/ReportActions.h"
#include "users/UserService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace shopdesk {

ContractListPage::ContractListPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_search = filterLine(this, tr("Number, title, party or notes (Ctrl+F)"));
    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Type"));
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), QString());
    for (ContractStatus s : {ContractStatus::Active, ContractStatus::Completed, ContractStatus::Terminated})
        m_status->addItem(contractStatusTitle(s), contractStatusKey(s));
    m_year = new QComboBox(this);
    m_year->setAccessibleName(tr("Signed in"));
    auto *add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&Register..."), this);
    add->setEnabled(!context.readOnly() && Permissions::can(context.actor, ContractsAction::Register));
    auto *borrowButton = new QPushButton(tr("&Borrow..."), this);
    borrowButton->setEnabled(!context.readOnly() && Permissions::can(context.actor, ContractsAction::Borrow));
    auto *stats = new QToolButton(this);
    stats->setText(tr("S&tatistics"));
    stats->setPopupMode(QToolButton::InstantPopup);
    auto *statsMenu = new QMenu(stats);
    statsMenu->addAction(tr("Print preview..."), this, [this] { statistics(QStringLiteral("preview")); });
    statsMenu->addAction(tr("Save as PDF..."), this, [this] { statistics(QStringLiteral("pdf")); });
    statsMenu->addAction(tr("Save as XLSX..."), this, [this] { statistics(QStringLiteral("xlsx")); });
    stats->setMenu(statsMenu);
    auto *setup = new QToolButton(this);
    setup->setText(tr("Set &up"));
    setup->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(setup);
    menu->addAction(tr("New contract type..."), this, &ContractListPage::addType);
    menu->addAction(tr("New archive..."), this, &ContractListPage::addArchive);
    setup->setMenu(menu);
    setup->setEnabled(!context.readOnly() && Permissions::can(context.actor, ContractsAction::Manage));
    m_table =
        listTable({tr("Number"), tr("Type"), tr("Title"), tr("Other parties"), tr("Signed"), tr("Starts"), tr("Ends"),
                   tr("Value"), tr("Status"), tr("Original"), tr("Responsible"), tr("Archive"), tr("Kept in")},
                  this);
    makeSortable(m_table);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    for (QWidget *w : std::initializer_list<QWidget *>{m_type, m_status, m_year, add, borrowButton, stats, setup})
        top->addWidget(w);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    connect(m_search, &QLineEdit::textChanged, this, &ContractListPage::refresh);
    for (QComboBox *box : {m_type, m_status, m_year})
        connect(box, &QComboBox::activated, this, &ContractListPage::refresh);
    connect(add, &QPushButton::clicked, this, &ContractListPage::registerContract);
    connect(borrowButton, &QPushButton::clicked, this, &ContractListPage::borrow);
    fillFilters();
    refresh();
}

void ContractListPage::fillFilters()
{
    const QVariant type = m_type->currentData();
    m_type->clear();
    m_type->addItem(tr("Any type"), 0);
    if (auto types = ContractRegister(*m_context.database, *m_context.clock).types(m_context.actor))
        for (const ContractType &t : *types)
            m_type->addItem(QStringLiteral("%1  %2").arg(t.code, t.name), t.id);
    m_type->setCurrentIndex(qMax(0, m_type->findData(type)));
    if (m_year->count() == 0) {
        m_year->addItem(tr("Any year"), 0);
        const int thisYear = m_context.clock->nowUtc().toLocalTime().date().year();
        for (int y = thisYear + 1; y >= thisYear - 10; --y)
            m_year->addItem(QString::number(y), y);
    }
}

void ContractListPage::refresh()
{
    ContractFilter filter;
    filter.text = m_search->text();
    filter.typeId = m_type->currentData().toLongLong();
    filter.status = contractStatusFromKey(m_status->currentData().toString());
    filter.year = m_year->currentData().toInt();
    auto found = ContractRegister(*m_context.database, *m_context.clock).find(m_context.actor, filter);
    const QList<Contract> list = found ? *found : QList<Contract>();
    // The rows change under the selection: nothing stays selected that the clerk did not pick.
    m_table->clearSelection();
    m_table->setCurrentItem(nullptr);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const Contract &c = list.at(r);
        QStringList place;
        for (const QString &part : {c.cabinet, c.shelf, c.box})
            if (!part.isEmpty())
                place << part;
        setRowTexts(m_table, r,
                    {c.number, c.typeName, c.title,
                     c.counterparties.split(QLatin1Char('\n')).join(QStringLiteral("; ")),
                     c.signedOn.toString(Qt::ISODate), c.startsOn.toString(Qt::ISODate),
                     c.endsOn.isValid() ? c.endsOn.toString(Qt::ISODate) : tr("open-ended"), QString(),
                     contractStatusTitle(c.status),
                     c.originalOutWith.isEmpty()
                         ? tr("in the archive")
                         : tr("out with %1 until %2").arg(c.originalOutWith, c.originalDueOn.toString(Qt::ISODate)),
                     c.responsibleName, c.archiveName, place.join(QStringLiteral(" / "))});
        m_table->item(r, 0)->setData(Qt::UserRole, c.id);
        m_table->setItem(r, 7, numberCell(c.valueFen, Money::fromFen(c.valueFen).toString()));
        if (!c.originalOutWith.isEmpty())
            m_table->item(r, 9)->setForeground(QColor(180, 40, 40));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

void ContractListPage::registerContract()
{
    ContractDialog dialog(m_context, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    MessageBox::information(this, dialog.windowTitle(),
                            tr("Registered as %1: write it on the paper and on its folder.").arg(dialog.number()));
}

void ContractListPage::borrow()
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    const QString number = m_table->item(row, 0)->text();
    const QString title = tr("Borrow %1").arg(number);
    bool ok = false;
    const QStringList kinds{loanKindTitle(LoanKind::Copy), loanKindTitle(LoanKind::Original)};
    const QString kind =
        InputDialog::item(this, title, tr("A copy, or the original (a special case, CON-05):"), kinds, &ok);
    if (!ok || !kinds.contains(kind))
        return;
    const QString purpose = InputDialog::text(this, title, tr("What for:"), &ok);
    if (!ok)
        return;
    const QDate suggested = m_context.clock->nowUtc().toLocalTime().date().addDays(7);
    const QString due = InputDialog::text(
        this, title, tr("Back by, YYYY-MM-DD (empty: %1):").arg(suggested.toString(Qt::ISODate)), &ok);
    if (!ok)
        return;
    const QDate dueOn = due.trimmed().isEmpty() ? suggested : QDate::fromString(due.trimmed(), Qt::ISODate);
    auto asked =
        ContractLending(*m_context.database, *m_context.clock)
            .request(m_context.actor, id, kind == kinds.at(1) ? LoanKind::Original : LoanKind::Copy, purpose, dueOn);
    if (!asked)
        return MessageBox::warning(this, title, asked.error());
    MessageBox::information(this, title,
                            tr("The request waits for its signature in Approvals; the custodian hands the %1 out "
                               "once it is signed.")
                                .arg(kind));
}

void ContractListPage::statistics(const QString &how)
{
    const int year = m_year->currentData().toInt();
    auto report =
        ContractRegister(*m_context.database, *m_context.clock)
            .statistics(m_context.actor, year, CompanySettings(*m_context.database, *m_context.clock).companyName());
    if (!report)
        return MessageBox::warning(this, tr("Statistics"), report.error());
    const ExportSubject subject{report->title, {}, {}};
    if (how == QStringLiteral("preview"))
        ReportActions::preview(this, m_context, *report, subject);
    else
        ReportActions::save(this, m_context, *report, subject, how,
                            year > 0 ? QStringLiteral("contracts-%1").arg(year) : QStringLiteral("contracts"));
}

void ContractListPage::addType()
{
    const QString title = tr("New contract type");
    bool ok = false;
    ContractType type;
    type.code = InputDialog::text(this, title, tr("Code, 2 to 6 capital letters or digits (CG):"), &ok).trimmed();
    if (!ok)
        return;
    type.name = InputDialog::text(this, title, tr("Name (采购合同):"), &ok);
    if (!ok)
        return;
    if (auto made = ContractRegister(*m_context.database, *m_context.clock).addType(m_context.actor, type); !made)
        MessageBox::warning(this, title, made.error());
    fillFilters();
}

void ContractListPage::addArchive()
{
    const QString title = tr("New archive");
    auto users = UserService(*m_context.database, *m_context.clock).list(m_context.actor);
    if (!users)
        return MessageBox::warning(this, title, users.error());
    bool ok = false;
    ContractArchive archive;
    archive.name = InputDialog::text(this, title, tr("Name (行政部档案室):"), &ok);
    if (!ok)
        return;
    archive.location = InputDialog::text(this, title, tr("Where it is, fire- and damp-proof (CON-06):"), &ok);
    if (!ok)
        return;
    QStringList names;
    for (const UserRecord &u : *users)
        names << (u.displayName.isEmpty() ? u.userName : QStringLiteral("%1 (%2)").arg(u.displayName, u.userName));
    const QString custodian = InputDialog::item(this, title, tr("Its one custodian (CON-06):"), names, &ok);
    if (!ok || !names.contains(custodian))
        return;
    archive.custodianUserId = users->at(names.indexOf(custodian)).id;
    if (auto made = ContractRegister(*m_context.database, *m_context.clock).addArchive(m_context.actor, archive); !made)
        MessageBox::warning(this, title, made.error());
}

} // namespace shopdesk
