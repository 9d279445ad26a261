#include "ReportBar.h"

#include "report/DataExport.h"
#include "ui/ReportActions.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace shopdesk {

ReportBar::ReportBar(const AppContext &context, const QList<std::pair<QString, int>> &reports, QWidget *parent)
    : QWidget(parent), m_context(context)
{
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Report"));
    for (const auto &[title, id] : reports)
        m_kind->addItem(title, id);
    // W: V, P and D are taken by tabs of some panels (In&voices, Su&ppliers) and by P&DF.
    auto *print = new QPushButton(QIcon(QStringLiteral(":/icons/print.svg")), tr("Print previe&w..."), this);
    print->setShortcut(QKeySequence::Print);
    auto *pdf = new QPushButton(tr("P&DF..."), this);
    auto *xlsx = new QPushButton(tr("&XLSX..."), this);
    auto *csv = new QPushButton(tr("&CSV..."), this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind, 1);
    const bool mayExport = DataExport(*context.database, *context.clock).mayExport(context.actor).ok();
    m_mayExport = mayExport;
    m_files = {print, pdf, xlsx, csv};
    for (QPushButton *b : std::as_const(m_files)) {
        b->setEnabled(false); // until there is a report
        // RULE DB-04: a grey button says why (a disabled button still shows its tooltip).
        if (!mayExport)
            b->setToolTip(tr("Printing and saving reports needs the work area \"%1\"; an administrator gives it "
                             "in Administration.")
                              .arg(Scope::title(QStringLiteral("export"))));
        layout->addWidget(b);
    }
    connect(m_kind, &QComboBox::activated, this, &ReportBar::changed);
    connect(print, &QPushButton::clicked, this, [this] {
        ReportActions::preview(this, m_context, m_report, {m_report.title, {}, {}});
    });
    for (auto [button, format] : {std::pair{pdf, "pdf"}, {xlsx, "xlsx"}, {csv, "csv"}})
        connect(button, &QPushButton::clicked, this, [this, format = QString::fromLatin1(format)] {
            const QString path =
                ReportActions::save(this, m_context, m_report, {m_report.title, {}, {}}, format, m_fileStem);
            if (!path.isEmpty())
                emit saved(path);
        });
}

int ReportBar::current() const
{
    return m_kind->currentData().toInt();
}

void ReportBar::offerPeriod(const QDate &from, const QDate &to)
{
    if (m_from)
        return;
    m_from = new QDateEdit(from, this);
    m_to = new QDateEdit(to, this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(d, &QDateEdit::dateChanged, this, &ReportBar::changed);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    auto *layout = static_cast<QHBoxLayout *>(this->layout());
    layout->insertWidget(1, m_from);
    layout->insertWidget(2, new QLabel(QStringLiteral("-"), this));
    layout->insertWidget(3, m_to);
    // Tab goes as the eye does: the report, its period, then printing.
    setTabOrder(m_kind, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_files.first());
}

void ReportBar::setPeriodEnabled(bool enabled)
{
    if (m_from) {
        m_from->setEnabled(enabled);
        m_to->setEnabled(enabled);
    }
}

void ReportBar::setReport(const Report &report, const QString &fileStem)
{
    m_report = report;
    m_fileStem = fileStem;
    // Nothing to print while the report could not be built (its error shows on the page).
    for (QPushButton *b : std::as_const(m_files))
        b->setEnabled(m_mayExport && !report.tables.isEmpty());
}

} // namespace shopdesk
