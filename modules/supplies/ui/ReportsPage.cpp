#include "ReportsPage.h"

#include "common/Clock.h"
#include "ui/ListParts.h"
#include "ui/ReportBar.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace shopdesk {

ReportsPage::ReportsPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    QList<std::pair<QString, int>> reports;
    for (SuppliesReports::Kind k : SuppliesReports::kinds())
        reports.append({SuppliesReports::title(k), int(k)});
    m_bar = new ReportBar(context, reports, this);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_table = listTable({}, this);
    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_notes);
    connect(m_bar, &ReportBar::changed, this, &ReportsPage::refresh);
    connect(m_bar, &ReportBar::saved, this,
            [this](const QString &path) { m_notes->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path))); });
    refresh();
}

QComboBox *ReportsPage::kind() const
{
    return m_bar->kind();
}

void ReportsPage::refresh()
{
    const auto kind = SuppliesReports::Kind(m_bar->current());
    auto built = SuppliesReports(*m_context.database, *m_context.clock).build(m_context.actor, kind);
    m_table->setRowCount(0);
    m_report = built ? *built : Report{};
    m_bar->setReport(
        m_report,
        QStringLiteral("supplies-%1-%2")
            .arg(SuppliesReports::key(kind),
                 m_context.clock->nowUtc().toOffsetFromUtc(8 * 3600).toString(QStringLiteral("yyyyMMdd"))));
    if (!built) {
        m_chart->hide();
        m_notes->setText(built.error());
        return;
    }
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

} // namespace shopdesk
