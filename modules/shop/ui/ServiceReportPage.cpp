#include "ServiceReportPage.h"

#include "ServiceMonthReport.h"
#include "common/Clock.h"
#include "domain/ShopTime.h"
#include "ui/ListParts.h"
#include "ui/ReportBar.h"

#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

ServiceReportPage::ServiceReportPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_month = monthPicker(this, ShopTime::dayOf(context.clock->nowUtc()));
    m_bar = new ReportBar(context, {{tr("Customer service monthly report"), 0}}, this);
    m_table = listTable({}, this);
    m_notes = new QLabel(this);
    m_notes->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Month:"), this));
    top->addWidget(m_month);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);
    connect(m_month, &QDateEdit::dateChanged, this, &ServiceReportPage::refresh);
    connect(m_bar, &ReportBar::saved, this,
            [this](const QString &path) { m_notes->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path))); });
    refresh();
}

void ServiceReportPage::refresh()
{
    auto built = ServiceMonthReport(*m_context.database, *m_context.clock).build(m_context.actor, m_month->date());
    const Report report = built ? *built : Report{};
    m_bar->setReport(report,
                     QStringLiteral("service-month-%1").arg(m_month->date().toString(QStringLiteral("yyyyMM"))));
    m_table->setRowCount(0);
    if (!built) {
        m_notes->setText(built.error());
        return;
    }
    showReportTable(m_table, report.tables.first());
    m_notes->setText((QStringList{report.subtitle} + report.endNotes).join(QLatin1Char('\n')));
}

} // namespace shopdesk
