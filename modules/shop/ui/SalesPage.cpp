#include "SalesPage.h"

#include "common/Clock.h"
#include "domain/ShopTime.h"
#include "report/DataExport.h"
#include "ui/ListParts.h"
#include "ui/ReportActions.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace shopdesk {

SalesPage::SalesPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Report"));
    for (SalesReports::Kind k : SalesReports::kinds())
        m_kind->addItem(SalesReports::title(k), int(k));
    const QDate today = ShopTime::dayOf(context.clock->nowUtc());
    m_from = new QDateEdit(today.addDays(-29), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    auto *print = new QPushButton(QIcon(QStringLiteral(":/icons/print.svg")), tr("Print pre&view..."), this);
    print->setShortcut(QKeySequence::Print);
    auto *pdf = new QPushButton(tr("P&DF..."), this);
    auto *xlsx = new QPushButton(tr("&XLSX..."), this);
    auto *csv = new QPushButton(tr("&CSV..."), this);
    m_chart = new QChartView(this);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_table = listTable({}, this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_kind, 1);
    top->addWidget(m_from);
    top->addWidget(new QLabel(QStringLiteral("-"), this));
    top->addWidget(m_to);
    // RULE DB-04: a print or a file takes the export right.
    const bool mayExport = DataExport(*context.database, *context.clock).mayExport(context.actor).ok();
    for (QPushButton *b : {print, pdf, xlsx, csv}) {
        b->setEnabled(mayExport);
        top->addWidget(b);
    }
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_chart);
    split->addWidget(m_table);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(m_notes);
    connect(m_kind, &QComboBox::activated, this, &SalesPage::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &SalesPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &SalesPage::refresh);
    connect(print, &QPushButton::clicked, this, [this] {
        ReportActions::preview(this, m_context, m_report, {m_report.title, {}, {}});
    });
    connect(pdf, &QPushButton::clicked, this, [this] { save(QStringLiteral("pdf")); });
    connect(xlsx, &QPushButton::clicked, this, [this] { save(QStringLiteral("xlsx")); });
    connect(csv, &QPushButton::clicked, this, [this] { save(QStringLiteral("csv")); });
}

void SalesPage::refresh()
{
    const auto kind = SalesReports::Kind(m_kind->currentData().toInt());
    auto built =
        SalesReports(*m_context.database, *m_context.clock).build(m_context.actor, kind, m_from->date(), m_to->date());
    m_table->setRowCount(0);
    if (!built) {
        m_report = {};
        m_notes->setText(built.error());
        m_chart->hide();
        return;
    }
    m_report = *built;
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

void SalesPage::save(const QString &format)
{
    const auto kind = SalesReports::Kind(m_kind->currentData().toInt());
    const QString stem = QStringLiteral("sales-%1-%2-%3")
                             .arg(SalesReports::key(kind), m_from->date().toString(QStringLiteral("yyyyMMdd")),
                                  m_to->date().toString(QStringLiteral("yyyyMMdd")));
    const QString path = ReportActions::save(this, m_context, m_report, {m_report.title, {}, {}}, format, stem);
    if (!path.isEmpty())
        m_notes->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace shopdesk
