#include "MonthPage.h"

#include "AttendanceReport.h"
#include "DayDetailDialog.h"
#include "HrActions.h"
#include "MonthGridModel.h"
#include "PageParts.h"
#include "common/Clock.h"
#include "database/BackgroundTask.h"
#include "report/DataExport.h"
#include "report/ReportPainter.h"
#include "ui/EmptyListHint.h"
#include "ui/MessageBox.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>
#include <QValueAxis>

namespace shopdesk {

MonthPage::MonthPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_month(monthPicker(this, context.clock->nowUtc().toLocalTime().date().addMonths(-1))),
      m_department(new QComboBox(this)), m_filter(filterLine(this, tr("Filter by name (Ctrl+F)"))),
      m_state(new QLabel(this)), m_model(new MonthGridModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_chart(new QChartView(this))
{
    m_department->addItem(tr("All departments"), 0);
    if (auto departments = AttendanceMonth(*context.database, *context.clock).departments(context.actor))
        for (const Department &d : *departments)
            m_department->addItem(d.name, d.id);
    m_department->setAccessibleName(tr("Department"));

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(new QLabel(tr("Month:"), this));
    bar->addWidget(m_month);
    bar->addWidget(new QLabel(tr(" Department:"), this));
    bar->addWidget(m_department);
    QAction *reload =
        bar->addAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("Refresh"), this, &MonthPage::refresh);
    reload->setObjectName(QStringLiteral("refresh")); // F5, through the window's View > Refresh
    bar->addSeparator();
    QAction *print = bar->addAction(QIcon(QStringLiteral(":/icons/print.svg")), tr("Print preview..."), this,
                                    &MonthPage::printPreview);
    print->setShortcut(QKeySequence::Print);
    print->setObjectName(QStringLiteral("print"));
    const bool mayExport = Permissions::can(context.actor, Action::Export);
    print->setEnabled(mayExport); // RULE DB-04: a printed month of people's data is an export too
    for (const auto &[format, title] :
         {std::pair{"pdf", tr("PDF...")}, std::pair{"xlsx", tr("XLSX...")}, std::pair{"csv", tr("CSV...")}}) {
        QAction *a = bar->addAction(title, this, [this, f = QString::fromLatin1(format)] { exportAs(f); });
        a->setEnabled(mayExport); // RULE DB-04: taking data out is a right of its own
        a->setObjectName(QStringLiteral("export_") + QString::fromLatin1(format));
    }
    bar->addSeparator();
    QAction *confirm = bar->addAction(QIcon(QStringLiteral(":/icons/approve.svg")), tr("Confirm month"), this,
                                      &MonthPage::confirmMonth);
    confirm->setVisible(Permissions::can(context.actor, HrAction::ConfirmAttendance));
    for (QAction *a : bar->actions())
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions(bar->actions());

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::UserRole);
    m_proxy->setFilterKeyColumn(MonthGridModel::Name);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_view->setModel(m_proxy);
    EmptyListHint::install(m_view,
                           tr("No one on this month's sheet. Employees are added under Employees; or change the month, "
                              "the department or the filter."),
                           m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(MonthGridModel::Name, Qt::AscendingOrder);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setMinimumSectionSize(20);
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::activated, this, &MonthPage::showDay);

    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(150);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setObjectName(QStringLiteral("attendanceMonthSplit"));
    QSettings settings;
    split->restoreState(settings.value(QStringLiteral("attendance/monthSplit")).toByteArray());
    connect(split, &QSplitter::splitterMoved, this,
            [split] { QSettings().setValue(QStringLiteral("attendance/monthSplit"), split->saveState()); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_state);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(bar);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_month, &QDateEdit::dateChanged, this, &MonthPage::refresh);
    connect(m_department, &QComboBox::currentIndexChanged, this, &MonthPage::refresh);
    refresh();
}

void MonthPage::setMonth(const QDate &month)
{
    m_month->setDate(month);
}

void MonthPage::refresh()
{
    if (m_loading) {
        // A month confirmed here, F5 or a change from another PC while this month is read: the
        // read under way may have missed it, so one more follows it (however many were asked).
        m_readAgain = true;
        return;
    }
    m_loading = true;
    m_readAgain = false;
    m_state->setText(tr("Reading the month..."));
    const AppContext c = m_context;
    const QDate month = m_month->date();
    const qint64 department = m_department->currentData().toLongLong();
    auto result = std::make_shared<Result<AttendanceSheet>>(fail(QString()));
    // A large company's month (punches of the year so far) is read off the GUI thread.
    runInBackground(
        this, c.database,
        [c, month, department, result] {
            *result = AttendanceMonth(*c.database, *c.clock).sheet(c.actor, month, department);
            return result->error();
        },
        [this, result, month, department](const QString &error) {
            m_loading = false;
            // The user moved on while this month was read, or asked for it again.
            const bool again =
                m_readAgain || month != m_month->date() || department != m_department->currentData().toLongLong();
            if (!error.isEmpty()) {
                m_state->setText(error);
                if (again)
                    refresh();
                return;
            }
            m_model->setSheet(**result);
            m_view->resizeColumnsToContents();
            m_state->setText((*result)->confirmed ? tr("Confirmed by HR") : tr("Not yet confirmed"));
            updateChart();
            if (again)
                refresh();
        });
}

void MonthPage::updateChart()
{
    const AttendanceSheet &sheet = m_model->sheet();
    auto *late = new QBarSet(tr("Late or early"));
    auto *absent = new QBarSet(tr("Absent"));
    int highest = 1;
    for (int d = 0; d < sheet.dayTypes.size(); ++d) {
        int lateCount = 0, absentCount = 0;
        for (const EmployeeMonth &e : sheet.employees) {
            const DayOutcome &day = e.outcome.days.at(d);
            bool wasLate = false;
            for (const SegmentOutcome &s : day.segments)
                wasLate =
                    wasLate || ((s.lateMinutes > 0 || s.earlyMinutes > 0) && s.status != AttendanceStatus::Absent);
            lateCount += wasLate ? 1 : 0;
            absentCount += day.absenceDays > 0 ? 1 : 0;
        }
        *late << lateCount;
        *absent << absentCount;
        highest = std::max({highest, lateCount, absentCount});
    }
    late->setColor(QColor(232, 160, 40));
    absent->setColor(QColor(200, 60, 60));
    auto *series = new QBarSeries;
    series->append(late);
    series->append(absent);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Late or early, and absent, per day: %1").arg(m_department->currentText()));
    // Day numbers on a value axis, every `step` days as the width allows: a category axis of 31
    // labels elided them all to "..." at the first window size (issue 11).
    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setRange(-0.5, sheet.dayTypes.size() - 0.5);
    x->setGridLineVisible(false);
    auto *y = new QValueAxis;
    y->setRange(0, highest);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setTickCount(std::min(highest, 4) + 1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
    labelDays();
}

void MonthPage::labelDays()
{
    QChart *chart = m_chart->chart();
    auto *x = chart ? qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0)) : nullptr;
    if (!x)
        return;
    const int days = int(m_model->sheet().dayTypes.size());
    // The room a label needs ("31" and some air) against the width the plot will have.
    const int need = QFontMetrics(x->labelsFont()).horizontalAdvance(QStringLiteral("31")) + 10;
    const qreal room = std::max<qreal>(1, m_chart->width() - 90); // the value axis and margins
    int step = 1;
    for (int candidate : {1, 2, 5, 7, 10}) {
        step = candidate;
        if (room / std::max(1, (days + candidate - 1) / candidate) >= need)
            break;
    }
    if (step == m_dayLabelStep && x->count() > 0)
        return;
    m_dayLabelStep = step;
    for (const QString &label : x->categoriesLabels())
        x->remove(label);
    for (int d = 0; d < days; d += step)
        x->append(QString::number(d + 1), d);
}

QStringList MonthPage::dayLabels() const
{
    QChart *chart = m_chart->chart();
    auto *x = chart ? qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).value(0)) : nullptr;
    return x ? x->categoriesLabels() : QStringList{};
}

void MonthPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    labelDays();
}

void MonthPage::showDay(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    const EmployeeMonth *e = m_model->employeeAt(index.row());
    const QDate date = m_model->dateAt(index.column());
    if (!e || !date.isValid())
        return;
    DayDetailDialog dialog(m_context, *e, date.day() - 1, this);
    dialog.exec();
}

void MonthPage::printPreview()
{
    if (Status may = DataExport(*m_context.database, *m_context.clock).mayExport(m_context.actor); !may)
        return MessageBox::warning(this, tr("Attendance report"), may.error());
    const Report report = AttendanceReport::build(m_model->sheet());
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(report.title);
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [&report](QPrinter *p) { ReportPainter::paint(report, *p); });
    if (preview.exec() != QDialog::Accepted)
        return;
    // RULE DB-04: a printed report leaves the building too; it leaves a record.
    const AttendanceSheet &sheet = m_model->sheet();
    const ExportSubject subject{report.title, sheet.month, sheet.departmentName};
    if (Status s = DataExport(*m_context.database, *m_context.clock)
                       .recordPrint(m_context.actor, subject, int(sheet.employees.size()));
        !s)
        MessageBox::warning(this, tr("Attendance report"), s.error());
}

void MonthPage::exportAs(const QString &format)
{
    const AttendanceSheet &sheet = m_model->sheet();
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("attendance-%1").arg(sheet.month.toString(QStringLiteral("yyyy-MM")))
                                            + QLatin1Char('.') + format);
    const QString filter = format == u"pdf" ? tr("PDF (*.pdf)")
        : format == u"xlsx"                 ? tr("Excel workbook (*.xlsx)")
                                            : tr("CSV, UTF-8 (*.csv)");
    const QString path = FileDialog::saveFileName(this, tr("Save the attendance report"), suggested, filter);
    if (path.isEmpty())
        return;
    const ExportSubject subject{AttendanceReport::build(sheet).title, sheet.month, sheet.departmentName};
    const Status written = DataExport(*m_context.database, *m_context.clock)
                               .save(m_context.actor, subject, format, path, int(sheet.employees.size()),
                                     [&] { return AttendanceReport::write(sheet, format, path); });
    if (!written)
        return MessageBox::warning(this, tr("Attendance report"), written.error());
    m_state->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void MonthPage::confirmMonth()
{
    const QDate month = m_month->date();
    if (MessageBox::question(
            this, tr("Confirm %1").arg(month.toString(QStringLiteral("yyyy-MM"))),
            tr("Confirm the attendance of %1 for every department? Later changes are allowed only where "
               "a rule allows late filing, and are flagged on the report.")
                .arg(month.toString(QStringLiteral("yyyy-MM"))))
        != QMessageBox::Yes)
        return;
    if (Status s = AttendanceMonth(*m_context.database, *m_context.clock).confirm(m_context.actor, month); !s)
        return MessageBox::warning(this, tr("Confirm month"), s.error());
    refresh();
}

} // namespace shopdesk
