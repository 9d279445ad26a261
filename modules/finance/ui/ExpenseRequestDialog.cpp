#include "ExpenseRequestDialog.h"

#include "AmountLine.h"
#include "ExpenseDesk.h"
#include "common/Clock.h"
#include "ui/ErrorLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopdesk {

ExpenseRequestDialog::ExpenseRequestDialog(const AppContext &context, QWidget *parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Expense request"));
    ExpenseDesk desk(*context.database, *context.clock);
    auto *form = new QFormLayout;
    m_department = new QComboBox(this);
    if (auto departments = desk.departments(context.actor))
        for (const Department &d : *departments)
            m_department->addItem(d.name, d.id);
    m_department->setCurrentIndex(std::max(0, m_department->findData(desk.departmentOf(context.actor))));
    form->addRow(tr("&Department:"), m_department);
    m_category = new QLineEdit(this);
    m_category->setPlaceholderText(tr("budget category, such as 办公费 or 招待费"));
    form->addRow(tr("Ca&tegory:"), m_category);
    m_purpose = new QLineEdit(this);
    form->addRow(tr("&Purpose:"), m_purpose);
    m_amount = new AmountLine(this);
    form->addRow(tr("&Amount:"), m_amount);
    m_neededOn = new QDateEdit(context.clock->nowUtc().toLocalTime().date(), this);
    m_neededOn->setCalendarPopup(true);
    m_neededOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(tr("&Needed on:"), m_neededOn);
    m_business = new QCheckBox(tr("&Business expense (entertainment, gifts, transport): the general manager approves "
                                  "before the money is spent"),
                               this);
    form->addRow(QString(), m_business);
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send for approval"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (send())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_category->setFocus();
    setMinimumWidth(480);
}

QString ExpenseRequestDialog::error() const
{
    return m_error->error();
}

qint64 ExpenseRequestDialog::send()
{
    const auto fen = m_amount->fen();
    if (!fen) {
        m_error->showError(tr("The amount \"%1\" is not an amount of money.").arg(m_amount->text()));
        m_amount->setFocus();
        return 0;
    }
    ExpenseRequest r;
    r.departmentId = m_department->currentData().toLongLong();
    r.category = m_category->text();
    r.purpose = m_purpose->text();
    r.amountFen = *fen;
    r.neededOn = m_neededOn->date();
    r.businessExpense = m_business->isChecked();
    auto id = ExpenseDesk(*m_context.database, *m_context.clock).request(m_context.actor, r);
    if (!id) {
        m_error->showError(id.error());
        return 0;
    }
    return *id;
}

} // namespace shopdesk
