#include "ReportsPage.h"

#include "common/Clock.h"
#include "ui/ListParts.h"
#include "ui/ReportActions.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

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
    auto *top = new QHBoxLayout;
    top->addWidget(m_kind, 1);
    for (QPushButton *b : {print, pdf, xlsx, csv})
        top->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table);
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
        m_notes->setText(built.error());
        return;
    }
    m_report = *built;
    const ReportTable &t = m_report.tables.first();
    m_table->setColumnCount(int(t.header.size()));
    m_table->setHorizontalHeaderLabels(t.header);
    m_table->setRowCount(int(t.rows.size()));
    for (int r = 0; r < t.rows.size(); ++r) {
        setRowTexts(m_table, r, t.rows.at(r));
        for (int c = 0; c < t.rows.at(r).size(); ++c)
            if (c >= t.frozenColumns && !t.textColumns.contains(c))
                m_table->item(r, c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    }
    m_table->resizeColumnsToContents();
    m_notes->setText((QStringList{m_report.subtitle} + m_report.endNotes).join(QLatin1Char('\n')));
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
