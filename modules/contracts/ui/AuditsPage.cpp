#include "AuditsPage.h"

#include "ContractAudits.h"
#include "ContractRegister.h"
#include "ContractsActions.h"
#include "common/Clock.h"
#include "settings/CompanySettings.h"
#include "ui/EmptyListHint.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"
#include "ui/ReportActions.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

AuditsPage::AuditsPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_archive = new QComboBox(this);
    m_archive->setAccessibleName(tr("Archive"));
    m_check = new QComboBox(this);
    m_check->setAccessibleName(tr("Check"));
    m_start = new QPushButton(tr("Star&t a check"), this);
    m_missing = new QPushButton(tr("Mark &missing..."), this);
    m_damaged = new QPushButton(tr("Mark &damaged..."), this);
    m_close = new QPushButton(tr("Cl&ose the check"), this);
    auto *printButton = new QPushButton(QIcon(QStringLiteral(":/icons/print.svg")), tr("&Print..."), this);
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    m_scan = new QLineEdit(this);
    m_scan->setPlaceholderText(tr("Scan a label or type a contract number, then Enter: present"));
    m_scan->setAccessibleName(tr("Scanned number"));
    m_table = listTable(
        {tr("Number"), tr("Title"), tr("Kept in"), tr("Original"), tr("Found"), tr("Investigation"), tr("Responsible")},
        this);
    EmptyListHint::install(
        m_table, tr("This archive has not been checked yet. Contracts clerks start a check with Start a check."));
    makeSortable(m_table);
    auto *top = new QHBoxLayout;
    top->addWidget(m_archive);
    top->addWidget(m_check);
    top->addWidget(m_start);
    top->addStretch();
    for (QPushButton *b : {m_missing, m_damaged, m_close, printButton})
        top->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_scan);
    layout->addWidget(m_table, 1);
    connect(m_archive, &QComboBox::activated, this, [this] {
        m_check->clear(); // another archive: its open check, or its latest
        refresh();
    });
    connect(m_check, &QComboBox::activated, this, &AuditsPage::refresh);
    connect(m_start, &QPushButton::clicked, this, &AuditsPage::start);
    connect(m_scan, &QLineEdit::returnPressed, this, &AuditsPage::scanned);
    connect(m_missing, &QPushButton::clicked, this, [this] { markLoss(AuditMark::Missing); });
    connect(m_damaged, &QPushButton::clicked, this, [this] { markLoss(AuditMark::Damaged); });
    connect(m_close, &QPushButton::clicked, this, &AuditsPage::closeCheck);
    connect(printButton, &QPushButton::clicked, this, &AuditsPage::print);
    refresh();
}

void AuditsPage::refresh()
{
    // The archives again: one may have been added since, here or on another PC.
    const QVariant chosen = m_archive->currentData();
    m_archive->clear();
    if (auto archives = ContractRegister(*m_context.database, *m_context.clock).archives(m_context.actor))
        for (const ContractArchive &a : *archives)
            m_archive->addItem(a.name, a.id);
    m_archive->setCurrentIndex(qMax(0, m_archive->findData(chosen)));
    ContractAudits audits(*m_context.database, *m_context.clock);
    const qint64 archiveId = m_archive->currentData().toLongLong();
    auto open = audits.openAudit(m_context.actor, archiveId);
    m_auditId = open && *open ? **open : 0;
    const bool mayCheck = !m_context.readOnly() && Permissions::can(m_context.actor, ContractsAction::Register);
    m_start->setEnabled(mayCheck && archiveId != 0 && m_auditId == 0);
    for (QWidget *w : std::initializer_list<QWidget *>{m_missing, m_damaged, m_close, m_scan})
        w->setEnabled(mayCheck && m_auditId != 0);
    // RULE CON-02: the open check, or one chosen from the past, which is read only.
    const QVariant chosenCheck = m_check->currentData();
    m_check->clear();
    if (auto checks = audits.checks(m_context.actor, archiveId))
        for (const ContractAuditSession &c : *checks)
            m_check->addItem(c.closed() ? tr("Closed %1 (started %2)")
                                              .arg(c.closedOn.toString(Qt::ISODate), c.startedOn.toString(Qt::ISODate))
                                        : tr("Open, started %1").arg(c.startedOn.toString(Qt::ISODate)),
                             c.id);
    m_check->setCurrentIndex(qMax(0, m_check->findData(chosenCheck)));
    m_check->setEnabled(m_check->count() > 1);
    const qint64 shown = m_check->currentData().toLongLong();
    for (QWidget *w : std::initializer_list<QWidget *>{m_missing, m_damaged, m_close, m_scan})
        w->setEnabled(w->isEnabled() && shown == m_auditId);
    m_table->setSortingEnabled(false);
    m_table->setRowCount(0);
    const QDate today = m_context.clock->nowUtc().toLocalTime().date();
    if (m_auditId == 0 && shown == 0) {
        auto due = audits.due(m_context.actor, today);
        QString text = tr("No check of this archive is open.");
        if (due)
            for (const AuditDue &d : *due)
                if (d.archiveId == archiveId)
                    text += QLatin1Char(' ')
                        + (d.lastClosedOn.isValid() ? tr("The last one closed on %1: six months have passed (CON-02).")
                                                          .arg(d.lastClosedOn.toString(Qt::ISODate))
                                                    : tr("It has never been checked (CON-02)."));
        m_state->setText(text);
        return;
    }
    auto session = audits.session(m_context.actor, shown);
    if (!session) {
        m_state->setText(session.error());
        return;
    }
    if (session->closed())
        m_state->setText(tr("Check closed %1, a permanent record: %2 contracts, %3 missing, %4 damaged.")
                             .arg(session->closedOn.toString(Qt::ISODate))
                             .arg(session->lines.size())
                             .arg(session->count(AuditMark::Missing))
                             .arg(session->count(AuditMark::Damaged)));
    else
        m_state->setText(tr("Check started %1: %2 of %3 contracts marked; %4 missing, %5 damaged.")
                             .arg(session->startedOn.toString(Qt::ISODate))
                             .arg(session->lines.size() - session->count(AuditMark::Unchecked))
                             .arg(session->lines.size())
                             .arg(session->count(AuditMark::Missing))
                             .arg(session->count(AuditMark::Damaged)));
    m_table->setRowCount(int(session->lines.size()));
    for (int r = 0; r < session->lines.size(); ++r) {
        const AuditLine &l = session->lines.at(r);
        setRowTexts(m_table, r,
                    {l.number, l.title, l.place, l.originalOutWith, auditMarkTitle(l.mark), l.note, l.responsibleName});
        m_table->item(r, 0)->setData(Qt::UserRole, l.contractId);
        if (l.mark == AuditMark::Missing || l.mark == AuditMark::Damaged)
            m_table->item(r, 4)->setForeground(QColor(180, 40, 40));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnsToContents();
}

void AuditsPage::start()
{
    if (auto started = ContractAudits(*m_context.database, *m_context.clock)
                           .start(m_context.actor, m_archive->currentData().toLongLong());
        !started)
        MessageBox::warning(this, tr("Start a check"), started.error());
    m_check->clear(); // the new check shows
    refresh();
    m_scan->setFocus();
}

void AuditsPage::scanned()
{
    const QString number = m_scan->text().trimmed();
    if (number.isEmpty())
        return;
    auto marked = ContractAudits(*m_context.database, *m_context.clock).markPresent(m_context.actor, m_auditId, number);
    if (!marked)
        MessageBox::warning(this, tr("Check"), marked.error());
    m_scan->clear();
    refresh();
    m_scan->setFocus();
}

void AuditsPage::markLoss(AuditMark mark)
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return;
    AuditLine line;
    line.contractId = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    line.mark = mark;
    const QString title = tr("%1: %2").arg(m_table->item(row, 0)->text(), auditMarkTitle(mark));
    bool ok = false;
    line.note = InputDialog::text(this, title, tr("What the investigation found (may follow later):"), &ok);
    if (!ok)
        return;
    auto people = ContractRegister(*m_context.database, *m_context.clock).people(m_context.actor);
    QStringList names{tr("(not yet known)")};
    if (people)
        for (const EmployeeSummary &e : *people)
            names << QStringLiteral("%1 %2").arg(e.staffNo, e.name);
    const QString who = InputDialog::item(this, title, tr("Held responsible (CON-02):"), names, &ok);
    if (!ok)
        return;
    if (const int index = int(names.indexOf(who)); index > 0 && people)
        line.responsibleEmployeeId = people->at(index - 1).id;
    if (Status s = ContractAudits(*m_context.database, *m_context.clock).mark(m_context.actor, m_auditId, line); !s)
        MessageBox::warning(this, title, s.error());
    refresh();
}

void AuditsPage::closeCheck()
{
    const QString title = tr("Close the check");
    if (MessageBox::question(
            this, title, tr("Close the check of %1? It then stays as it is, for good.").arg(m_archive->currentText()))
        != QMessageBox::Yes)
        return;
    const qint64 closing = m_auditId;
    if (Status s = ContractAudits(*m_context.database, *m_context.clock).close(m_context.actor, closing); !s)
        MessageBox::warning(this, title, s.error());
    refresh();
}

void AuditsPage::print()
{
    ContractAudits audits(*m_context.database, *m_context.clock);
    // The check shown: the open one's checklist, or a closed one's report.
    const qint64 shown = m_check->currentData().toLongLong();
    if (shown == 0)
        return MessageBox::warning(this, tr("Print"), tr("This archive has not been checked yet."));
    const QString company = CompanySettings(*m_context.database, *m_context.clock).companyName();
    auto report = audits.report(m_context.actor, shown, company);
    if (!report)
        return MessageBox::warning(this, tr("Print"), report.error());
    ReportActions::preview(this, m_context, *report, {report->title, {}, {}});
}

} // namespace shopdesk
