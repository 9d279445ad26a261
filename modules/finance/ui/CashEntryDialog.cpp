#include "CashEntryDialog.h"

#include "AmountLine.h"
#include "CashDesk.h"
#include "ExpenseDesk.h"
#include "ui/ErrorLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopdesk {

CashEntryDialog::CashEntryDialog(const AppContext &context, const QDate &day, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Cash journal entry"));
    auto *form = new QFormLayout;
    m_day = new QDateEdit(day, this);
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Day:"), m_day);
    m_direction = new QComboBox(this);
    for (CashDirection d : {CashDirection::Payment, CashDirection::Receipt})
        m_direction->addItem(cashDirectionTitle(d), int(d));
    form->addRow(tr("&Kind:"), m_direction);
    m_amount = new AmountLine(this);
    form->addRow(tr("&Amount:"), m_amount);
    m_counterparty = new QLineEdit(this);
    m_counterparty->setPlaceholderText(tr("who paid or was paid"));
    form->addRow(tr("&Counterparty:"), m_counterparty);
    m_purpose = new QLineEdit(this);
    form->addRow(tr("&Purpose:"), m_purpose);
    m_category = new QLineEdit(this);
    m_category->setPlaceholderText(tr("budget category, such as 办公费"));
    form->addRow(tr("Ca&tegory:"), m_category);
    m_department = new QComboBox(this);
    m_department->addItem(tr("(none)"), 0);
    if (auto departments = ExpenseDesk(*context.database, *context.clock).departments(context.actor))
        for (const Department &d : *departments)
            m_department->addItem(d.name, d.id);
    form->addRow(tr("D&epartment:"), m_department);
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (send())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_amount->setFocus();
    setMinimumWidth(440);
}

QString CashEntryDialog::error() const
{
    return m_error->error();
}

qint64 CashEntryDialog::send()
{
    const auto fen = m_amount->fen();
    if (!fen) {
        m_error->showError(tr("The amount \"%1\" is not an amount of money.").arg(m_amount->text()));
        m_amount->setFocus();
        return 0;
    }
    CashEntry e;
    e.day = m_day->date();
    e.direction = CashDirection(m_direction->currentData().toInt());
    e.amountFen = *fen;
    e.counterparty = m_counterparty->text();
    e.purpose = m_purpose->text();
    e.category = m_category->text();
    e.departmentId = m_department->currentData().toLongLong();
    auto id = CashDesk(*m_context.database, *m_context.clock).record(m_context.actor, e);
    if (!id) {
        m_error->showError(id.error());
        return 0;
    }
    return *id;
}

} // namespace shopdesk
