#include "ShopReportsPage.h"

#include "common/Clock.h"
#include "domain/ShopTime.h"
#include "ui/EmptyListHint.h"
#include "ui/ListParts.h"
#include "ui/ReportBar.h"

#include <QDateEdit>

#include <QDir>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

ShopReportsPage::ShopReportsPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    QList<std::pair<QString, int>> reports;
    for (ShopReports::Kind k : ShopReports::kinds())
        reports.append({ShopReports::title(k), int(k)});
    m_bar = new ReportBar(context, reports, this);
    const QDate today = ShopTime::dayOf(context.clock->nowUtc());
    m_bar->offerPeriod(QDate(today.year(), today.month(), 1).addMonths(-2), today);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    m_table = listTable({}, this);
    EmptyListHint::install(m_table,
                           tr("Nothing in this report. It reads what the Products, Price and listing changes and "
                              "Promotions tabs keep; or change the dates."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);
    connect(m_bar, &ReportBar::changed, this, &ShopReportsPage::refresh);
    connect(m_bar, &ReportBar::saved, this,
            [this](const QString &path) { m_notes->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path))); });
    refresh();
}

QComboBox *ShopReportsPage::kind() const
{
    return m_bar->kind();
}

void ShopReportsPage::refresh()
{
    const auto kind = ShopReports::Kind(m_bar->current());
    m_bar->setPeriodEnabled(ShopReports::coversAPeriod(kind));
    auto built = ShopReports(*m_context.database, *m_context.clock)
                     .build(m_context.actor, kind, m_bar->from()->date(), m_bar->to()->date());
    m_table->setRowCount(0);
    m_report = built ? *built : Report{};
    m_bar->setReport(m_report,
                     QStringLiteral("shop-%1-%2")
                         .arg(ShopReports::key(kind),
                              ShopTime::dayOf(m_context.clock->nowUtc()).toString(QStringLiteral("yyyyMMdd"))));
    if (!built) {
        m_notes->setText(built.error());
        return;
    }
    showReportTable(m_table, m_report.tables.first());
    m_notes->setText((QStringList{m_report.subtitle} + m_report.endNotes).join(QLatin1Char('\n')));
}

} // namespace shopdesk
