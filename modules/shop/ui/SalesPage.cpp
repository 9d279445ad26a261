#include "SalesPage.h"

#include "common/Clock.h"
#include "domain/ShopTime.h"
#include "report/DataExport.h"
#include "ui/EmptyListHint.h"
#include "ui/ListParts.h"
#include "ui/ReportBar.h"

#include <QDateEdit>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace shopdesk {

SalesPage::SalesPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    QList<std::pair<QString, int>> reports;
    for (SalesReports::Kind k : SalesReports::kinds())
        reports.append({SalesReports::title(k), int(k)});
    m_bar = new ReportBar(context, reports, this);
    const QDate today = ShopTime::dayOf(context.clock->nowUtc());
    m_bar->offerPeriod(today.addDays(-29), today);
    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_table = listTable({}, this);
    EmptyListHint::install(m_table,
                           tr("No orders in these dates. Orders come in on the Orders tab, with Import a channel's "
                              "export...; or change the dates."));
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(split, 1);
    layout->addWidget(m_notes);
    connect(m_bar, &ReportBar::changed, this, &SalesPage::refresh);
    connect(m_bar, &ReportBar::saved, this,
            [this](const QString &path) { m_notes->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path))); });
}

QComboBox *SalesPage::kind() const
{
    return m_bar->kind();
}

QDateEdit *SalesPage::from() const
{
    return m_bar->from();
}

QDateEdit *SalesPage::to() const
{
    return m_bar->to();
}

void SalesPage::refresh()
{
    const auto kind = SalesReports::Kind(m_bar->current());
    auto built = SalesReports(*m_context.database, *m_context.clock)
                     .build(m_context.actor, kind, m_bar->from()->date(), m_bar->to()->date());
    m_table->setRowCount(0);
    m_report = built ? *built : Report{};
    m_bar->setReport(m_report,
                     QStringLiteral("sales-%1-%2-%3")
                         .arg(SalesReports::key(kind), m_bar->from()->date().toString(QStringLiteral("yyyyMMdd")),
                              m_bar->to()->date().toString(QStringLiteral("yyyyMMdd"))));
    if (!built) {
        m_notes->setText(built.error());
        m_chart->hide();
        return;
    }
    showReportTable(m_table, m_report.tables.first());
    m_notes->setText((QStringList{m_report.subtitle} + m_report.endNotes).join(QLatin1Char('\n')));
    drawChart(kind);
}

void SalesPage::drawChart(SalesReports::Kind kind)
{
    m_chart->setVisible(kind != SalesReports::Kind::Orders);
    if (kind == SalesReports::Kind::Orders)
        return;
    // The yuan sales only: another currency's would not share the axis.
    const ReportTable &t = m_report.tables.first();
    QStringList keys;
    QList<double> values;
    for (const QStringList &row : t.rows) {
        if (row.value(SalesReports::currencyColumn(kind)) != u"CNY")
            continue;
        if (kind == SalesReports::Kind::BySku && keys.size() == 10)
            break; // the ten best
        keys << row.value(SalesReports::kKeyColumn);
        values << row.value(SalesReports::netColumn(kind)).toDouble();
    }
    auto *chart = new QChart;
    double highest = 0;
    for (double v : std::as_const(values))
        highest = std::max(highest, v);
    auto *x = new QBarCategoryAxis;
    auto *y = new QValueAxis;
    y->setRange(0, highest > 0 ? highest * 1.1 : 1);
    y->applyNiceNumbers();
    y->setLabelFormat(QStringLiteral("%.0f"));
    if (kind == SalesReports::Kind::ByDay) {
        auto *line = new QLineSeries;
        line->setName(tr("Net sales (CNY)"));
        for (int i = 0; i < values.size(); ++i)
            line->append(i, values.at(i));
        chart->addSeries(line);
        QStringList days;
        for (const QString &k : std::as_const(keys))
            days << k.mid(5); // MM-dd
        x->append(days);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        line->attachAxis(x);
        line->attachAxis(y);
        x->setLabelsAngle(-90);
    } else {
        auto *set = new QBarSet(kind == SalesReports::Kind::BySku ? tr("Sales (CNY)") : tr("Net sales (CNY)"));
        for (double v : std::as_const(values))
            *set << v;
        auto *bars = new QBarSeries;
        bars->append(set);
        chart->addSeries(bars);
        x->append(keys);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        bars->attachAxis(x);
        bars->attachAxis(y);
    }
    chart->setTitle(m_report.title);
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

} // namespace shopdesk
