#include "NewPasswordDialog.h"

#include "ui/ErrorLabel.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace shopdesk {

NewPasswordDialog::NewPasswordDialog(Mode mode, const QString &explanation, QWidget *parent)
    : QDialog(parent), m_new(new QLineEdit(this)), m_confirm(new QLineEdit(this)), m_error(new ErrorLabel(this))
{
    setWindowTitle(mode == Mode::ChangeOwn ? tr("Change your password") : tr("Set a new password"));
    auto *layout = new QVBoxLayout(this);
    if (!explanation.isEmpty()) {
        auto *label = new QLabel(explanation, this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    auto *form = new QFormLayout;
    if (mode == Mode::ChangeOwn) {
        m_current = new QLineEdit(this);
        m_current->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Current password:"), m_current);
    }
    m_new->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    form->addRow(tr("New password:"), m_new);
    form->addRow(tr("Repeat the new password:"), m_confirm);
    layout->addLayout(form);
    auto *rules = new QLabel(tr("Use letters and digits, do not start with a digit, and do not reuse a "
                                "recent password."),
                             this);
    rules->setWordWrap(true);
    rules->setEnabled(false);
    layout->addWidget(rules);
    layout->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewPasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
}

QString NewPasswordDialog::currentPassword() const
{
    return m_current ? m_current->text() : QString();
}

QString NewPasswordDialog::newPassword() const
{
    return m_new->text();
}

void NewPasswordDialog::showError(const QString &message)
{
    m_error->showError(message);
}

void NewPasswordDialog::submit()
{
    if (m_new->text() != m_confirm->text()) {
        showError(tr("The two new passwords differ."));
        m_confirm->selectAll();
        m_confirm->setFocus();
        return;
    }
    emit submitted();
}

} // namespace shopdesk
