#include "DisciplinePage.h"

#include "AttendancePolicyService.h"

#include "AttendanceMonth.h"
#include "DisciplineRegister.h"
#include "HrActions.h"
#include "PageParts.h"
#include "PayrollExport.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "report/DataExport.h"
#include "ui/EmptyListHint.h"
#include "ui/ErrorLabel.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace shopdesk {

DisciplinePage::DisciplinePage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_month(monthPicker(this, context.clock->nowUtc().toLocalTime().date().addMonths(-1))), m_state(new QLabel(this)),
      m_table(listTable(
          {tr("Date"), tr("Name"), tr("Rule"), tr("Kind"), tr("Amount"), tr("State"), tr("What"), tr("Why waived")},
          this))
{
    if (auto people = AttendanceMonth(*context.database, *context.clock).people(context.actor, 0))
        for (const EmployeeSummary &e : *people)
            m_names.insert(e.id, e.name);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(new QLabel(tr("Month:"), this));
    bar->addWidget(m_month);
    const bool manage = Permissions::can(context.actor, HrAction::ManageDiscipline);
    QAction *add =
        bar->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("Record..."), this, &DisciplinePage::record);
    add->setShortcut(QKeySequence::New);
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(add);
    QAction *fromAttendance = bar->addAction(tr("Proposals from attendance"), this, &DisciplinePage::propose);
    QAction *confirm = bar->addAction(QIcon(QStringLiteral(":/icons/approve.svg")), tr("Confirm"), this,
                                      &DisciplinePage::confirmSelected);
    QAction *waive = bar->addAction(QIcon(QStringLiteral(":/icons/reject.svg")), tr("Waive..."), this,
                                    &DisciplinePage::waiveSelected);
    for (QAction *a : {add, fromAttendance, confirm, waive})
        a->setEnabled(manage);
    bar->addSeparator();
    bar->addAction(tr("Payroll lines (XLSX)..."), this, &DisciplinePage::exportPayroll)
        ->setEnabled(Permissions::can(context.actor, Action::Export));

    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    EmptyListHint::install(m_table,
                           tr("No entries in this month. HR clerks record one with Record... or take the Proposals "
                              "from attendance; or change the month."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_state);
    layout->addWidget(m_table, 1);
    connect(m_month, &QDateEdit::dateChanged, this, &DisciplinePage::refresh);
    refresh();
}

void DisciplinePage::setMonth(const QDate &month)
{
    m_month->setDate(month);
}

void DisciplinePage::refresh()
{
    auto entries = DisciplineRegister(*m_context.database, *m_context.clock).entries(m_context.actor, m_month->date());
    if (!entries)
        return m_state->setText(entries.error());
    m_entries = *entries;
    m_table->setRowCount(int(m_entries.size()));
    for (int r = 0; r < m_entries.size(); ++r) {
        const DisciplineEntry &e = m_entries.at(r);
        setRowTexts(m_table, r,
                    {e.day.toString(Qt::ISODate), m_names.value(e.employeeId), e.ruleId, disciplineKindTitle(e.kind),
                     e.amountFen ? Money::fromFen(e.amountFen).toString() : QString(), disciplineStateTitle(e.state),
                     e.description, e.waiveReason});
    }
    m_table->resizeColumnsToContents();
    const qsizetype open = std::count_if(m_entries.cbegin(), m_entries.cend(),
                                         [](const DisciplineEntry &e) { return e.state == DisciplineState::Proposed; });
    m_state->setText(tr("%1 entries, %2 proposals to decide").arg(m_entries.size()).arg(open));
}

const DisciplineEntry *DisciplinePage::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

void DisciplinePage::propose()
{
    auto added = DisciplineRegister(*m_context.database, *m_context.clock)
                     .proposeFromAttendance(m_context.actor, m_month->date());
    if (!added)
        return MessageBox::warning(this, tr("Disciplinary register"), added.error());
    refresh();
}

void DisciplinePage::confirmSelected()
{
    const DisciplineEntry *e = selected();
    if (!e)
        return MessageBox::information(this, tr("Disciplinary register"), tr("Select an entry first."));
    if (Status s = DisciplineRegister(*m_context.database, *m_context.clock).confirm(m_context.actor, e->id); !s)
        return MessageBox::warning(this, tr("Disciplinary register"), s.error());
    refresh();
}

void DisciplinePage::waiveSelected()
{
    const DisciplineEntry *e = selected();
    if (!e)
        return MessageBox::information(this, tr("Disciplinary register"), tr("Select an entry first."));
    bool ok = false;
    const QString reason =
        QInputDialog::getText(this, tr("Waive"), tr("Why is this waived?"), QLineEdit::Normal, {}, &ok);
    if (!ok)
        return;
    if (Status s = DisciplineRegister(*m_context.database, *m_context.clock).waive(m_context.actor, e->id, reason); !s)
        return MessageBox::warning(this, tr("Disciplinary register"), s.error());
    refresh();
}

void DisciplinePage::record()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Record a disciplinary entry"));
    auto *person = new QComboBox(&dialog);
    for (auto it = m_names.constBegin(); it != m_names.constEnd(); ++it)
        person->addItem(it.value(), it.key());
    auto *day = new QDateEdit(m_context.clock->nowUtc().toLocalTime().date(), &dialog);
    day->setCalendarPopup(true);
    day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    auto *rule = new QComboBox(&dialog);
    const auto policy = AttendancePolicyService(*m_context.database, *m_context.clock).policy();
    const qint64 proxyPunchFen = policy ? policy->proxyPunchFen : AttendancePolicy{}.proxyPunchFen;
    for (const ConductRule &r : ConductRules::recordable(proxyPunchFen))
        rule->addItem(r.id + QStringLiteral("  ") + r.title, r.id);
    auto *otherParty = new QComboBox(&dialog); // ATT-09: the other person of a proxy punch
    otherParty->setObjectName(QStringLiteral("otherParty"));
    otherParty->addItem(QString(), 0);
    for (auto it = m_names.constBegin(); it != m_names.constEnd(); ++it)
        otherParty->addItem(it.value(), it.key());
    auto *kind = new QComboBox(&dialog);
    auto *amount = new QDoubleSpinBox(&dialog);
    amount->setRange(0, 1000000);
    amount->setPrefix(QStringLiteral("¥"));
    auto *what = new QLineEdit(&dialog);
    auto *error = new ErrorLabel(&dialog);
    auto kinds = [&] {
        kind->clear();
        const auto r = ConductRules::find(rule->currentData().toString(), proxyPunchFen);
        for (DisciplineKind k : r ? r->kinds : QList<DisciplineKind>{})
            kind->addItem(disciplineKindTitle(k), int(k));
        if (r && r->maxFen > 0)
            amount->setToolTip(
                tr("%1 to %2").arg(Money::fromFen(r->minFen).toString(), Money::fromFen(r->maxFen).toString()));
        if (r && r->maxFen > 0 && r->minFen == r->maxFen)
            amount->setValue(double(r->minFen) / 100); // a fixed fine (ATT-09, from the policy)
        otherParty->setEnabled(r && r->twoParties);
    };
    connect(rule, &QComboBox::currentIndexChanged, &dialog, kinds);
    kinds();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Employee:"), person);
    form->addRow(tr("Date:"), day);
    form->addRow(tr("Rule:"), rule);
    form->addRow(tr("Other party (ATT-09):"), otherParty);
    form->addRow(tr("Kind:"), kind);
    form->addRow(tr("Amount:"), amount);
    form->addRow(tr("What happened:"), what);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        auto id = DisciplineRegister(*m_context.database, *m_context.clock)
                      .record(m_context.actor,
                              {person->currentData().toLongLong(), day->date(), rule->currentData().toString(),
                               DisciplineKind(kind->currentData().toInt()), qRound64(amount->value() * 100),
                               what->text(), otherParty->isEnabled() ? otherParty->currentData().toLongLong() : 0});
        if (!id)
            return error->showError(id.error());
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void DisciplinePage::exportPayroll()
{
    auto report = PayrollExport(*m_context.database, *m_context.clock).report(m_context.actor, m_month->date());
    if (!report)
        return MessageBox::warning(this, tr("Payroll lines"), report.error());
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("payroll-%1.xlsx").arg(m_month->date().toString(QStringLiteral("yyyy-MM"))));
    const QString path =
        FileDialog::saveFileName(this, tr("Save the payroll lines"), suggested, tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const ExportSubject subject{report->title, m_month->date(), {}};
    if (Status s = DataExport(*m_context.database, *m_context.clock)
                       .saveReport(m_context.actor, subject, *report, QStringLiteral("xlsx"), path);
        !s)
        return MessageBox::warning(this, tr("Payroll lines"), s.error());
    m_state->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace shopdesk
