#include "MonthClosePage.h"

#include "FinanceActions.h"
#include "MonthEnd.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "settings/CompanySettings.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"
#include "ui/ReportActions.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

MonthClosePage::MonthClosePage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    // The month to close is usually the one before.
    m_month = monthPicker(this, context.clock->nowUtc().toLocalTime().date().addMonths(-1));
    m_close = new QPushButton(tr("C&lose the month..."), this);
    m_reopen = new QPushButton(tr("Re&open..."), this);
    // Only who may: the chief accountant closes, the general manager reopens (the buttons of
    // anyone else stay off rather than refuse after a click).
    m_mayClose =
        Permissions::can(context.actor, FinanceAction::Review) && context.actor.roles.contains(Role::ChiefAccountant);
    m_mayReopen = context.actor.roles.contains(Role::GeneralManager);
    m_close->setToolTip(tr("The chief accountant closes the month."));
    m_reopen->setToolTip(tr("The general manager reopens a closed month, with the reason."));
    auto *print = new QPushButton(QIcon(QStringLiteral(":/icons/print.svg")), tr("&Print preview..."), this);
    print->setShortcut(QKeySequence::Print);
    auto *pdf = new QPushButton(tr("P&DF..."), this);
    auto *xlsx = new QPushButton(tr("&XLSX..."), this);
    m_checks = new QLabel(this);
    m_checks->setWordWrap(true);
    m_checks->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = listTable({}, this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_month);
    top->addStretch();
    for (QPushButton *b : {m_close, m_reopen, print, pdf, xlsx})
        top->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_checks);
    layout->addWidget(m_table, 1);
    connect(m_month, &QDateEdit::dateChanged, this, &MonthClosePage::refresh);
    connect(m_close, &QPushButton::clicked, this, &MonthClosePage::closeMonth);
    connect(m_reopen, &QPushButton::clicked, this, &MonthClosePage::reopen);
    connect(print, &QPushButton::clicked, this, [this] {
        ReportActions::preview(this, m_context, m_report, {m_report.title, m_month->date(), {}});
    });
    connect(pdf, &QPushButton::clicked, this, [this] { save(QStringLiteral("pdf")); });
    connect(xlsx, &QPushButton::clicked, this, [this] { save(QStringLiteral("xlsx")); });
    refresh();
}

void MonthClosePage::refresh()
{
    MonthEnd monthEnd(*m_context.database, *m_context.clock);
    const QDate month = m_month->date();
    auto check = monthEnd.check(m_context.actor, month);
    if (!check) {
        m_checks->setText(check.error());
        m_close->setEnabled(false);
        m_reopen->setEnabled(false);
        return;
    }
    QStringList lines = check->blockers();
    if (check->alreadyClosed)
        lines = {
            tr("%1 is closed: no money entry dated in it is accepted.").arg(month.toString(QStringLiteral("yyyy-MM")))};
    else if (lines.isEmpty())
        lines << tr("Nothing blocks the close.");
    if (!check->outstandingAdvances.isEmpty()) {
        qint64 owed = 0;
        for (const Advance &a : check->outstandingAdvances)
            owed += a.amountFen;
        lines << tr("%n advance(s) not yet cleared, %1 in all (listed on the summary).", nullptr,
                    int(check->outstandingAdvances.size()))
                     .arg(Money::fromFen(owed).toString());
    }
    m_checks->setText(lines.join(QLatin1Char('\n')));
    m_close->setEnabled(!m_context.readOnly() && m_mayClose && !check->alreadyClosed);
    m_reopen->setEnabled(!m_context.readOnly() && m_mayReopen && check->alreadyClosed);

    auto report =
        monthEnd.summary(m_context.actor, month, CompanySettings(*m_context.database, *m_context.clock).companyName());
    m_report = report ? *report : Report{};
    m_table->setRowCount(0);
    if (m_report.tables.isEmpty())
        return;
    // Both summary tables in one list: the category rows, then the department rows.
    const ReportTable &first = m_report.tables.first();
    m_table->setColumnCount(int(first.header.size()));
    m_table->setHorizontalHeaderLabels(first.header);
    int row = 0;
    for (int t = 0; t < 2 && t < m_report.tables.size(); ++t) {
        const ReportTable &table = m_report.tables.at(t);
        m_table->setRowCount(row + int(table.rows.size()) + 1);
        setRowTexts(m_table, row, {table.title});
        QFont bold = m_table->font();
        bold.setBold(true);
        m_table->item(row, 0)->setFont(bold);
        ++row;
        for (const QStringList &cells : table.rows) {
            setRowTexts(m_table, row, cells);
            for (int c = 1; c < cells.size(); ++c)
                showAsFigure(m_table->item(row, c));
            ++row;
        }
    }
    m_table->resizeColumnsToContents();
}

void MonthClosePage::save(const QString &format)
{
    ReportActions::save(this, m_context, m_report, {m_report.title, m_month->date(), {}}, format,
                        QStringLiteral("accounts-%1").arg(m_month->date().toString(QStringLiteral("yyyy-MM"))));
}

void MonthClosePage::closeMonth()
{
    const QString month = m_month->date().toString(QStringLiteral("yyyy-MM"));
    if (MessageBox::question(this, tr("Close the month"),
                             tr("Close %1? No cash entry, voucher payment, advance, reimbursement or allowance dated "
                                "in it will be accepted afterwards; only the general manager can reopen it.")
                                 .arg(month))
        != QMessageBox::Yes)
        return;
    if (Status s = MonthEnd(*m_context.database, *m_context.clock).close(m_context.actor, m_month->date()); !s)
        MessageBox::warning(this, tr("Close the month"), s.error());
    refresh();
}

void MonthClosePage::reopen()
{
    bool ok = false;
    const QString reason = InputDialog::text(this, tr("Reopen the month"), tr("Why is the month reopened?"), &ok);
    if (!ok)
        return;
    if (Status s = MonthEnd(*m_context.database, *m_context.clock).reopen(m_context.actor, m_month->date(), reason); !s)
        MessageBox::warning(this, tr("Reopen the month"), s.error());
    refresh();
}

} // namespace shopdesk
