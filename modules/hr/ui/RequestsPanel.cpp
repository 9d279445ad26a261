#include "RequestsPanel.h"

#include "AttendancePolicyService.h"

#include "AttendanceMonth.h"
#include "AwayCalendarModel.h"
#include "HrActions.h"
#include "PageParts.h"
#include "TimeRequestDialog.h"
#include "TimeRequests.h"
#include "common/Clock.h"
#include "ui/EmptyListHint.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace shopdesk {

RequestsPanel::RequestsPanel(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_employee(new QComboBox(this)), m_balance(new QLabel(this)),
      m_requestList(new PagedList<TimeRequestRow>(
          {tr("No."), tr("Kind"), tr("From"), tr("To"), tr("Length"), tr("State"), tr("Note")},
          [this](const TimeRequestRow &row, int column) { return requestText(row, column); },
          [this](const PageCursor &after, int pageSize) {
              return TimeRequests(*m_context.database, *m_context.clock)
                  .requestPage(m_context.actor, employee(), after, pageSize);
          },
          PagedTableModel::kDefaultPageSize, this)),
      m_requests(listView(m_requestList, this))
{
    EmptyListHint::install(m_requests,
                           tr("No requests yet. Ask with Leave..., Out of office... or Overtime...; if they are greyed "
                              "out, your user is not yet linked to an employee record."));
    const bool hr = Permissions::can(context.actor, HrAction::ManageAttendance);
    if (Permissions::can(context.actor, HrAction::ViewAttendance))
        if (auto people = AttendanceMonth(*context.database, *context.clock).people(context.actor, 0))
            for (const EmployeeSummary &e : *people)
                m_names.insert(e.id, e.name);
    if (context.actor.employeeId)
        m_employee->addItem(tr("Me"), context.actor.employeeId);
    if (hr)
        for (auto it = m_names.constBegin(); it != m_names.constEnd(); ++it)
            if (it.key() != context.actor.employeeId)
                m_employee->addItem(it.value(), it.key());
    m_employee->setAccessibleName(tr("Employee"));

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(new QLabel(tr("For:"), this));
    bar->addWidget(m_employee);
    QAction *leave =
        bar->addAction(QIcon(QStringLiteral(":/icons/add.svg")), tr("Leave..."), this, [this] { file(0); });
    leave->setShortcut(QKeySequence::New);
    leave->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(leave);
    bar->addAction(tr("Out of office..."), this, [this] { file(1); });
    bar->addAction(tr("Overtime..."), this, [this] { file(2); });
    QAction *reload =
        bar->addAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"), this, &RequestsPanel::refresh);
    reload->setObjectName(QStringLiteral("refresh")); // F5, through the window's View > Refresh
    const bool canFile = m_employee->count() > 0;
    for (QAction *a : bar->actions())
        if (a != reload)
            a->setEnabled(canFile);

    auto *split = new QSplitter(Qt::Vertical, this);
    auto *mine = new QWidget(split);
    auto *mineLayout = new QVBoxLayout(mine);
    mineLayout->setContentsMargins(0, 0, 0, 0);
    mineLayout->addWidget(m_balance);
    mineLayout->addWidget(m_requests);
    split->addWidget(mine);
    if (Permissions::can(context.actor, HrAction::ViewAttendance)) {
        auto *awayBox = new QWidget(split);
        auto *awayLayout = new QVBoxLayout(awayBox);
        awayLayout->setContentsMargins(0, 0, 0, 0);
        m_month = monthPicker(this, context.clock->nowUtc().toLocalTime().date());
        m_department = new QComboBox(this);
        m_department->addItem(tr("All departments"), 0);
        if (auto departments = AttendanceMonth(*context.database, *context.clock).departments(context.actor))
            for (const Department &d : *departments)
                m_department->addItem(d.name, d.id);
        auto *head = new QHBoxLayout;
        head->addWidget(new QLabel(tr("Who is away in"), this));
        head->addWidget(m_month);
        head->addWidget(m_department);
        head->addStretch();
        connect(m_department, &QComboBox::currentIndexChanged, this, &RequestsPanel::refresh);
        awayLayout->addLayout(head);
        m_away = listTable({tr("Name"), tr("Kind"), tr("From"), tr("To"), tr("State")}, this);
        m_awayCalendar = new AwayCalendarModel(this);
        m_awayCalendarView = new QTableView(this);
        m_awayCalendarView->setModel(m_awayCalendar);
        m_awayCalendarView->setEditTriggers(QAbstractItemView::NoEditTriggers);
        m_awayCalendarView->verticalHeader()->hide();
        m_awayCalendarView->horizontalHeader()->setMinimumSectionSize(24);
        auto *views = new QTabWidget(this);
        views->addTab(m_awayCalendarView, tr("Calendar"));
        views->addTab(m_away, tr("List"));
        awayLayout->addWidget(views);
        split->addWidget(awayBox);
        connect(m_month, &QDateEdit::dateChanged, this, &RequestsPanel::refresh);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addWidget(split, 1);
    connect(m_employee, &QComboBox::currentIndexChanged, this, &RequestsPanel::refresh);
    refresh();
}

QString RequestsPanel::requestText(const TimeRequestRow &row, int column) const
{
    switch (column) {
    case 0: return QString::number(row.requestId);
    case 1: return TimeRequests::kindTitle(row.kind);
    case 2: return row.from.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case 3: return row.to.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case 4: return row.days > 0 ? tr("%1 d").arg(row.days) : tr("%1 h").arg(row.hours);
    case 5: return requestStateTitle(row.state);
    case 6: {
        QStringList notes;
        if (row.lateFiling)
            notes << tr("filed late (LEAVE-01)");
        if (row.extendsRequestId)
            notes << tr("extends %1").arg(row.extendsRequestId);
        return notes.join(QStringLiteral(", "));
    }
    }
    return {};
}

qint64 RequestsPanel::employee() const
{
    return m_employee->currentData().toLongLong();
}

void RequestsPanel::file(int kind)
{
    if (!employee())
        return;
    TimeRequestDialog dialog(m_context, employee(), TimeRequestDialog::Kind(kind), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void RequestsPanel::refresh()
{
    TimeRequests service(*m_context.database, *m_context.clock);
    const qint64 person = employee();
    if (person) {
        auto balance = service.compTimeBalance(m_context.actor, person);
        const QDate today = m_context.clock->nowUtc().toLocalTime().date();
        auto medical = service.medicalPeriod(m_context.actor, person, today);
        QString summary = tr("Comp time earned and not taken: %1 h (OT-02)").arg(balance ? *balance : 0.0);
        if (medical && medical->start.isValid())
            summary += tr("    Medical period since %1: %2 days of sick leave (LEAVE-07)")
                           .arg(medical->start.toString(Qt::ISODate))
                           .arg(medical->daysUsed);
        m_balance->setText(summary);
        // The ledger behind the balance (OT-02): earned and taken, line by line.
        QStringList ledger;
        if (auto entries = service.compTimeLedger(m_context.actor, person))
            for (const CompTimeEntry &e : *entries)
                ledger << QStringLiteral("%1  %2%3 h  %4")
                              .arg(e.at.toString(Qt::ISODate), e.hours > 0 ? QStringLiteral("+") : QString())
                              .arg(e.hours)
                              .arg(e.note);
        m_balance->setToolTip(ledger.isEmpty() ? tr("No comp time earned yet.") : ledger.join(QLatin1Char('\n')));
        m_requestList->reload(); // the latest first, a page at a time (issue 12)
        m_requests->resizeColumnsToContents();
    }
    if (m_away) {
        const QDate first = QDate(m_month->date().year(), m_month->date().month(), 1);
        auto away = service.away(m_context.actor, first, first.addMonths(1).addDays(-1),
                                 m_department->currentData().toLongLong());
        const QList<TimeRequestRow> rows = away ? *away : QList<TimeRequestRow>{};
        m_away->setRowCount(int(rows.size()));
        for (int r = 0; r < rows.size(); ++r) {
            const TimeRequestRow &row = rows.at(r);
            setRowTexts(m_away, r,
                        {m_names.value(row.employeeId), TimeRequests::kindTitle(row.kind),
                         row.from.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         row.to.toString(QStringLiteral("yyyy-MM-dd HH:mm")), requestStateTitle(row.state)});
        }
        m_away->resizeColumnsToContents();
        QList<DayType> dayTypes;
        auto calendar =
            AttendancePolicyService(*m_context.database, *m_context.clock).workCalendar(); // ATT-02's work week
        for (QDate d = first; d.month() == first.month(); d = d.addDays(1))
            dayTypes.append(calendar ? calendar->typeOf(d) : d.dayOfWeek() > 5 ? DayType::Rest : DayType::Working);
        m_awayCalendar->setMonth(first, dayTypes, rows, m_names);
        m_awayCalendarView->resizeColumnsToContents();
    }
}

} // namespace shopdesk
