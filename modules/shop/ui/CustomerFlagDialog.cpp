#include "CustomerFlagDialog.h"

#include "CustomerFlags.h"
#include "OrderBook.h"
#include "ui/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopdesk {

CustomerFlagDialog::CustomerFlagDialog(const AppContext &context, QWidget *parent) : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("Propose a bad-customer flag"));
    m_order = new QLineEdit(this);
    m_order->setPlaceholderText(tr("the order it is about, if any: fills the account and phone"));
    m_customer = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_evidence = new QPlainTextEdit(this);
    m_evidence->setTabChangesFocus(true);
    m_evidence->setPlaceholderText(tr("what happened, with the order numbers, dates and proof"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Order number:"), m_order);
    form->addRow(tr("Buyer's &account:"), m_customer);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Evidence:"), m_evidence);
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Send to the &supervisor"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_order, &QLineEdit::editingFinished, this, [this] {
        if (m_order->text().trimmed().isEmpty())
            return;
        auto order = OrderBook(*m_context.database, *m_context.clock).byNumber(m_context.actor, m_order->text());
        if (!order) {
            m_error->showError(order.error());
            return;
        }
        m_error->showError(QString());
        if (m_customer->text().isEmpty())
            m_customer->setText(order->customer);
        if (m_phone->text().isEmpty())
            m_phone->setText(order->phone);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (propose())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

QString CustomerFlagDialog::error() const
{
    return m_error->error();
}

bool CustomerFlagDialog::propose()
{
    CustomerFlag f;
    f.customer = m_customer->text();
    f.phone = m_phone->text();
    f.evidence = m_evidence->toPlainText();
    if (!m_order->text().trimmed().isEmpty()) {
        auto order = OrderBook(*m_context.database, *m_context.clock).byNumber(m_context.actor, m_order->text());
        if (!order) {
            m_error->showError(order.error());
            return false;
        }
        f.orderId = order->id;
        if (f.customer.trimmed().isEmpty())
            f.customer = order->customer;
        if (f.phone.trimmed().isEmpty())
            f.phone = order->phone;
    }
    auto id = CustomerFlags(*m_context.database, *m_context.clock).propose(m_context.actor, f);
    m_error->showError(id ? QString() : id.error());
    return bool(id);
}

} // namespace shopdesk
