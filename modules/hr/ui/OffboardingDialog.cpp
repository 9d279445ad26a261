#include "OffboardingDialog.h"

#include "PageParts.h"
#include "common/Clock.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

OffboardingDialog::OffboardingDialog(const AppContext &context, qint64 employeeId, QWidget *parent)
    : QDialog(parent), m_context(context), m_employee(employeeId), m_notice(new QDateEdit(this)),
      m_lastDay(new QDateEdit(this)), m_settlement(new QLabel(this)),
      m_items(listTable({tr("Item"), tr("Kind"), tr("Issued"), tr("State"), tr("Note")}, this))
{
    const QDate today = context.clock->nowUtc().toLocalTime().date();
    for (QDateEdit *d : {m_notice, m_lastDay}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_notice->setDate(today);
    m_lastDay->setDate(today.addMonths(1));
    m_settlement->setWordWrap(true);

    auto *resignButton = new QPushButton(tr("Record the resignation"), this);
    auto *issueButton = new QPushButton(tr("Issue an item..."), this);
    auto *returnedButton = new QPushButton(tr("Mark returned"), this);
    auto *writeOffButton = new QPushButton(tr("Write off..."), this);
    auto *waiveButton = new QPushButton(tr("Waive the short notice"), this);
    auto *dates = new QFormLayout;
    dates->addRow(tr("Notice given on:"), m_notice);
    dates->addRow(tr("Last working day:"), m_lastDay);
    auto *itemButtons = new QHBoxLayout;
    for (QPushButton *b : {issueButton, returnedButton, writeOffButton})
        itemButtons->addWidget(b);
    itemButtons->addStretch();
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(dates);
    layout->addWidget(resignButton, 0, Qt::AlignLeft);
    layout->addWidget(new QLabel(tr("Company property issued (HR-02):"), this));
    layout->addWidget(m_items, 1);
    layout->addLayout(itemButtons);
    layout->addWidget(m_settlement);
    layout->addWidget(waiveButton, 0, Qt::AlignLeft);
    layout->addWidget(close);
    connect(resignButton, &QPushButton::clicked, this, &OffboardingDialog::resign);
    connect(issueButton, &QPushButton::clicked, this, &OffboardingDialog::issue);
    connect(returnedButton, &QPushButton::clicked, this, [this] { closeSelected(true); });
    connect(writeOffButton, &QPushButton::clicked, this, [this] { closeSelected(false); });
    connect(waiveButton, &QPushButton::clicked, this, &OffboardingDialog::waive);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(640, 480);
    refresh();
}

QString OffboardingDialog::settlementText() const
{
    return m_settlement->text();
}

void OffboardingDialog::refresh()
{
    auto state = Offboarding(*m_context.database, *m_context.clock).state(m_context.actor, m_employee);
    if (!state)
        return m_settlement->setText(state.error());
    setWindowTitle(tr("Offboarding: %1").arg(state->employee.summary.name));
    if (state->employee.noticeDate.isValid())
        m_notice->setDate(state->employee.noticeDate);
    if (state->employee.lastDay.isValid())
        m_lastDay->setDate(state->employee.lastDay);
    m_property = state->property;
    m_items->setRowCount(int(m_property.size()));
    for (int r = 0; r < m_property.size(); ++r) {
        const IssuedProperty &p = m_property.at(r);
        setRowTexts(
            m_items, r,
            {p.item, propertyKindTitle(p.kind), p.issuedOn.toString(Qt::ISODate), propertyStateTitle(p.state), p.note});
    }
    m_items->resizeColumnsToContents();
    QStringList lines{tr("Settlement: %1").arg(Offboarding::settlementTitle(state->settlement))};
    lines << state->warnings;
    m_settlement->setText(lines.join(QLatin1Char('\n')));
}

void OffboardingDialog::resign()
{
    auto state = Offboarding(*m_context.database, *m_context.clock)
                     .resign(m_context.actor, m_employee, m_notice->date(), m_lastDay->date());
    if (!state)
        return MessageBox::warning(this, windowTitle(), state.error());
    if (!state->warnings.isEmpty())
        MessageBox::warning(this, windowTitle(), state->warnings.join(QLatin1Char('\n')));
    refresh();
}

void OffboardingDialog::issue()
{
    bool ok = false;
    const QString item = QInputDialog::getText(
        this, tr("Issue an item"), tr("What is handed out (laptop, key, document...):"), QLineEdit::Normal, {}, &ok);
    if (!ok || item.trimmed().isEmpty())
        return;
    QStringList kinds;
    for (const QString &key : kPropertyKinds)
        kinds << propertyKindTitle(key);
    const QString kind = QInputDialog::getItem(this, tr("Issue an item"), tr("Kind:"), kinds, 0, false, &ok);
    if (!ok)
        return;
    IssuedProperty p;
    p.employeeId = m_employee;
    p.item = item.trimmed();
    p.kind = kPropertyKinds.value(kinds.indexOf(kind), kPropertyKinds.last());
    p.issuedOn = m_context.clock->nowUtc().toLocalTime().date();
    if (auto id = Offboarding(*m_context.database, *m_context.clock).issue(m_context.actor, p); !id)
        return MessageBox::warning(this, windowTitle(), id.error());
    refresh();
}

void OffboardingDialog::closeSelected(bool returned)
{
    const int row = m_items->currentRow();
    if (row < 0 || row >= m_property.size())
        return MessageBox::information(this, windowTitle(), tr("Select an item first."));
    QString note;
    if (!returned) {
        bool ok = false;
        note = QInputDialog::getText(this, tr("Written off"), tr("Why is it written off?"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
    }
    if (Status s = Offboarding(*m_context.database, *m_context.clock)
                       .close(m_context.actor, m_property.at(row).id, returned, note);
        !s)
        return MessageBox::warning(this, windowTitle(), s.error());
    refresh();
}

void OffboardingDialog::waive()
{
    if (Status s = Offboarding(*m_context.database, *m_context.clock).waiveNotice(m_context.actor, m_employee); !s)
        return MessageBox::warning(this, windowTitle(), s.error());
    refresh();
}

} // namespace shopdesk
