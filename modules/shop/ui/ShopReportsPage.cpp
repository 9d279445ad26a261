#include "ShopReportsPage.h"

#include "common/Clock.h"
#include "domain/ShopTime.h"
#include "ui/ListParts.h"
#include "ui/ReportActions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

ShopReportsPage::ShopReportsPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Report"));
    for (ShopReports::Kind k : ShopReports::kinds())
        m_kind->addItem(ShopReports::title(k), int(k));
    const QDate today = context.clock->nowUtc().toLocalTime().date();
    m_from = new QDateEdit(QDate(today.year(), today.month(), 1).addMonths(-2), this);
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
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_notes);
    connect(m_kind, &QComboBox::activated, this, &ShopReportsPage::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &ShopReportsPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &ShopReportsPage::refresh);
    connect(print, &QPushButton::clicked, this, [this] {
        ReportActions::preview(this, m_context, m_report, {m_report.title, {}, {}});
    });
    connect(pdf, &QPushButton::clicked, this, [this] { save(QStringLiteral("pdf")); });
    connect(xlsx, &QPushButton::clicked, this, [this] { save(QStringLiteral("xlsx")); });
    connect(csv, &QPushButton::clicked, this, [this] { save(QStringLiteral("csv")); });
    refresh();
}

void ShopReportsPage::refresh()
{
    const auto kind = ShopReports::Kind(m_kind->currentData().toInt());
    m_from->setEnabled(ShopReports::coversAPeriod(kind));
    m_to->setEnabled(ShopReports::coversAPeriod(kind));
    auto built =
        ShopReports(*m_context.database, *m_context.clock).build(m_context.actor, kind, m_from->date(), m_to->date());
    m_table->setRowCount(0);
    if (!built) {
        m_report = {};
        m_notes->setText(built.error());
        return;
    }
    m_report = *built;
    showReportTable(m_table, m_report.tables.first());
    m_notes->setText((QStringList{m_report.subtitle} + m_report.endNotes).join(QLatin1Char('\n')));
}

void ShopReportsPage::save(const QString &format)
{
    const auto kind = ShopReports::Kind(m_kind->currentData().toInt());
    const QString stem = QStringLiteral("shop-%1-%2")
                             .arg(ShopReports::key(kind),
                                  m_context.clock->nowUtc()
                                      .toOffsetFromUtc(ShopTime::kChinaOffsetSeconds)
                                      .toString(QStringLiteral("yyyyMMdd")));
    const QString path = ReportActions::save(this, m_context, m_report, {m_report.title, {}, {}}, format, stem);
    if (!path.isEmpty())
        m_notes->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace shopdesk
