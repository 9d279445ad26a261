#include "CashJournalPage.h"

#include "AmountLine.h"

#include "CashDesk.h"
#include "CashEntryDialog.h"
#include "FinanceActions.h"
#include "FinanceRoles.h"
#include "common/Clock.h"
#include "common/domain/Money.h"
#include "ui/EmptyListHint.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

CashJournalPage::CashJournalPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_day = new QDateEdit(context.clock->nowUtc().toLocalTime().date(), this);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setAccessibleName(tr("Day"));
    m_add = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("&New entry..."), this);
    m_close = new QPushButton(tr("&Close the day..."), this);
    m_review = new QPushButton(tr("Re&view..."), this);
    m_table = listTable({tr("Kind"), tr("Amount"), tr("Counterparty"), tr("Purpose"), tr("Category"), tr("Department"),
                         tr("Recorded by"), tr("Source")},
                        this);
    EmptyListHint::install(m_table, tr("No entries on this day. Record a receipt or a payment with New entry..."));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->addWidget(m_day);
    top->addStretch();
    for (QPushButton *b : {m_add, m_close, m_review})
        top->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    // The cash accountant keeps the journal and closes the day, the chief accountant reviews it
    // (FIN-02): anyone else's buttons stay off rather than refuse after a click.
    m_mayKeep = bool(requireFinanceRole(context.actor, FinanceAction::Cash, Role::CashAccountant));
    m_mayReview = bool(requireFinanceRole(context.actor, FinanceAction::Review, Role::ChiefAccountant));
    m_add->setToolTip(tr("The cash accountant records the day's receipts and payments."));
    m_close->setToolTip(tr("The cash accountant counts the box and closes the day."));
    m_review->setToolTip(tr("The chief accountant reviews a closed day."));
    connect(m_day, &QDateEdit::dateChanged, this, &CashJournalPage::refresh);
    connect(m_add, &QPushButton::clicked, this, &CashJournalPage::addEntry);
    connect(m_close, &QPushButton::clicked, this, &CashJournalPage::closeDay);
    connect(m_review, &QPushButton::clicked, this, &CashJournalPage::review);
    refresh();
}

void CashJournalPage::refresh()
{
    CashDesk desk(*m_context.database, *m_context.clock);
    const QDate day = m_day->date();
    auto entries = desk.entries(m_context.actor, day, day);
    const QList<CashEntry> list = entries ? *entries : QList<CashEntry>();
    m_table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const CashEntry &e = list.at(r);
        setRowTexts(m_table, r,
                    {cashDirectionTitle(e.direction), QString(), e.counterparty, e.purpose, e.category,
                     e.departmentName, e.recordedBy, CashRules::sourceTitle(e.source)});
        m_table->setItem(r, 1, numberCell(e.signedFen(), Money::fromFen(e.signedFen()).toString()));
    }
    m_table->resizeColumnsToContents();
    auto d = desk.day(m_context.actor, day);
    if (!d) {
        m_summary->setText(d.error());
        for (QPushButton *b : {m_add, m_close, m_review})
            b->setEnabled(false);
        return;
    }
    QString text = tr("Opening %1 · receipts %2 · payments %3 · expected in the box %4")
                       .arg(Money::fromFen(d->openingFen).toString(), Money::fromFen(d->receiptsFen).toString(),
                            Money::fromFen(d->paymentsFen).toString(), Money::fromFen(d->expectedFen()).toString());
    if (d->closed) {
        text += QLatin1Char('\n')
            + tr("Closed by %1 with %2 counted (difference %3).")
                  .arg(d->closedBy, Money::fromFen(d->countedFen).toString(),
                       Money::fromFen(d->differenceFen()).toString());
        text += QLatin1Char(' ')
            + (d->reviewed() ? tr("Reviewed by %1: %2").arg(d->reviewedBy, d->reviewNote)
                             : tr("Waiting for the chief accountant's review."));
    } else {
        text += QLatin1Char('\n') + tr("Open: entries may still be added.");
    }
    m_summary->setText(text);
    m_add->setEnabled(!m_context.readOnly() && m_mayKeep && !d->closed);
    m_close->setEnabled(!m_context.readOnly() && m_mayKeep && !d->closed);
    m_review->setEnabled(!m_context.readOnly() && m_mayReview && d->closed && !d->reviewed());
}

void CashJournalPage::addEntry()
{
    CashEntryDialog dialog(m_context, m_day->date(), this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void CashJournalPage::closeDay()
{
    const auto counted =
        askAmount(this, tr("Close the day"),
                  tr("Cash counted in the box at the end of %1 (yuan):").arg(m_day->date().toString(Qt::ISODate)));
    if (!counted)
        return;
    if (Status s = CashDesk(*m_context.database, *m_context.clock).closeDay(m_context.actor, m_day->date(), *counted);
        !s)
        MessageBox::warning(this, tr("Close the day"), s.error());
    refresh();
}

void CashJournalPage::review()
{
    bool ok = false;
    const QString note = InputDialog::text(this, tr("Review the day"),
                                           tr("What the review found (needed when the count differs):"), &ok);
    if (!ok)
        return;
    if (Status s = CashDesk(*m_context.database, *m_context.clock).review(m_context.actor, m_day->date(), note); !s)
        MessageBox::warning(this, tr("Review the day"), s.error());
    refresh();
}

} // namespace shopdesk
