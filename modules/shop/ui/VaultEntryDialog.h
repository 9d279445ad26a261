#pragma once

#include "domain/VaultEntry.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace shopdesk {

class ErrorLabel;

// RULE ACC-01: a new official account, or a change to one, as a keeper asks for it: what it is,
// its secret (typed twice, never shown; left empty on a change it stays), its keepers, and the
// asker's own vault passphrase, which encrypts the secret before the request is filed.
class VaultEntryDialog : public QDialog
{
    Q_OBJECT
public:
    // `keepers`: the vault's keepers, those who may keep an entry.
    VaultEntryDialog(const VaultEntry &entry, const QList<VaultKeeper> &keepers, QWidget *parent = nullptr);
    VaultEntry entry() const;
    QString secret() const;
    QString passphrase() const;
    void showError(const QString &error);
    // The fields, for tests.
    QComboBox *kind() const { return m_kind; }
    QLineEdit *name() const { return m_name; }
    QLineEdit *secretField() const { return m_secret; }
    QLineEdit *secretAgainField() const { return m_again; }
    QLineEdit *passphraseField() const { return m_passphrase; }
    QListWidget *keeperList() const { return m_keepers; }

private:
    void check();
    VaultEntry m_entry;
    QComboBox *m_kind;
    QLineEdit *m_name, *m_url, *m_userName, *m_secret, *m_again, *m_passphrase;
    QPlainTextEdit *m_notes;
    QListWidget *m_keepers;
    ErrorLabel *m_error;
};

} // namespace shopdesk
