#pragma once

#include "domain/VaultEntry.h"
#include "ui/Module.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace shopdesk {

class ErrorLabel;

// RULE ACC-01: the registry of the company's official accounts, for its keepers (the site
// manager, the system administrator, the division leader, the general manager). The accounts
// and the keepers; a secret shown only with the keeper's vault passphrase and hidden again after
// 30 seconds, a copied one cleared from the clipboard after as long; every change asked of the
// general manager.
class VaultPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kShownForMs = 30'000;

    VaultPage(const AppContext &context, QWidget *parent = nullptr);
    void refresh();

    // The buttons' work (passphrases are asked through InputDialog).
    void myKeys();
    void start();
    void newEntry();
    void changeEntry();
    void showSecret();
    void copySecret();
    void addKeeper();
    void removeKeeper();
    // RULE ACC-01: a new vault key, every secret encrypted anew (after a keeper left).
    void rotateKey();

    // For tests.
    QTableWidget *entries() const { return m_entries; }
    QTableWidget *keepers() const { return m_keepers; }
    QLineEdit *shownSecret() const { return m_shown; }
    QString lastError() const;
    void setShownFor(int ms); // instead of 30 s

private:
    const VaultEntry *currentEntry() const;
    const VaultKeeper *currentKeeper() const;
    bool passphrase(const QString &why, QString *typed);
    void hideSecret();
    void filter(); // the rows the filter line matches
    void ask(const VaultEntry &entry);
    void told(const Status &done, const QString &what);

    AppContext m_context;
    QList<VaultEntry> m_entryRows;
    QList<VaultKeeper> m_keeperRows;
    QLabel *m_state;
    QLineEdit *m_filter;
    QTableWidget *m_entries;
    QTableWidget *m_keepers;
    QPushButton *m_start;
    QLineEdit *m_shown;
    QLabel *m_shownNote;
    QTimer *m_hide;
    QTimer *m_clearClipboard;
    QString m_copied; // what this page put on the clipboard, until cleared
    ErrorLabel *m_error;
};

} // namespace shopdesk
