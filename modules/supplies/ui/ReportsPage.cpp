#include "ReportsPage.h"

#include "common/Clock.h"
#include "ui/ListParts.h"
#include "ui/ReportActions.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace shopdesk {

ReportsPage::ReportsPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Report"));
    for (SuppliesReports::Kind k : SuppliesReports::kinds())
        m_kind->addItem(SuppliesReports::title(k), int(k));
    auto *print = new QPushButton(QIcon(QStringLiteral(":/icons/print.svg")), tr("&Print preview..."), this);
    print->setShortcut(QKeySequence::Print);
    auto *pdf = new QPushButton(tr("P&DF..."), this);
    auto *xlsx = new QPushButton(tr("&XLSX..."), this);
    auto *csv = new QPushButton(tr("&CSV..."), this);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_table = listTable({}, this);
    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    auto *top = new QHBoxLayout;
    top->addWidget(m_kind, 1);
    for (QPushButton *b : {print, pdf, xlsx, csv})
        top->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_notes);
    connect(m_kind, &QComboBox::activated, this, &ReportsPage::refresh);
    connect(print, &QPushButton::clicked, this, [this] {
        ReportActions::preview(this, m_context, m_report, {m_report.title, {}, {}});
    });
    connect(pdf, &QPushButton::clicked, this, [this] { save(QStringLiteral("pdf")); });
    connect(xlsx, &QPushButton::clicked, this, [this] { save(QStringLiteral("xlsx")); });
    connect(csv, &QPushButton::clicked, this, [this] { save(QStringLiteral("csv")); });
    refresh();
}

void ReportsPage::refresh()
{
    const auto kind = SuppliesReports::Kind(m_kind->currentData().toInt());
    auto built = SuppliesReports(*m_context.database, *m_context.clock).build(m_context.actor, kind);
    m_table->setRowCount(0);
    if (!built) {
        m_report = {};
        m_chart->hide();
        m_notes->setText(built.error());
        return;
    }
    m_report = *built;
    showReportTable(m_table, m_report.tables.first());
    m_notes->setText((QStringList{m_report.subtitle} + m_report.endNotes).join(QLatin1Char('\n')));
    m_chart->setVisible(kind == SuppliesReports::Kind::UseByDepartment);
    if (kind == SuppliesReports::Kind::UseByDepartment)
        chartUse();
}

void ReportsPage::chartUse()
{
    // The table: department, one column per month, the total; the last row adds all departments.
    const ReportTable &t = m_report.tables.first();
    const QStringList months = t.header.mid(1, t.header.size() - 2);
    auto *series = new QStackedBarSeries;
    double highest = 0;
    QList<double> monthTotals(months.size(), 0);
    for (int r = 0; r + 1 < t.rows.size(); ++r) {
        auto *set = new QBarSet(t.rows.at(r).first());
        for (int m = 0; m < months.size(); ++m) {
            const double yuan = t.rows.at(r).value(m + 1).toDouble();
            *set << yuan;
            monthTotals[m] += yuan;
        }
        series->append(set);
    }
    for (double total : monthTotals)
        highest = std::max(highest, total);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Use by department per month (yuan)"));
    auto *x = new QBarCategoryAxis;
    x->append(months);
    auto *y = new QValueAxis;
    y->setRange(0, highest > 0 ? highest * 1.1 : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void ReportsPage::save(const QString &format)
{
    const auto kind = SuppliesReports::Kind(m_kind->currentData().toInt());
    const QString stem =
        QStringLiteral("supplies-%1-%2")
            .arg(SuppliesReports::key(kind),
                 m_context.clock->nowUtc().toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyyMMdd")));
    const QString path = ReportActions::save(this, m_context, m_report, {m_report.title, {}, {}}, format, stem);
    if (!path.isEmpty())
        m_notes->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace shopdesk
