#include "ConnectionsPage.h"

#include "backups/Backups.h"
#include "backups/Restore.h"
#include "common/Clock.h"
#include "database/BackgroundTask.h"
#include "presence/Presence.h"
#include "ui/EmptyListHint.h"
#include "ui/MessageBox.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopdesk {

namespace {
QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setSortingEnabled(true);
    return t;
}

} // namespace

ConnectionsPage::ConnectionsPage(const AppContext &context, QWidget *parent)
    : QWidget(parent), m_context(context),
      m_connections(table({tr("User"), tr("PC"), tr("Program version"), tr("Since"), tr("Last seen")}, this)),
      m_folder(new QLineEdit(this)), m_everyDays(new QSpinBox(this)), m_keep(new QSpinBox(this)),
      m_backups(table({tr("Made at"), tr("File"), tr("Size"), tr("Made by"), tr("How")}, this)),
      m_backUpNow(new QPushButton(tr("Back up now"), this)), m_savePolicy(new QPushButton(tr("Save"), this))
{
    EmptyListHint::install(m_backups,
                           tr("No backups yet. Back up now makes the first; the automatic backup makes the "
                              "next ones on the days set above."));
    auto *connected = new QGroupBox(tr("Connected now (seen in the last two minutes)"), this);
    auto *connectedLayout = new QVBoxLayout(connected);
    connectedLayout->addWidget(m_connections);

    auto *policy = new QGroupBox(tr("Backups (rule DB-05)"), this);
    auto *form = new QFormLayout;
    m_folder->setPlaceholderText(tr("\"backups\" beside the database file"));
    m_everyDays->setRange(1, 7);
    m_everyDays->setSuffix(tr(" days"));
    m_keep->setRange(1, 520);
    form->addRow(tr("Folder:"), m_folder);
    form->addRow(tr("Back up automatically every:"), m_everyDays);
    form->addRow(tr("Backups kept:"), m_keep);
    auto *buttons = new QHBoxLayout;
    auto *restoreSelectedButton = new QPushButton(tr("Restore selected..."), this);
    auto *restoreFileButton = new QPushButton(tr("Restore from file..."), this);
    buttons->addWidget(m_savePolicy);
    buttons->addStretch();
    buttons->addWidget(m_backUpNow);
    buttons->addWidget(restoreSelectedButton);
    buttons->addWidget(restoreFileButton);
    auto *policyLayout = new QVBoxLayout(policy);
    policyLayout->addLayout(form);
    policyLayout->addLayout(buttons);
    policyLayout->addWidget(m_backups);

    connect(m_savePolicy, &QPushButton::clicked, this, &ConnectionsPage::savePolicy);
    connect(m_backUpNow, &QPushButton::clicked, this, &ConnectionsPage::backUpNow);
    connect(restoreSelectedButton, &QPushButton::clicked, this, &ConnectionsPage::restoreSelected);
    connect(restoreFileButton, &QPushButton::clicked, this, &ConnectionsPage::restoreFromFile);
    const bool writable = !m_context.readOnly();
    for (QPushButton *b : {m_savePolicy, m_backUpNow, restoreSelectedButton, restoreFileButton})
        b->setEnabled(writable);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(connected, 1);
    layout->addWidget(policy, 2);
    refresh();
}

void ConnectionsPage::refresh()
{
    Presence presence(*m_context.database, *m_context.clock);
    auto rows = presence.connected();
    m_connections->setSortingEnabled(false);
    m_connections->setRowCount(0);
    for (const PresenceRow &r : rows ? *rows : QList<PresenceRow>{}) {
        const int row = m_connections->rowCount();
        m_connections->insertRow(row);
        const QString who = r.id == m_context.sessionId ? tr("%1 (you)").arg(r.userName) : r.userName;
        const QStringList cells = {who, r.pcName, r.programVersion, localMinuteText(r.since),
                                   localMinuteText(r.lastSeen)};
        for (int col = 0; col < cells.size(); ++col)
            m_connections->setItem(row, col, new QTableWidgetItem(cells[col]));
    }
    m_connections->setSortingEnabled(true);
    m_connections->resizeColumnsToContents();

    Backups backups(*m_context.database, *m_context.clock);
    const BackupPolicy p = backups.policy();
    m_folder->setText(QDir::toNativeSeparators(p.folder));
    m_everyDays->setValue(p.everyDays);
    m_keep->setValue(p.keep);
    m_backups->setSortingEnabled(false);
    m_backups->setRowCount(0);
    const QString folder = backups.folder();
    for (const BackupManifest &m : Backups::list(folder)) {
        const int row = m_backups->rowCount();
        m_backups->insertRow(row);
        const QStringList cells = {localMinuteText(m.madeAt), m.fileName,
                                   QLocale().formattedDataSize(m.size, 2, QLocale::DataSizeTraditionalFormat),
                                   QStringLiteral("%1 (%2)").arg(m.madeBy, m.pcName),
                                   m.automatic ? tr("automatic") : tr("by hand")};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setData(Qt::UserRole, QDir(folder).filePath(m.fileName));
            m_backups->setItem(row, col, item);
        }
    }
    m_backups->setSortingEnabled(true);
    m_backups->sortByColumn(0, Qt::DescendingOrder); // newest first
    m_backups->resizeColumnsToContents();
}

void ConnectionsPage::savePolicy()
{
    BackupPolicy p;
    p.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    p.everyDays = m_everyDays->value();
    p.keep = m_keep->value();
    Status s = Backups(*m_context.database, *m_context.clock).setPolicy(m_context.actor, p);
    if (!s)
        MessageBox::warning(this, tr("Backups"), s.error());
    refresh();
}

void ConnectionsPage::backUpNow()
{
    // VACUUM INTO reports no progress: the dialog shows that work goes on and keeps the window
    // responsive while a large file is copied on another thread.
    auto *progress = new QProgressDialog(tr("Backing up and checking the copy..."), QString(), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    m_backUpNow->setEnabled(false);
    const AppContext c = m_context;
    runInBackground(
        this, c.database,
        [c] {
            auto made = Backups(*c.database, *c.clock).backUp(c.actor);
            return made ? QString() : made.error();
        },
        [this, progress](const QString &error) {
            progress->deleteLater();
            m_backUpNow->setEnabled(true);
            if (!error.isEmpty())
                MessageBox::warning(this, tr("Backups"), error);
            refresh();
        });
}

void ConnectionsPage::restoreSelected()
{
    const QTableWidgetItem *item = m_backups->item(m_backups->currentRow(), 0);
    if (!item)
        return MessageBox::information(this, tr("Restore"), tr("Select a backup in the list first."));
    askToRestore(item->data(Qt::UserRole).toString());
}

void ConnectionsPage::restoreFromFile()
{
    const QString file = FileDialog::openFileName(this, tr("Restore from a backup"),
                                                  Backups(*m_context.database, *m_context.clock).folder(),
                                                  tr("ShopDesk backups (*.db)"));
    if (!file.isEmpty())
        askToRestore(file);
}

void ConnectionsPage::askToRestore(const QString &file)
{
    auto checked = Restore::precheck(*m_context.database, *m_context.clock, m_context.actor, m_context.sessionId, file);
    if (!checked)
        return MessageBox::warning(this, tr("Restore"), checked.error());
    const QString question =
        tr("Replace the database with the backup %1 (audit record %2)?\n\nThe current state is saved as a "
           "backup first. ShopDesk closes the window, restores, checks the result and asks you to sign in again.")
            .arg(QDir::toNativeSeparators(file))
            .arg(checked->auditId);
    if (MessageBox::question(this, tr("Restore"), question) == QMessageBox::Yes)
        emit restoreRequested(file);
}

} // namespace shopdesk
