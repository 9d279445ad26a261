#include "ContractListPage.h"

#include "ContractDialog.h"
#include "ContractFiles.h"
#include "ContractFilesDialog.h"
#include "ContractLabels.h"
#include "ContractLending.h"
#include "ContractRegister.h"
#include "ContractsActions.h"
#include "ScanReading.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "domain/ContractText.h"
#include "settings/CompanySettings.h"
#include "ui/EmptyListHint.h"
#include "ui/ErrorLabel.h"
#include "ui/LabelPrinting.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"
#include "ui/ReportActions.h"
#include "users/UserService.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace shopdesk {

ContractListPage::ContractListPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_reading = new ScanReading(context, this);
    m_search = filterLine(this, tr("Number, title, party, notes, or words in its files (Ctrl+F)"));
    m_type = new QComboBox(this);
    m_type->setAccessibleName(tr("Type"));
    m_status = new QComboBox(this);
    m_status->setAccessibleName(tr("Status"));
    m_status->addItem(tr("Any status"), QString());
    for (ContractStatus s : {ContractStatus::Active, ContractStatus::Completed, ContractStatus::Terminated})
        m_status->addItem(contractStatusTitle(s), contractStatusKey(s));
    m_year = new QComboBox(this);
    m_year->setAccessibleName(tr("Signed in"));
    m_party = new QLineEdit(this);
    m_party->setPlaceholderText(tr("Other party"));
    m_party->setAccessibleName(tr("Other party"));
    m_party->setClearButtonEnabled(true);
    m_minValue = new QLineEdit(this);
    m_minValue->setPlaceholderText(tr("Value from"));
    m_minValue->setAccessibleName(tr("Value from, yuan"));
    m_maxValue = new QLineEdit(this);
    m_maxValue->setPlaceholderText(tr("to"));
    m_maxValue->setAccessibleName(tr("Value up to, yuan"));
    m_ending = new QComboBox(this);
    m_ending->setAccessibleName(tr("Ending"));
    m_ending->addItem(tr("Any end"), 0);
    for (int days : {30, 60, 90})
        m_ending->addItem(tr("In force, ending within %1 days").arg(days), days);
    auto *openButton = new QPushButton(tr("&Open..."), this);
    openButton->setToolTip(tr("The selected contract in full: correct it, or record that it was completed or "
                              "terminated (Enter)"));
    auto *filesButton = new QPushButton(tr("F&iles..."), this);
    filesButton->setToolTip(tr("The scans and documents kept with the selected contract"));
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
    auto *labels = new QToolButton(this);
    labels->setText(tr("Lab&els"));
    labels->setPopupMode(QToolButton::InstantPopup);
    auto *labelsMenu = new QMenu(labels);
    labelsMenu->addAction(tr("Folder labels of the selected contracts: print preview..."), this,
                          [this] { folderLabels(QStringLiteral("preview")); });
    labelsMenu->addAction(tr("Folder labels of the selected contracts: save as PDF..."), this,
                          [this] { folderLabels(QStringLiteral("pdf")); });
    labelsMenu->addSeparator();
    labelsMenu->addAction(tr("Box labels of an archive: print preview..."), this,
                          [this] { boxLabels(QStringLiteral("preview")); });
    labelsMenu->addAction(tr("Box labels of an archive: save as PDF..."), this,
                          [this] { boxLabels(QStringLiteral("pdf")); });
    labels->setMenu(labelsMenu);
    auto *setup = new QToolButton(this);
    setup->setText(tr("Set &up"));
    setup->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(setup);
    menu->addAction(tr("New contract type..."), this, &ContractListPage::addType);
    menu->addAction(tr("New archive..."), this, &ContractListPage::addArchive);
    setup->setMenu(menu);
    setup->setEnabled(!context.readOnly() && Permissions::can(context.actor, ContractsAction::Manage));
    m_table = listTable({tr("Number"), tr("Type"), tr("Title"), tr("Other parties"), tr("Signed"), tr("Starts"),
                         tr("Ends"), tr("Value"), tr("Status"), tr("Original"), tr("Responsible"), tr("Archive"),
                         tr("Kept in"), tr("Found in its files")},
                        this);
    EmptyListHint::install(m_table,
                           tr("No contracts here. Register the first one with Register..., or change the "
                              "search."),
                           m_search);
    makeSortable(m_table);
    // Where the words were found in a file stands beside the title, where the eye is.
    m_table->horizontalHeader()->moveSection(13, 3);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    for (QWidget *w :
         std::initializer_list<QWidget *>{add, openButton, filesButton, borrowButton, stats, labels, setup})
        top->addWidget(w);
    auto *filters = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_type, m_status, m_year, m_ending})
        filters->addWidget(w);
    filters->addWidget(m_party, 2);
    filters->addWidget(m_minValue, 1);
    filters->addWidget(m_maxValue, 1);
    m_error = new ErrorLabel(this);
    m_more = new QLabel(this);
    m_more->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_more);
    connect(m_search, &QLineEdit::textChanged, this, &ContractListPage::refresh);
    for (QLineEdit *line : {m_party, m_minValue, m_maxValue})
        connect(line, &QLineEdit::textChanged, this, &ContractListPage::refresh);
    for (QComboBox *box : {m_type, m_status, m_year, m_ending})
        connect(box, &QComboBox::activated, this, &ContractListPage::refresh);
    connect(filesButton, &QPushButton::clicked, this, &ContractListPage::openFiles);
    connect(openButton, &QPushButton::clicked, this, &ContractListPage::openContract);
    connect(m_table, &QTableWidget::itemActivated, this, &ContractListPage::openContract); // double-click or Enter
    // A file read on this PC shows where its words were found.
    connect(m_reading, &ScanReading::fileRead, this, [this] {
        if (!m_search->text().trimmed().isEmpty())
            refresh();
    });
    connect(add, &QPushButton::clicked, this, &ContractListPage::registerContract);
    connect(borrowButton, &QPushButton::clicked, this, &ContractListPage::borrow);
    fillFilters();
    refresh();
    m_reading->start(); // files added on any PC and not yet read
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
    filter.party = m_party->text();
    QStringList problems;
    for (auto [line, bound] : {std::pair{m_minValue, &filter.minFen}, std::pair{m_maxValue, &filter.maxFen}}) {
        if (line->text().trimmed().isEmpty())
            continue;
        if (const auto value = Money::parse(line->text()))
            *bound = value->fen();
        else
            problems << tr("\"%1\" is not an amount in yuan (12000 or 12,000.50).").arg(line->text().trimmed());
    }
    if (const int days = m_ending->currentData().toInt(); days > 0) {
        filter.endingFrom = m_context.clock->nowUtc().toLocalTime().date();
        filter.endingBy = filter.endingFrom.addDays(days);
    }
    const int shownAtMost = filter.limit;
    filter.limit = shownAtMost + 1; // one more says there are more
    const AppContext &c = m_context;
    auto found = ContractRegister(*c.database, *c.clock).find(c.actor, filter);
    if (!found)
        problems << found.error();
    QList<Contract> list = found ? *found : QList<Contract>();
    m_more->setVisible(list.size() > shownAtMost);
    m_more->setText(tr("The newest %1 are shown: narrow the search to see the others.").arg(shownAtMost));
    list = list.mid(0, shownAtMost);
    // RULE CON-04: the page and line of a file where the words are, for the rows shown.
    QHash<qint64, QString> foundIn;
    if (!filter.text.trimmed().isEmpty()) {
        QList<qint64> ids;
        for (const Contract &contract : std::as_const(list))
            ids << contract.id;
        auto hits = ContractFiles(*c.database, *c.clock).hits(c.actor, filter.text, ids);
        if (!hits)
            problems << hits.error();
        else
            for (const TextHit &hit : *hits) {
                const ContractText::LineHit line = ContractText::firstLine(hit.pageText, filter.text);
                foundIn.insert(hit.contractId,
                               tr("%1 v%2, page %3, line %4: %5")
                                   .arg(hit.document)
                                   .arg(hit.version)
                                   .arg(hit.page)
                                   .arg(line.line)
                                   .arg(line.text.left(60)));
            }
    }
    m_error->showError(problems.join(QLatin1Char('\n')));
    // The rows change under the selection: the contract the clerk picked stays picked, no other.
    const QTableWidgetItem *current = m_table->currentRow() >= 0 ? m_table->item(m_table->currentRow(), 0) : nullptr;
    const qint64 picked = current && current->isSelected() ? current->data(Qt::UserRole).toLongLong() : 0;
    m_table->clearSelection();
    m_table->setCurrentItem(nullptr);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const Contract &c = list.at(r);
        setRowTexts(m_table, r,
                    {c.number, c.typeName, c.title,
                     c.counterparties.split(QLatin1Char('\n')).join(QStringLiteral("; ")),
                     c.signedOn.toString(Qt::ISODate), c.startsOn.toString(Qt::ISODate),
                     c.endsOn.isValid() ? c.endsOn.toString(Qt::ISODate) : tr("open-ended"), QString(),
                     contractStatusTitle(c.status),
                     c.originalOutWith.isEmpty()
                         ? tr("In the archive")
                         : tr("out with %1 until %2").arg(c.originalOutWith, c.originalDueOn.toString(Qt::ISODate)),
                     c.responsibleName, c.archiveName, ContractRules::place(c), foundIn.value(c.id)});
        m_table->item(r, 0)->setData(Qt::UserRole, c.id);
        m_table->setItem(r, 7, numberCell(c.valueFen, Money::fromFen(c.valueFen).toString()));
        if (!c.originalOutWith.isEmpty())
            m_table->item(r, 9)->setForeground(QColor(180, 40, 40));
    }
    m_table->setColumnHidden(13, foundIn.isEmpty());
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
    for (int r = 0; picked && r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->data(Qt::UserRole).toLongLong() == picked)
            m_table->selectRow(r);
}

std::optional<Contract> ContractListPage::selectedContract(const QString &title)
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return std::nullopt;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    auto contract = ContractRegister(*m_context.database, *m_context.clock).contract(m_context.actor, id);
    if (!contract) {
        MessageBox::warning(this, title, contract.error());
        return std::nullopt;
    }
    return *contract;
}

ContractDialog *ContractListPage::openContract()
{
    const auto contract = selectedContract(tr("Contract"));
    if (!contract)
        return nullptr;
    auto *dialog = new ContractDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->edit(*contract);
    connect(dialog, &QDialog::accepted, this, &ContractListPage::refresh);
    dialog->open();
    return dialog;
}

ContractFilesDialog *ContractListPage::openFiles()
{
    const auto contract = selectedContract(tr("Files"));
    if (!contract)
        return nullptr;
    auto *dialog = new ContractFilesDialog(m_context, *contract, m_reading, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
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

void ContractListPage::folderLabels(const QString &how)
{
    QList<qint64> ids; // in the order listed
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0) && m_table->item(r, 0)->isSelected())
            ids << m_table->item(r, 0)->data(Qt::UserRole).toLongLong();
    const QString title = ContractLabels::folderTitle();
    auto labels = ContractLabels(*m_context.database, *m_context.clock).folders(m_context.actor, ids);
    if (!labels)
        return MessageBox::warning(this, title, labels.error());
    if (how == QStringLiteral("preview"))
        LabelPrinting::preview(this, m_context, title, *labels);
    else
        LabelPrinting::savePdf(this, m_context, title, tr("contract-folder-labels"), *labels);
}

void ContractListPage::boxLabels(const QString &how)
{
    const QString title = ContractLabels::boxTitle();
    auto archives = ContractRegister(*m_context.database, *m_context.clock).archives(m_context.actor);
    if (!archives)
        return MessageBox::warning(this, title, archives.error());
    if (archives->isEmpty())
        return MessageBox::information(this, title, tr("There is no archive yet: set one up first."));
    qint64 archive = archives->first().id;
    if (archives->size() > 1) {
        QStringList names;
        for (const ContractArchive &a : *archives)
            names << a.name;
        bool ok = false;
        const QString name = InputDialog::item(this, title, tr("The boxes of which archive:"), names, &ok);
        if (!ok || !names.contains(name))
            return;
        archive = archives->at(names.indexOf(name)).id;
    }
    auto labels = ContractLabels(*m_context.database, *m_context.clock).boxes(m_context.actor, archive);
    if (!labels)
        return MessageBox::warning(this, title, labels.error());
    if (how == QStringLiteral("preview"))
        LabelPrinting::preview(this, m_context, title, *labels);
    else
        LabelPrinting::savePdf(this, m_context, title, tr("archive-box-labels"), *labels);
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
