#include "MainWindow.h"

#include "GuideWindow.h"
#include "audit/AuditTrail.h"
#include "backups/Backups.h"
#include "database/BackgroundTask.h"
#include "database/ChangeWatcher.h"
#include "database/data/Database.h"
#include "presence/Presence.h"
#include "settings/Language.h"
#include "ui/GuideTopic.h"
#include "ui/MessageBox.h"
#include "ui/NewPasswordDialog.h"
#include "users/AuthService.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace shopdesk {

MainWindow::MainWindow(AppContext context, QWidget *parent)
    : QMainWindow(parent), m_context(std::move(context)),
      m_modules(ModuleRegistry::instance().visibleTo(m_context.actor)), m_navigation(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_splitter(new QSplitter(this)), m_state(new QLabel(this)),
      m_notice(new QLabel(this))
{
    setWindowTitle(tr("ShopDesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/database.svg")));
    for (const Module *m : std::as_const(m_modules)) {
        auto *item = new QListWidgetItem(m->icon(), m->title(), m_navigation);
        item->setData(Qt::UserRole, m->id());
    }
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setMinimumWidth(160);
    // Under the list of areas, always in the same place: the guide's section for the page shown.
    auto *help = new QToolButton(this);
    help->setObjectName(QStringLiteral("pageHelp"));
    help->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    help->setAutoRaise(true);
    help->setIcon(QIcon(QStringLiteral(":/icons/help.svg")));
    help->setText(tr("Help for this page (F1)"));
    help->setToolTip(tr("Opens the user guide at this page's section"));
    connect(help, &QToolButton::clicked, this, &MainWindow::showGuideForPage);
    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_navigation, 1);
    sideLayout->addWidget(help);
    m_splitter->addWidget(side);
    m_splitter->addWidget(m_stack);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::showModuleAt);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    Database &db = *m_context.database;
    if (db.isReadOnly()) {
        // RULE DB-06: a newer database opens read-only with a banner naming both versions.
        auto *banner = new QLabel(tr("Read-only: %1").arg(db.readOnlyReason()), central);
        banner->setWordWrap(true);
        banner->setStyleSheet(QStringLiteral("background: #fff4ce; padding: 8px"));
        layout->addWidget(banner);
    }
    layout->addWidget(m_splitter);
    setCentralWidget(central);

    statusBar()->addWidget(
        new QLabel(tr("User: %1 (%2)").arg(m_context.actor.userName, levelTitle(m_context.actor.level)), this));
    statusBar()->addWidget(new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(db.path())), this), 1);
    m_state->setText(db.isReadOnly() ? tr("Read-only") : tr("Connected"));
    // A label of its own, not QStatusBar::showMessage: a message that arrives before the window
    // is shown was painted over the user and database labels.
    m_duty = new QLabel(this);
    m_duty->setObjectName(QStringLiteral("statusLines"));
    statusBar()->addPermanentWidget(m_duty);
    statusBar()->addPermanentWidget(m_notice);
    statusBar()->addPermanentWidget(m_state);
    auto *minute = new QTimer(this);
    connect(minute, &QTimer::timeout, this, &MainWindow::refreshStatusLines);
    minute->start(60 * 1000);
    buildMenus();
    startSharedFileDuties();

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray()))
        m_splitter->setSizes({200, 900});
    if (!settings.contains(QStringLiteral("mainWindow/geometry")))
        resize(1180, 760);
    const QString last = settings.value(QStringLiteral("mainWindow/module")).toString();
    if (!openModule(last) && m_navigation->count() > 0)
        m_navigation->setCurrentRow(0);
}

QString MainWindow::waitMessage() const
{
    return tr("Waiting for another PC to finish saving...");
}

void MainWindow::startSharedFileDuties()
{
    Database &db = *m_context.database;
    // Issue 6, behaviour 1: while a write waits for another PC, the status bar says so.
    QPointer<QLabel> state = m_state;
    const QString normal = m_state->text();
    const QString waiting = waitMessage();
    db.setWaitListener([state, normal, waiting](bool isWaiting) {
        const QString text = isWaiting ? waiting : normal;
        if (QThread::currentThread() == qApp->thread()) { // a worker thread never touches the label
            if (!state)
                return;
            state->setText(text);
            state->repaint(); // the GUI thread is inside the write: paint now
        } else {
            QMetaObject::invokeMethod(
                state,
                [state, text] {
                    if (state)
                        state->setText(text);
                },
                Qt::QueuedConnection);
        }
    });

    // Behaviour 4: others' changes appear by themselves.
    const int seconds = qBound(1, QSettings().value(QStringLiteral("sync/pollSeconds"), 3).toInt(), 60);
    auto *watcher = new ChangeWatcher(m_context.database, seconds * 1000, this);
    connect(watcher, &ChangeWatcher::changedElsewhere, this, &MainWindow::refreshCurrent);
    refreshBadges();

    if (db.isReadOnly())
        return;
    // Behaviour 5: a heartbeat about once a minute, off the GUI thread so it never stalls anyone.
    auto *heartbeat = new QTimer(this);
    heartbeat->setInterval(60 * 1000);
    connect(heartbeat, &QTimer::timeout, this, [this] {
        const AppContext c = m_context;
        runInBackground(this, c.database,
                        [c] {
                            Status s = Presence(*c.database, *c.clock).heartbeat(c.sessionId);
                            return s ? QString() : s.error();
                        },
                        {});
    });
    heartbeat->start();

    // Behaviour 6 (RULE DB-05): the automatic backup, by whichever PC starts first.
    const AppContext c = m_context;
    runInBackground(
        this, c.database,
        [c] {
            auto made = Backups(*c.database, *c.clock).backUpIfDue(c.actor);
            if (!made)
                return tr("The automatic backup failed: %1").arg(made.error());
            return made->has_value() ? tr("Automatic backup made: %1").arg((*made)->fileName) : QString();
        },
        [this](const QString &message) {
            if (message.isEmpty())
                return;
            m_notice->setText(message);
            QTimer::singleShot(15000, m_notice, [notice = m_notice, message] {
                if (notice->text() == message)
                    notice->clear();
            });
        });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Change my &password..."), this, &MainWindow::changeOwnPassword);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setShortcutContext(Qt::ApplicationShortcut);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(QIcon(QStringLiteral(":/icons/refresh.svg")), tr("&Refresh"), this,
                                       &MainWindow::refreshShownPage);
    refresh->setShortcut(QKeySequence::Refresh);
    view->addSeparator();
    for (int i = 0; i < m_modules.size() && i < 9; ++i) {
        QAction *go = view->addAction(m_modules[i]->title());
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_navigation->setCurrentRow(i); });
    }

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QStringList titles = {tr("Follow the system"), QStringLiteral("简体中文"), QStringLiteral("English")};
    const QStringList keys = Language::choices();
    for (int i = 0; i < keys.size(); ++i) {
        QAction *a = language->addAction(titles[i]);
        a->setCheckable(true);
        a->setChecked(Language::chosen() == keys[i]);
        group->addAction(a);
        const QString key = keys[i];
        connect(a, &QAction::triggered, this, [this, key] {
            Language::choose(key);
            MessageBox::information(this, tr("Language"), tr("The new language is used from the next start."));
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *pageHelp = help->addAction(QIcon(QStringLiteral(":/icons/help.svg")), tr("Help for this &page"), this,
                                        &MainWindow::showGuideForPage);
    pageHelp->setShortcut(QKeySequence::HelpContents);
    pageHelp->setShortcutContext(Qt::ApplicationShortcut);
    help->addAction(tr("User &guide"), this, [] { GuideWindow::open(QString()); });
    help->addSeparator();
    help->addAction(tr("&About ShopDesk"), this, [this] {
        MessageBox::information(this, tr("About ShopDesk"),
                                tr("ShopDesk %1\nThe back office of a small e-commerce company.\n"
                                   "Licensed under the GNU GPL, version 3 or later.")
                                    .arg(QCoreApplication::applicationVersion()));
    });
}

QWidget *MainWindow::openModule(const QString &moduleId)
{
    for (int i = 0; i < m_modules.size(); ++i) {
        if (m_modules[i]->id() == moduleId) {
            m_navigation->setCurrentRow(i);
            return m_panels.value(moduleId);
        }
    }
    return nullptr;
}

void MainWindow::openModuleById(const QString &moduleId)
{
    openModule(moduleId);
}

QWidget *MainWindow::currentPanel() const
{
    return m_stack->currentWidget();
}

void MainWindow::showModuleAt(int row)
{
    if (row < 0 || row >= m_modules.size())
        return;
    const Module *m = m_modules[row];
    QWidget *panel = m_panels.value(m->id());
    if (!panel) {
        panel = m->createPanel(m_context, m_stack);
        // A panel may ask for a restore (Administration); the shell carries it out.
        if (panel->metaObject()->indexOfSignal("restoreRequested(QString)") >= 0)
            connect(panel, SIGNAL(restoreRequested(QString)), this, SIGNAL(restoreRequested(QString)));
        if (panel->metaObject()->indexOfSignal("dataChanged()") >= 0)
            connect(panel, SIGNAL(dataChanged()), this, SLOT(refreshBadges()));
        // The overview's lines open their area.
        if (panel->metaObject()->indexOfSignal("openModuleRequested(QString)") >= 0)
            connect(panel, SIGNAL(openModuleRequested(QString)), this, SLOT(openModuleById(QString)));
        m_panels.insert(m->id(), panel);
        m_stack->addWidget(panel);
    }
    m_stack->setCurrentWidget(panel);
    QSettings().setValue(QStringLiteral("mainWindow/module"), m->id());
}

QString MainWindow::pageGuideSection() const
{
    return GuideTopic::shown(currentPanel());
}

void MainWindow::showGuideForPage()
{
    GuideWindow::open(pageGuideSection());
}

void MainWindow::refreshStatusLines()
{
    QStringList lines;
    for (const auto &m : ModuleRegistry::instance().modules())
        if (const QString line = m->statusLine(m_context); !line.isEmpty())
            lines << line;
    m_duty->setText(lines.join(QStringLiteral("  |  ")));
    m_duty->setVisible(!lines.isEmpty()); // no empty gap in the status bar
}

void MainWindow::refreshBadges()
{
    refreshStatusLines();
    for (int i = 0; i < m_modules.size(); ++i) {
        const QString badge = m_modules[i]->badge(m_context);
        m_navigation->item(i)->setText(badge.isEmpty() ? m_modules[i]->title()
                                                       : QStringLiteral("%1 (%2)").arg(m_modules[i]->title(), badge));
    }
}

void MainWindow::refreshCurrent()
{
    // Another PC changed something: the badges, and panels that show what others change offer a
    // refresh() slot. Never the pages' own Refresh, which on the orders page also imports.
    refreshBadges();
    QWidget *panel = currentPanel();
    if (panel && panel->metaObject()->indexOfSlot("refresh()") >= 0)
        QMetaObject::invokeMethod(panel, "refresh");
}

void MainWindow::refreshShownPage()
{
    // F5: a page with its own Refresh action names it "refresh", and F5 runs the one on screen.
    // Pages never take F5 themselves, as two F5s in one window are ambiguous and Qt runs neither.
    QWidget *panel = currentPanel();
    for (QAction *action : panel ? panel->findChildren<QAction *>(QStringLiteral("refresh")) : QList<QAction *>()) {
        const QList<QObject *> places = action->associatedObjects();
        const bool shown = std::any_of(places.cbegin(), places.cend(), [](QObject *o) {
            auto *w = qobject_cast<QWidget *>(o);
            return w && w->isVisible();
        });
        if (shown && action->isEnabled()) {
            refreshBadges();
            action->trigger();
            return;
        }
    }
    refreshCurrent();
}

void MainWindow::changeOwnPassword()
{
    NewPasswordDialog dialog(NewPasswordDialog::Mode::ChangeOwn, QString(), this);
    connect(&dialog, &NewPasswordDialog::submitted, &dialog, [&] {
        Status s = AuthService(*m_context.database, *m_context.clock)
                       .changeOwnPassword(m_context.actor, dialog.currentPassword(), dialog.newPassword());
        if (!s)
            return dialog.showError(s.error());
        dialog.accept();
    });
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    AuditAnchor::rememberNewest(*m_context.database);
    Presence(*m_context.database, *m_context.clock).leave(m_context.sessionId);
    m_context.database->setWaitListener({});
    GuideWindow::closeIfOpen();
    event->accept();
}

} // namespace shopdesk
