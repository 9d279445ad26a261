#include "RosterPage.h"

#include "AttendanceMonth.h"
#include "DutyRosterService.h"
#include "HrActions.h"
#include "PageParts.h"
#include "common/Clock.h"
#include "report/DataExport.h"
#include "report/ReportPainter.h"
#include "settings/CompanySettings.h"
#include "ui/ErrorLabel.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace shopdesk {

RosterPage::RosterPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_month(monthPicker(this, context.clock->nowUtc().toLocalTime().date())),
      m_department(new QComboBox(this)), m_state(new QLabel(this)), m_calendar(new QTableWidget(6, 7, this))
{
    AttendanceMonth month(*context.database, *context.clock);
    if (auto departments = month.departments(context.actor))
        for (const Department &d : *departments)
            m_department->addItem(d.name, d.id);
    // The office keeps the duty (ATT-02): the department called 行政部 if there is one.
    const int office = m_department->findText(QStringLiteral("行政部"));
    m_department->setCurrentIndex(office >= 0 ? office : 0);
    if (auto people = month.people(context.actor, 0))
        for (const EmployeeSummary &e : *people)
            m_names.insert(e.id, e.name);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(new QLabel(tr("Month:"), this));
    bar->addWidget(m_month);
    bar->addWidget(new QLabel(tr(" Rotation among:"), this));
    bar->addWidget(m_department);
    const bool manage = Permissions::can(context.actor, HrAction::ManageAttendance);
    bar->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("Generate"), this, &RosterPage::generate)
        ->setEnabled(manage);
    bar->addAction(QIcon(QStringLiteral(":/icons/approve.svg")), tr("Publish"), this, &RosterPage::publish)
        ->setEnabled(manage);
    QAction *printAction =
        bar->addAction(QIcon(QStringLiteral(":/icons/print.svg")), tr("Print preview..."), this, &RosterPage::print);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(printAction);

    m_calendar->setHorizontalHeaderLabels(
        {tr("Monday"), tr("Tuesday"), tr("Wednesday"), tr("Thursday"), tr("Friday"), tr("Saturday"), tr("Sunday")});
    m_calendar->verticalHeader()->hide();
    m_calendar->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_calendar->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_calendar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calendar->setWordWrap(true);
    connect(m_calendar, &QTableWidget::cellActivated, this, &RosterPage::editDay);
    connect(m_calendar, &QTableWidget::cellDoubleClicked, this, &RosterPage::editDay);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(m_state);
    layout->addWidget(m_calendar, 1);
    connect(m_month, &QDateEdit::dateChanged, this, &RosterPage::refresh);
    refresh();
}

void RosterPage::setMonth(const QDate &month)
{
    m_month->setDate(month);
}

void RosterPage::refresh()
{
    DutyRosterService roster(*m_context.database, *m_context.clock);
    const QDate first(m_month->date().year(), m_month->date().month(), 1);
    auto days = roster.month(first);
    auto published = roster.isPublished(first);
    if (!days || !published)
        return m_state->setText(days ? published.error() : days.error());
    m_days = *days;
    m_published = *published;
    QHash<QDate, DutyDay> byDate;
    for (const DutyDay &d : std::as_const(m_days))
        byDate.insert(d.date, d);
    m_calendar->clearContents();
    const int offset = first.dayOfWeek() - 1;
    for (QDate d = first; d.month() == first.month(); d = d.addDays(1)) {
        const int cell = offset + d.day() - 1;
        const DutyDay duty = byDate.value(d);
        auto *item = new QTableWidgetItem(
            duty.date.isValid() ? tr("%1\nMain: %2\nSupport, cleaning: %3")
                                      .arg(d.day())
                                      .arg(m_names.value(duty.mainEmployee), m_names.value(duty.supportEmployee))
                                : QString::number(d.day()));
        item->setData(Qt::UserRole, d);
        item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        m_calendar->setItem(cell / 7, cell % 7, item);
    }
    m_state->setText(m_days.isEmpty()  ? tr("No roster for this month yet: choose who rotates and press Generate.")
                         : m_published ? tr("Published: a change is a swap request for the department head to approve.")
                                       : tr("Draft: double-click a day to change it, then publish."));
}

void RosterPage::generate()
{
    auto people = AttendanceMonth(*m_context.database, *m_context.clock)
                      .people(m_context.actor, m_department->currentData().toLongLong());
    if (!people)
        return MessageBox::warning(this, tr("Duty roster"), people.error());
    QList<qint64> ids;
    for (const EmployeeSummary &e : *people)
        ids.append(e.id);
    if (!m_days.isEmpty()
        && MessageBox::question(this, tr("Duty roster"),
                                tr("Replace the draft roster of this month with a new rotation?"))
            != QMessageBox::Yes)
        return;
    auto made =
        DutyRosterService(*m_context.database, *m_context.clock).generate(m_context.actor, m_month->date(), ids);
    if (!made)
        return MessageBox::warning(this, tr("Duty roster"), made.error());
    refresh();
}

void RosterPage::publish()
{
    if (MessageBox::question(this, tr("Duty roster"),
                             tr("Publish the roster? Afterwards a change needs the department head's approval."))
        != QMessageBox::Yes)
        return;
    if (Status s = DutyRosterService(*m_context.database, *m_context.clock).publish(m_context.actor, m_month->date());
        !s)
        return MessageBox::warning(this, tr("Duty roster"), s.error());
    refresh();
}

void RosterPage::editDay(int row, int column)
{
    const QTableWidgetItem *item = m_calendar->item(row, column);
    if (!item)
        return;
    const QDate date = item->data(Qt::UserRole).toDate();
    DutyDay current{date, 0, 0};
    for (const DutyDay &d : std::as_const(m_days))
        if (d.date == date)
            current = d;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Duty on %1").arg(date.toString(Qt::ISODate)));
    auto *main = new QComboBox(&dialog);
    auto *support = new QComboBox(&dialog);
    auto people = AttendanceMonth(*m_context.database, *m_context.clock)
                      .people(m_context.actor, m_department->currentData().toLongLong());
    for (const EmployeeSummary &e : people ? *people : QList<EmployeeSummary>{}) {
        main->addItem(e.name, e.id);
        support->addItem(e.name, e.id);
    }
    main->setCurrentIndex(main->findData(current.mainEmployee));
    support->setCurrentIndex(support->findData(current.supportEmployee));
    auto *reason = new QLineEdit(&dialog);
    auto *error = new ErrorLabel(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Main duty:"), main);
    form->addRow(tr("Support duty and cleaning:"), support);
    if (m_published)
        form->addRow(tr("Reason for the swap:"), reason);
    form->addRow(error);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        const DutyDay wanted{date, main->currentData().toLongLong(), support->currentData().toLongLong()};
        DutyRosterService roster(*m_context.database, *m_context.clock);
        const QString problem = m_published ? roster.requestSwap(m_context.actor, wanted, reason->text()).error()
                                            : roster.setDay(m_context.actor, wanted).error();
        if (!problem.isEmpty())
            return error->showError(problem);
        dialog.accept();
    });
    if (dialog.exec() == QDialog::Accepted) {
        if (m_published)
            MessageBox::information(this, tr("Duty roster"), tr("The swap waits for the department head's approval."));
        refresh();
    }
}

void RosterPage::print()
{
    const Report report = DutyRosterService::printable(
        m_month->date(), m_days, m_names, CompanySettings(*m_context.database, *m_context.clock).companyName());
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog preview(&printer, this);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&report](QPrinter *p) { ReportPainter::paint(report, *p); });
    if (preview.exec() != QDialog::Accepted)
        return;
    // RULE DB-04: every printed page leaves a record, though the roster is for the notice board.
    if (Status s = DataExport(*m_context.database, *m_context.clock)
                       .recordPrint(m_context.actor, {report.title, m_month->date(), {}}, DataExport::rowCount(report));
        !s)
        MessageBox::warning(this, tr("Duty roster"), s.error());
}

} // namespace shopdesk
