#include "VaultPage.h"

#include "AccountVault.h"
#include "VaultCipher.h"
#include "VaultEntryDialog.h"
#include "common/Clock.h"
#include "ui/EmptyListHint.h"
#include "ui/ErrorLabel.h"
#include "ui/ListParts.h"
#include "ui/MessageBox.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace shopdesk {

namespace {

QPushButton *button(const QString &text, QWidget *parent)
{
    return new QPushButton(text, parent);
}
} // namespace

VaultPage::VaultPage(const AppContext &context, QWidget *parent) : QWidget(parent), m_context(context)
{
    m_state = new QLabel(this);
    m_state->setWordWrap(true);
    auto *keys = button(tr("My vault &keys..."), this);
    m_start = button(tr("S&tart the registry..."), this);
    m_filter = filterLine(this, tr("Filter by kind, name, address or user name (Ctrl+F)"));
    m_entries = listTable({tr("Kind"), tr("Name"), tr("Address"), tr("User name"), tr("Keepers"), tr("Changed")}, this);
    EmptyListHint::install(
        m_entries, tr("No official accounts registered yet. A keeper of the vault adds one with New account..."),
        m_filter);
    makeSortable(m_entries);
    m_keepers = listTable({tr("Keeper"), tr("Holds the vault key")}, this);
    makeSortable(m_keepers);
    auto *add = button(tr("&New account..."), this);
    auto *change = button(tr("&Change..."), this);
    auto *show = button(tr("Show the s&ecret"), this);
    auto *copy = button(tr("C&opy the secret"), this);
    auto *addKeeperButton = button(tr("&Add as keeper..."), this);
    auto *removeKeeperButton = button(tr("&Remove keeper..."), this);
    auto *rotateButton = button(tr("New vault ke&y..."), this);
    rotateButton->setToolTip(tr("After a keeper left: every secret encrypted anew under a new vault key, so a copy "
                                "of the old one opens nothing stored afterwards."));
    const bool may = !context.readOnly();
    for (QPushButton *b : {keys, m_start, add, change, addKeeperButton, removeKeeperButton, rotateButton})
        b->setEnabled(may);
    m_shown = new QLineEdit(this);
    m_shown->setReadOnly(true);
    m_shown->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_shown->setPlaceholderText(tr("A secret shows here for 30 seconds."));
    m_shownNote = new QLabel(this);
    m_hide = new QTimer(this);
    m_hide->setSingleShot(true);
    m_hide->setInterval(kShownForMs);
    m_clearClipboard = new QTimer(this);
    m_clearClipboard->setSingleShot(true);
    m_clearClipboard->setInterval(kShownForMs);
    m_error = new ErrorLabel(this);

    auto *top = new QHBoxLayout;
    top->addWidget(m_state, 1);
    top->addWidget(keys);
    top->addWidget(m_start);
    auto *entryButtons = new QHBoxLayout;
    for (QPushButton *b : {add, change, show, copy})
        entryButtons->addWidget(b);
    entryButtons->addStretch();
    auto *secretLine = new QHBoxLayout;
    secretLine->addWidget(m_shown, 1);
    secretLine->addWidget(m_shownNote);
    auto *entriesPane = new QWidget(this);
    auto *entriesLayout = new QVBoxLayout(entriesPane);
    entriesLayout->setContentsMargins(0, 0, 0, 0);
    entriesLayout->addWidget(m_filter);
    entriesLayout->addWidget(titled(tr("Official accounts (ACC-01)"), m_entries, entriesPane), 1);
    entriesLayout->addLayout(entryButtons);
    entriesLayout->addLayout(secretLine);
    auto *keepersPane = new QWidget(this);
    auto *keepersLayout = new QVBoxLayout(keepersPane);
    keepersLayout->setContentsMargins(0, 0, 0, 0);
    keepersLayout->addWidget(titled(tr("Keepers"), m_keepers, keepersPane), 1);
    auto *keeperButtons = new QHBoxLayout;
    keeperButtons->addWidget(addKeeperButton);
    keeperButtons->addWidget(removeKeeperButton);
    keeperButtons->addWidget(rotateButton);
    keeperButtons->addStretch();
    keepersLayout->addLayout(keeperButtons);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(entriesPane);
    split->addWidget(keepersPane);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(split, 1);

    connect(keys, &QPushButton::clicked, this, &VaultPage::myKeys);
    connect(m_start, &QPushButton::clicked, this, &VaultPage::start);
    connect(add, &QPushButton::clicked, this, &VaultPage::newEntry);
    connect(change, &QPushButton::clicked, this, &VaultPage::changeEntry);
    connect(m_entries, &QTableWidget::cellDoubleClicked, this, &VaultPage::changeEntry);
    connect(show, &QPushButton::clicked, this, &VaultPage::showSecret);
    connect(copy, &QPushButton::clicked, this, &VaultPage::copySecret);
    connect(addKeeperButton, &QPushButton::clicked, this, &VaultPage::addKeeper);
    connect(removeKeeperButton, &QPushButton::clicked, this, &VaultPage::removeKeeper);
    connect(rotateButton, &QPushButton::clicked, this, &VaultPage::rotateKey);
    connect(m_hide, &QTimer::timeout, this, &VaultPage::hideSecret);
    connect(m_clearClipboard, &QTimer::timeout, this, [this] {
        // Only what this page put there: something the user copied since stays.
        QClipboard *clipboard = QGuiApplication::clipboard();
        if (clipboard->text() == m_copied)
            clipboard->clear();
        m_copied.clear();
    });
    connect(m_filter, &QLineEdit::textChanged, this, &VaultPage::filter);
    refresh();
}

QString VaultPage::lastError() const
{
    return m_error->error();
}

void VaultPage::setShownFor(int ms)
{
    m_hide->setInterval(ms);
    m_clearClipboard->setInterval(ms);
}

void VaultPage::refresh()
{
    AccountVault vault(*m_context.database, *m_context.clock);
    auto entries = vault.entries(m_context.actor);
    auto keepers = vault.keepers(m_context.actor);
    m_error->showError(!entries ? entries.error() : !keepers ? keepers.error() : QString());
    m_entryRows = entries ? *entries : QList<VaultEntry>();
    m_keeperRows = keepers ? *keepers : QList<VaultKeeper>();
    const auto me = std::find_if(m_keeperRows.cbegin(), m_keeperRows.cend(),
                                 [this](const VaultKeeper &k) { return k.userId == m_context.actor.userId; });
    const bool started = std::any_of(m_keeperRows.cbegin(), m_keeperRows.cend(),
                                     [](const VaultKeeper &k) { return !k.sealedVaultKey.isEmpty(); });
    if (me == m_keeperRows.cend())
        m_state->setText(tr("You have no vault keys yet: make them with your own vault passphrase (My vault keys)."));
    else if (me->sealedVaultKey.isEmpty())
        m_state->setText(started ? tr("Your keys are made; a keeper asks for you to keep the vault, and the general "
                                      "manager approves.")
                                 : tr("Your keys are made; nobody keeps the vault yet: start the registry."));
    else
        m_state->setText(tr("You keep the vault: your passphrase opens the secrets of the accounts you keep."));
    m_start->setVisible(!started);

    m_entries->setSortingEnabled(false);
    m_entries->setRowCount(int(m_entryRows.size()));
    for (int r = 0; r < m_entryRows.size(); ++r) {
        const VaultEntry &e = m_entryRows.at(r);
        setRowTexts(m_entries, r,
                    {VaultEntry::kindTitle(e.kind), e.name, e.url, e.userName, e.keeperNames.join(QStringLiteral(", ")),
                     localMinuteText(e.changedAt)});
        m_entries->item(r, 0)->setData(Qt::UserRole, r);
    }
    m_keepers->setSortingEnabled(false);
    m_keepers->setRowCount(int(m_keeperRows.size()));
    for (int r = 0; r < m_keeperRows.size(); ++r) {
        const VaultKeeper &k = m_keeperRows.at(r);
        setRowTexts(m_keepers, r, {k.userName, k.sealedVaultKey.isEmpty() ? tr("No") : tr("Yes")});
        m_keepers->item(r, 0)->setData(Qt::UserRole, r);
    }
    for (QTableWidget *t : {m_entries, m_keepers}) {
        t->resizeColumnsToContents();
        t->setSortingEnabled(true);
    }
    filter();
}

void VaultPage::filter()
{
    const QString text = m_filter->text();
    for (int r = 0; r < m_entries->rowCount(); ++r) {
        bool match = text.isEmpty();
        for (int c = 0; c < 4 && !match; ++c) // kind, name, address, user name
            match = m_entries->item(r, c)->text().contains(text, Qt::CaseInsensitive);
        m_entries->setRowHidden(r, !match);
    }
}

const VaultEntry *VaultPage::currentEntry() const
{
    const QTableWidgetItem *item = m_entries->item(m_entries->currentRow(), 0);
    return item ? &m_entryRows.at(item->data(Qt::UserRole).toInt()) : nullptr;
}

const VaultKeeper *VaultPage::currentKeeper() const
{
    const QTableWidgetItem *item = m_keepers->item(m_keepers->currentRow(), 0);
    return item ? &m_keeperRows.at(item->data(Qt::UserRole).toInt()) : nullptr;
}

bool VaultPage::passphrase(const QString &why, QString *typed)
{
    bool ok = false;
    *typed = InputDialog::password(this, tr("Vault passphrase"), why, &ok);
    return ok && !typed->isEmpty();
}

void VaultPage::told(const Status &done, const QString &what)
{
    refresh();
    if (!done)
        return m_error->showError(done.error());
    MessageBox::information(this, tr("Official accounts"), what);
}

void VaultPage::myKeys()
{
    AccountVault vault(*m_context.database, *m_context.clock);
    const bool made = std::any_of(m_keeperRows.cbegin(), m_keeperRows.cend(),
                                  [this](const VaultKeeper &k) { return k.userId == m_context.actor.userId; });
    QString old, fresh, again;
    if (made && !passphrase(tr("Your vault passphrase now:"), &old))
        return;
    if (!passphrase(tr("Your new vault passphrase (at least %n character(s); not your sign-in password):", nullptr,
                       VaultCipher::kShortestPassphrase),
                    &fresh)
        || !passphrase(tr("The new vault passphrase again:"), &again))
        return;
    if (fresh != again)
        return m_error->showError(tr("The two passphrases differ."));
    // Keys already made are locked anew (a copy of the vault key sealed to them stays good).
    const Status done =
        made ? vault.changeMyPassphrase(m_context.actor, old, fresh) : vault.makeMyKeys(m_context.actor, fresh);
    told(done,
         made ? tr("Your vault passphrase is changed.")
              : tr("Your vault keys are made. Nobody, the program included, can open them without your "
                   "passphrase: keep it safe."));
}

void VaultPage::start()
{
    QString typed;
    if (!passphrase(tr("Your vault passphrase, to start the registry with you as its first keeper:"), &typed))
        return;
    auto asked = AccountVault(*m_context.database, *m_context.clock).askToStart(m_context.actor, typed);
    told(asked ? success() : asked.failure(), tr("Asked: the registry starts when the general manager approves."));
}

void VaultPage::ask(const VaultEntry &entry)
{
    VaultEntryDialog dialog(entry, m_keeperRows, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto asked = AccountVault(*m_context.database, *m_context.clock)
                         .askEntry(m_context.actor, dialog.passphrase(), dialog.entry(), dialog.secret());
        if (asked)
            return told(success(), tr("Asked: the change takes effect when the general manager approves it."));
        dialog.showError(asked.error()); // what was typed stays
    }
}

void VaultPage::newEntry()
{
    VaultEntry e;
    e.keeperIds = {m_context.actor.userId};
    ask(e);
}

void VaultPage::changeEntry()
{
    if (const VaultEntry *e = currentEntry())
        return ask(*e);
    m_error->showError(tr("Choose an account first."));
}

void VaultPage::showSecret()
{
    const VaultEntry *e = currentEntry();
    if (!e)
        return m_error->showError(tr("Choose an account first."));
    QString typed;
    if (!passphrase(tr("Your vault passphrase, to see the secret of %1:").arg(e->name), &typed))
        return;
    auto secret = AccountVault(*m_context.database, *m_context.clock).reveal(m_context.actor, e->id, typed);
    if (!secret)
        return m_error->showError(secret.error());
    m_error->showError({});
    m_shown->setText(*secret);
    m_shownNote->setText(
        tr("%1: hidden again in %n second(s)", nullptr, (m_hide->interval() + 999) / 1000).arg(e->name));
    m_hide->start();
}

void VaultPage::hideSecret()
{
    m_shown->clear();
    m_shownNote->clear();
}

void VaultPage::copySecret()
{
    const VaultEntry *e = currentEntry();
    if (!e)
        return m_error->showError(tr("Choose an account first."));
    QString typed;
    if (!passphrase(tr("Your vault passphrase, to copy the secret of %1:").arg(e->name), &typed))
        return;
    auto secret = AccountVault(*m_context.database, *m_context.clock)
                      .reveal(m_context.actor, e->id, typed, AccountVault::Use::Copy);
    if (!secret)
        return m_error->showError(secret.error());
    m_error->showError({});
    QGuiApplication::clipboard()->setText(*secret);
    m_copied = *secret;
    m_shownNote->setText(
        tr("%1: copied; the clipboard is cleared in %n second(s)", nullptr, (m_clearClipboard->interval() + 999) / 1000)
            .arg(e->name));
    m_clearClipboard->start();
}

void VaultPage::addKeeper()
{
    const VaultKeeper *k = currentKeeper();
    if (!k)
        return m_error->showError(tr("Choose the person in the keepers' list first (they make their keys first)."));
    QString typed;
    if (!passphrase(tr("Your vault passphrase, to hand %1 a copy of the vault key:").arg(k->userName), &typed))
        return;
    auto asked = AccountVault(*m_context.database, *m_context.clock).askKeeper(m_context.actor, typed, k->userId);
    told(asked ? success() : asked.failure(),
         tr("Asked: %1 keeps the vault when the general manager approves.").arg(k->userName));
}

void VaultPage::removeKeeper()
{
    const VaultKeeper *k = currentKeeper();
    if (!k)
        return m_error->showError(tr("Choose a keeper first."));
    const QString name = k->userName;
    const qint64 userId = k->userId;
    QStringList seen; // the accounts whose secrets they could see
    for (const VaultEntry &e : std::as_const(m_entryRows))
        if (e.keeperIds.contains(userId))
            seen << e.name;
    if (MessageBox::question(this, tr("Remove keeper"),
                             tr("Ask the general manager to take %1's copy of the vault key away and take them off "
                                "every account?")
                                 .arg(name))
        != QMessageBox::Yes)
        return;
    auto asked = AccountVault(*m_context.database, *m_context.clock).askRemoveKeeper(m_context.actor, userId);
    QString next = tr("Asked: %1 stops keeping the vault when the general manager approves. Then ask for a new "
                      "vault key (New vault key...), so a copy of the old one opens nothing stored afterwards.")
                       .arg(name);
    if (!seen.isEmpty())
        next += QLatin1Char('\n')
            + tr("%1 has seen the secrets of: %2. Change those at the accounts too, and record the new ones here.")
                  .arg(name, seen.join(QStringLiteral(", ")));
    told(asked ? success() : asked.failure(), next);
}

void VaultPage::rotateKey()
{
    QString typed;
    if (!passphrase(tr("Your vault passphrase, to encrypt every secret anew under a new vault key:"), &typed))
        return;
    auto asked = AccountVault(*m_context.database, *m_context.clock).askRotate(m_context.actor, typed);
    told(asked ? success() : asked.failure(),
         tr("Asked: the new vault key takes effect when the general manager approves, if no account or keeper "
            "changes before."));
}

} // namespace shopdesk
