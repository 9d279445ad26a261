#include "FeedbackPage.h"

#include "FeedbackBook.h"
#include "ShopActions.h"
#include "common/Clock.h"
#include "domain/ShopTime.h"
#include "ui/EmptyListHint.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

FeedbackPage::FeedbackPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    const bool writable = !context.readOnly() && Permissions::can(context.actor, ShopAction::Service);
    m_channel = new QComboBox(this);
    for (const QString &c : feedbackChannels())
        m_channel->addItem(feedbackChannelTitle(c), c);
    m_kind = new QComboBox(this);
    for (FeedbackKind k : feedbackKinds())
        m_kind->addItem(feedbackKindTitle(k), int(k));
    m_order = new QLineEdit(this);
    m_order->setPlaceholderText(tr("order number, if any"));
    m_customer = new QLineEdit(this);
    m_customer->setPlaceholderText(tr("buyer's account"));
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(tr("phone"));
    m_said = new QLineEdit(this);
    m_said->setPlaceholderText(tr("what the customer said"));
    m_outcome = new QLineEdit(this);
    m_outcome->setPlaceholderText(tr("what was done or promised"));
    m_resolved = new QCheckBox(tr("Resolv&ed"), this);
    auto *record = new QPushButton(QIcon(QStringLiteral(":/icons/add.svg")), tr("Recor&d"), this);
    record->setToolTip(tr("Enter in any field records it too."));
    auto *outcome = new QPushButton(tr("Set the ou&tcome..."), this);
    for (QWidget *w : std::initializer_list<QWidget *>{m_channel, m_kind, m_order, m_customer, m_phone, m_said,
                                                       m_outcome, m_resolved, record, outcome})
        w->setEnabled(writable);
    const QDate today = ShopTime::dayOf(context.clock->nowUtc());
    m_from = new QDateEdit(today.addDays(-30), this);
    m_to = new QDateEdit(today, this);
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_table = listTable({tr("At"), tr("Channel"), tr("Kind"), tr("Order"), tr("Customer"), tr("Phone"),
                         tr("What the customer said"), tr("Outcome"), tr("Resolved"), tr("Agent")},
                        this);
    EmptyListHint::install(m_table,
                           tr("No feedback in this period. Take a call down in the row of fields above: Tab "
                              "between them, Enter records."));
    makeSortable(m_table);
    auto *entry = new QGridLayout;
    auto *how = new QLabel(tr("How:"), this);
    how->setBuddy(m_channel);
    entry->addWidget(how, 0, 0);
    entry->addWidget(m_channel, 0, 1);
    entry->addWidget(m_kind, 0, 2);
    entry->addWidget(m_order, 0, 3);
    entry->addWidget(m_customer, 0, 4);
    entry->addWidget(m_phone, 0, 5);
    entry->addWidget(m_said, 1, 1, 1, 3);
    entry->addWidget(m_outcome, 1, 4, 1, 2);
    entry->addWidget(m_resolved, 1, 6);
    entry->addWidget(record, 0, 6);
    entry->setColumnStretch(3, 1);
    entry->setColumnStretch(4, 1);
    auto *list = new QHBoxLayout;
    list->addWidget(new QLabel(tr("Recorded from"), this));
    list->addWidget(m_from);
    list->addWidget(new QLabel(tr("to"), this));
    list->addWidget(m_to);
    list->addStretch(1);
    list->addWidget(outcome);
    m_error = new ErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(entry);
    layout->addWidget(m_error);
    layout->addLayout(list);
    layout->addWidget(m_table, 1);
    for (QLineEdit *line : {m_order, m_customer, m_phone, m_said, m_outcome})
        connect(line, &QLineEdit::returnPressed, this, &FeedbackPage::record);
    connect(record, &QPushButton::clicked, this, &FeedbackPage::record);
    connect(outcome, &QPushButton::clicked, this, &FeedbackPage::setOutcome);
    connect(m_from, &QDateEdit::dateChanged, this, &FeedbackPage::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &FeedbackPage::refresh);
    setTabOrder(m_channel, m_kind);
    setTabOrder(m_kind, m_order);
    setTabOrder(m_order, m_customer);
    setTabOrder(m_customer, m_phone);
    setTabOrder(m_phone, m_said);
    setTabOrder(m_said, m_outcome);
    setTabOrder(m_outcome, m_resolved);
    setTabOrder(m_resolved, record);
    refresh();
}

QString FeedbackPage::lastError() const
{
    return m_error->error();
}

void FeedbackPage::refresh()
{
    auto list =
        FeedbackBook(*m_context.database, *m_context.clock).between(m_context.actor, m_from->date(), m_to->date());
    if (!list)
        m_error->showError(list.error());
    m_rows = list ? *list : QList<Feedback>();
    m_table->setSortingEnabled(false);
    m_table->clearContents();
    m_table->setRowCount(int(m_rows.size()));
    for (int r = 0; r < m_rows.size(); ++r) {
        const Feedback &f = m_rows[r];
        setRowTexts(m_table, r,
                    {ShopTime::text(f.at), feedbackChannelTitle(f.channel), feedbackKindTitle(f.kind), f.orderNumber,
                     f.customer, f.phone, f.text, f.outcome, f.resolved ? tr("Yes") : QString(), f.agent});
        m_table->item(r, 0)->setData(Qt::UserRole, r);
    }
    m_table->resizeColumnsToContents();
    m_table->setSortingEnabled(true);
}

bool FeedbackPage::record()
{
    Feedback f;
    f.channel = m_channel->currentData().toString();
    f.kind = FeedbackKind(m_kind->currentData().toInt());
    f.customer = m_customer->text();
    f.phone = m_phone->text();
    f.text = m_said->text();
    f.outcome = m_outcome->text();
    f.resolved = m_resolved->isChecked();
    auto id = FeedbackBook(*m_context.database, *m_context.clock).record(m_context.actor, f, m_order->text());
    if (!id) {
        m_error->showError(id.error());
        return false;
    }
    m_error->showError(QString());
    // Ready for the next call: the channel stays, the rest is cleared.
    for (QLineEdit *line : {m_order, m_customer, m_phone, m_said, m_outcome})
        line->clear();
    m_resolved->setChecked(false);
    m_kind->setCurrentIndex(0);
    m_order->setFocus();
    refresh();
    return true;
}

void FeedbackPage::setOutcome()
{
    const QTableWidgetItem *item = m_table->item(m_table->currentRow(), 0);
    if (!item) {
        m_error->showError(tr("Choose a feedback row first."));
        return;
    }
    const Feedback f = m_rows.at(item->data(Qt::UserRole).toInt());
    bool ok = false;
    const QString outcome = InputDialog::text(this, tr("Outcome"), tr("What was done for \"%1\"?").arg(f.text), &ok);
    if (!ok)
        return;
    const bool resolved = MessageBox::question(this, tr("Outcome"), tr("Is it resolved?")) == QMessageBox::Yes;
    Status done =
        FeedbackBook(*m_context.database, *m_context.clock).setOutcome(m_context.actor, f.id, outcome, resolved);
    refresh();
    m_error->showError(done ? QString() : done.error());
}

} // namespace shopdesk
