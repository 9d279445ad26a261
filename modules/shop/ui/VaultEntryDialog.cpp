#include "VaultEntryDialog.h"

#include "ui/ErrorLabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopdesk {

VaultEntryDialog::VaultEntryDialog(const VaultEntry &entry, const QList<VaultKeeper> &keepers, QWidget *parent)
    : QDialog(parent), m_entry(entry)
{
    const bool adding = entry.id == 0;
    setWindowTitle(adding ? tr("New official account") : tr("Change %1").arg(entry.name));
    auto *intro = new QLabel(tr("The change takes effect when the general manager approves it (ACC-01)."), this);
    intro->setWordWrap(true);
    m_kind = new QComboBox(this);
    for (const QString &kind : VaultEntry::kinds())
        m_kind->addItem(VaultEntry::kindTitle(kind), kind);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(entry.kind)));
    m_name = new QLineEdit(entry.name, this);
    m_url = new QLineEdit(entry.url, this);
    m_url->setPlaceholderText(QStringLiteral("https://"));
    m_userName = new QLineEdit(entry.userName, this);
    m_secret = new QLineEdit(this);
    m_again = new QLineEdit(this);
    for (QLineEdit *e : {m_secret, m_again}) {
        e->setEchoMode(QLineEdit::Password);
        e->setPlaceholderText(adding ? QString() : tr("empty: it stays as it is"));
    }
    m_notes = new QPlainTextEdit(entry.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_keepers = new QListWidget(this);
    for (const VaultKeeper &k : keepers) {
        if (k.sealedVaultKey.isEmpty())
            continue; // keeps no copy of the vault key: could not open it
        auto *item = new QListWidgetItem(k.userName, m_keepers);
        item->setData(Qt::UserRole, k.userId);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(entry.keeperIds.contains(k.userId) ? Qt::Checked : Qt::Unchecked);
    }
    m_keepers->setMaximumHeight(m_keepers->fontMetrics().lineSpacing() * 6);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    form->addRow(tr("&User name:"), m_userName);
    form->addRow(tr("&Secret:"), m_secret);
    form->addRow(tr("Secret a&gain:"), m_again);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(tr("&Keepers:"), m_keepers);
    form->addRow(tr("Your vault &passphrase:"), m_passphrase);
    m_error = new ErrorLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Ask the general manager"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VaultEntryDialog::check);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_name->setFocus();
}

VaultEntry VaultEntryDialog::entry() const
{
    VaultEntry e = m_entry;
    e.kind = m_kind->currentData().toString();
    e.name = m_name->text().trimmed();
    e.url = m_url->text().trimmed();
    e.userName = m_userName->text().trimmed();
    e.notes = m_notes->toPlainText();
    e.keeperIds.clear();
    for (int i = 0; i < m_keepers->count(); ++i)
        if (m_keepers->item(i)->checkState() == Qt::Checked)
            e.keeperIds << m_keepers->item(i)->data(Qt::UserRole).toLongLong();
    return e;
}

QString VaultEntryDialog::secret() const
{
    return m_secret->text();
}

QString VaultEntryDialog::passphrase() const
{
    return m_passphrase->text();
}

void VaultEntryDialog::showError(const QString &error)
{
    m_error->showError(error);
}

void VaultEntryDialog::check()
{
    if (const QString problem = entry().problem(); !problem.isEmpty())
        return m_error->showError(problem);
    if (m_secret->text() != m_again->text())
        return m_error->showError(tr("The secret and its repetition differ."));
    if (m_entry.id == 0 && m_secret->text().isEmpty())
        return m_error->showError(tr("Give the account's password or key."));
    if (!m_secret->text().isEmpty() && m_passphrase->text().isEmpty())
        return m_error->showError(tr("Your vault passphrase encrypts the secret: type it."));
    accept();
}

} // namespace shopdesk
