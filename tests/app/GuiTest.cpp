// The real windows, offscreen: first run, sign-in and its lock, the main window, Administration.
// With SHOPDESK_SCREENSHOT_DIR set, each window is also saved as a PNG to look at.
#include "AdminPanel.h"
#include "AuditPage.h"
#include "AuditTableModel.h"
#include "ConnectionsPage.h"
#include "DecisionDialog.h"
#include "FirstRunDialog.h"
#include "GuiSupport.h"
#include "GuideWindow.h"
#include "InboxModule.h"
#include "InboxPanel.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "PeoplePanel.h"
#include "RequestTableModel.h"
#include "SettingsPage.h"
#include "Startup.h"
#include "TestSupport.h"
#include "UserDialog.h"
#include "UserTableModel.h"
#include "UsersPage.h"
#include "common/Clock.h"
#include "database/ServerRoles.h"
#include "presence/Presence.h"
#include "settings/Language.h"
#include "ui/EmptyListHint.h"
#include "ui/GuideTopic.h"
#include "ui/MessageBox.h"
#include "ui/NewPasswordDialog.h"
#include "users/ServerLogin.h"
#include "users/UserService.h"
#include "users/data/UserRepository.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

#include <algorithm>
#include <functional>

using namespace shopdesk;
using namespace shopdesk::test;

int runAttendanceGuiTest(int argc, char **argv);
int runSuppliesGuiTest(int argc, char **argv);
int runContractsGuiTest(int argc, char **argv);
int runFinanceGuiTest(int argc, char **argv);
int runShopGuiTest(int argc, char **argv);

namespace {
// An actor who sees every area and every tab, the conditional ones too.
Actor everyone(Actor actor)
{
    for (const QString &role : Role::all())
        if (role != Role::CashAccountant) // never with the chief accountant (FIN-02)
            actor.roles.insert(role);
    const QStringList scopes = Scope::all();
    actor.scopes = QSet<QString>(scopes.cbegin(), scopes.cend());
    return actor;
}

// Shows each page of each area in turn (the tabs inside tabs too) and calls `look` with
// "area/tab" while it is on screen.
void showEveryPage(MainWindow &window, const std::function<void(const QString &)> &look)
{
    for (const auto &m : ModuleRegistry::instance().modules()) {
        QWidget *panel = window.openModule(m->id());
        QVERIFY2(panel, qPrintable(m->id()));
        QList<QTabWidget *> tabs = panel->findChildren<QTabWidget *>();
        if (auto *own = qobject_cast<QTabWidget *>(panel))
            tabs.prepend(own);
        if (tabs.isEmpty())
            tabs.append(nullptr); // a panel of one page
        for (QTabWidget *t : std::as_const(tabs)) {
            for (int i = 0; i < (t ? t->count() : 1); ++i) {
                for (QWidget *w = t; w && w != panel; w = w->parentWidget()) {
                    QWidget *around = w->parentWidget() ? w->parentWidget()->parentWidget() : nullptr;
                    if (auto *outer = qobject_cast<QTabWidget *>(around))
                        outer->setCurrentWidget(w);
                }
                if (t)
                    t->setCurrentIndex(i);
                look(m->id() + QLatin1Char('/') + (t ? t->tabText(i) : QString()));
            }
        }
    }
}

} // namespace

class GuiTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        registerModules();
        const QString language = qEnvironmentVariable("SHOPDESK_SCREENSHOT_LANG");
        if (!language.isEmpty()) {
            Language::choose(language);
            Language::install(*qApp);
        }
    }

    void firstRunCreatesACompanyDatabase()
    {
        QTemporaryDir dir;
        FixedClock clock(testNow());
        FirstRunDialog dialog(clock, QString());
        dialog.createChoice()->setChecked(true);
        dialog.newPathField()->setText(QDir::toNativeSeparators(dir.filePath(QStringLiteral("shop.db"))));
        dialog.companyField()->setText(QStringLiteral("示例电商有限公司"));
        dialog.passwordField()->setText(QStringLiteral("Admin2026"));
        dialog.confirmField()->setText(QStringLiteral("Admin2027"));
        snap(&dialog, QStringLiteral("first-run"));
        dialog.submit();
        QVERIFY(!dialog.database());
        QVERIFY(!dialog.errorText().isEmpty());
        dialog.confirmField()->setText(QStringLiteral("Admin2026"));
        dialog.submit();
        QVERIFY2(dialog.database(), qPrintable(dialog.errorText()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(AuthService(*dialog.database(), clock).login(QStringLiteral("admin"), QStringLiteral("Admin2026")));
    }

    void firstRunOpenShowsWhyAPathFails()
    {
        FixedClock clock(testNow());
        FirstRunDialog dialog(clock, QString());
        dialog.openChoice()->setChecked(true);
        dialog.existingPathField()->setText(QStringLiteral("\\\\server\\share\\shopdesk.db"));
        dialog.submit();
        QVERIFY(!dialog.database());
        QVERIFY2(dialog.errorText().contains(QStringLiteral("shopdesk.db")), qPrintable(dialog.errorText()));
    }

    // Issue 20: the company's database on a PostgreSQL server, chosen in the first-run dialog; a
    // remembered server comes back filled in but for its password.
    void issue20_firstRunConnectsToACompanyServer()
    {
        SKIP_WITHOUT_POSTGRES();
        FixedClock clock(testNow());
        const QString url = emptyPostgresDatabase(QStringLiteral("shopdesk_first_run"));
        QVERIFY(CompanyDatabase::create(url, QStringLiteral("示例电商有限公司"), QStringLiteral("admin"),
                                        QStringLiteral("Admin2026"), clock));
        const QUrl server(url);
        FirstRunDialog dialog(clock, QString());
        dialog.serverChoice()->setChecked(true);
        dialog.submit();
        QVERIFY(!dialog.database() && !dialog.errorText().isEmpty()); // nothing typed yet
        dialog.hostField()->setText(server.host());
        dialog.portField()->setValue(server.port(5432));
        dialog.serverDatabaseField()->setText(server.path().mid(1));
        dialog.serverUserField()->setText(server.userName());
        dialog.tlsChoice()->setCurrentIndex(dialog.tlsChoice()->findData(QStringLiteral("disable")));
        dialog.serverPasswordField()->setText(QStringLiteral("wrong"));
        qunsetenv("PGPASSWORD");
        dialog.submit();
        QVERIFY(!dialog.database());
        QVERIFY2(dialog.errorText().contains(server.userName()), qPrintable(dialog.errorText())); // refused
        QVERIFY(dialog.serverPasswordField()->text().isEmpty()); // not left in the window
        dialog.serverPasswordField()->setText(server.password());
        snap(&dialog, QStringLiteral("first-run-server"));
        dialog.submit();
        QVERIFY2(dialog.database(), qPrintable(dialog.errorText()));
        QVERIFY(dialog.database()->isOnServer());
        const QString remembered = dialog.database()->path();
        QVERIFY(!remembered.contains(u':' + server.password() + u'@'));

        FirstRunDialog again(clock, QStringLiteral("no password supplied"));
        again.showServer(remembered);
        QVERIFY(again.serverChoice()->isChecked());
        QCOMPARE(again.hostField()->text(), server.host());
        QCOMPARE(again.serverDatabaseField()->text(), server.path().mid(1));
        QCOMPARE(again.serverUserField()->text(), server.userName());
        QCOMPARE(again.tlsChoice()->currentData().toString(), QStringLiteral("disable"));
        QVERIFY(again.serverPasswordField()->text().isEmpty());
    }

    // Issue 20, step 12: a server whose people sign in as themselves. The first-run dialog takes
    // the address without a server user; the sign-in opens the server as the person's own login,
    // and the server's refusal of a password is a wrong password like any other.
    void issue20_peopleSignInToTheServerAsThemselves()
    {
        SKIP_WITHOUT_POSTGRES();
        FixedClock clock(testNow());
        const QString name = QStringLiteral("shopdesk_personal_sign_in");
        const QString url = emptyPostgresDatabase(name);
        dropCompanyRoles(name);
        {
            auto created = CompanyDatabase::create(url, QStringLiteral("示例电商有限公司"), QStringLiteral("admin"),
                                                   QStringLiteral("Admin2026"), clock);
            QVERIFY(created);
            Actor admin;
            admin.userId = 1;
            admin.userName = QStringLiteral("admin");
            admin.level = Level::DatabaseAdmin;
            QVERIFY(ServerRoles(**created, clock).setUp(admin, QStringLiteral("Admin2026")));
        }
        const QUrl server(url);
        FirstRunDialog first(clock, QString());
        first.serverChoice()->setChecked(true);
        first.hostField()->setText(server.host());
        first.portField()->setValue(server.port(5432));
        first.serverDatabaseField()->setText(name);
        first.tlsChoice()->setCurrentIndex(first.tlsChoice()->findData(QStringLiteral("disable")));
        snap(&first, QStringLiteral("first-run-personal-server"));
        first.submit();
        QCOMPARE(first.result(), int(QDialog::Accepted));
        QVERIFY(!first.database()); // opened at the sign-in
        const QString personal = first.personalServer();
        QVERIFY2(ServerLogin::isPersonalAddress(personal) && !personal.contains(u'@'), qPrintable(personal));

        qunsetenv("PGPASSWORD"); // only the password typed opens the server
        {
            LoginDialog login(personal, clock);
            login.userField()->setText(QStringLiteral("admin"));
            login.passwordField()->setText(QStringLiteral("Admin2027"));
            login.signIn();
            QVERIFY(login.result() != QDialog::Accepted && !login.database());
            QVERIFY2(login.errorText().contains(u'4'), // the server refused; counted: 4 attempts left
                     qPrintable(login.errorText()));
            QVERIFY(login.passwordField()->text().isEmpty());
            snap(&login, QStringLiteral("login-personal-server"));
            login.passwordField()->setText(QStringLiteral("Admin2026"));
            login.signIn();
            QCOMPARE(login.result(), int(QDialog::Accepted));
            QCOMPARE(login.outcome().actor.userName, QStringLiteral("admin"));
            QVERIFY2(login.database()->path().contains(name + QStringLiteral(".admin@")),
                     qPrintable(login.database()->path()));
        } // its connection closed, as the person's login
        qputenv("PGPASSWORD", server.password().toUtf8());
        dropPostgresDatabase(name);
        dropCompanyRoles(name);
    }

    void fiveWrongPasswordsLockTheAccount()
    {
        Company c;
        LoginDialog login(c.db, c.clock);
        login.userField()->setText(QStringLiteral("admin"));
        for (int i = 0; i < 5; ++i) {
            login.passwordField()->setText(QStringLiteral("wrong%1").arg(i));
            login.signIn();
            QVERIFY(login.passwordField()->text().isEmpty()); // a wrong password is not left in the field
        }
        snap(&login, QStringLiteral("login-locked"));
        QVERIFY2(login.errorText().contains(QStringLiteral("locked")), qPrintable(login.errorText()));
        login.passwordField()->setText(QStringLiteral("Admin2026"));
        login.signIn();
        QVERIFY(login.result() != QDialog::Accepted);
        QVERIFY(login.errorText().contains(QStringLiteral("locked")));
    }

    void signInAccepts()
    {
        Company c;
        LoginDialog login(c.db, c.clock);
        login.userField()->setText(QStringLiteral("admin"));
        login.passwordField()->setText(QStringLiteral("Admin2026"));
        snap(&login, QStringLiteral("login"));
        login.signIn();
        QCOMPARE(login.result(), int(QDialog::Accepted));
        QCOMPARE(login.outcome().actor.userName, QStringLiteral("admin"));
    }

    void db03_expiredPasswordIsChangedBeforeGoingOn()
    {
        Company c;
        FixedClock later(testNow().addDays(90));
        auto outcome = AuthService(*c.db, later).login(QStringLiteral("admin"), QStringLiteral("Admin2026"));
        QVERIFY(outcome && outcome->mustChangePassword);
        int attempts = 0;
        whenDialogOpens<NewPasswordDialog>([&attempts](NewPasswordDialog *d) {
            d->currentField()->setText(QStringLiteral("Admin2026"));
            d->newField()->setText(QStringLiteral("Admin2026")); // the same password: refused
            d->confirmField()->setText(QStringLiteral("Admin2026"));
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            ++attempts;
            QVERIFY(d->isVisible()); // still asking
            snap(d, QStringLiteral("password-expired"));
            d->newField()->setText(QStringLiteral("Spring2026"));
            d->confirmField()->setText(QStringLiteral("Spring2026"));
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QVERIFY(changeRequiredPassword(*c.db, later, *outcome));
        QCOMPARE(attempts, 1);
        auto again = AuthService(*c.db, later).login(QStringLiteral("admin"), QStringLiteral("Spring2026"));
        QVERIFY(again && !again->mustChangePassword);
    }

    void mainWindowListsOnlyModulesTheUserMayUse()
    {
        Company c;
        MainWindow adminWindow(AppContext{c.db, c.admin, &c.clock});
        QCOMPARE(adminWindow.navigation()->count(), 10);
        for (const char *id :
             {"home", "inbox", "requests", "attendance", "people", "supplies", "finance", "contracts", "shop", "admin"})
            QVERIFY2(adminWindow.openModule(QString::fromLatin1(id)), id);
        snap(&adminWindow, QStringLiteral("main-window-admin"));
        QWidget *overview = adminWindow.openModule(QStringLiteral("home"));
        snap(&adminWindow, QStringLiteral("main-window-home"));
        // The database administrator works in every area, with no work areas of their own.
        auto labelSays = [](QWidget *panel, const QString &text) {
            const QList<QLabel *> labels = panel->findChildren<QLabel *>();
            return std::any_of(labels.cbegin(), labels.cend(), [&](QLabel *l) { return l->text() == text; });
        };
        QVERIFY(c.admin.scopes.isEmpty());
        QVERIFY(labelSays(overview, QStringLiteral("all (database administrator)")));

        Actor clerk;
        clerk.userId = 2;
        clerk.userName = QStringLiteral("clerk");
        clerk.level = Level::Clerk;
        MainWindow clerkWindow(AppContext{c.db, clerk, &c.clock});
        QCOMPARE(clerkWindow.navigation()->count(), 3); // overview, approvals, leave and overtime
        QVERIFY(!clerkWindow.openModule(QStringLiteral("admin")));
        QVERIFY(labelSays(clerkWindow.openModule(QStringLiteral("home")), QStringLiteral("none")));
    }

    void anEmptyListSaysWhatToDoFirstUntilItsFirstRow()
    {
        // Issue 19, the first day: the hint shows on an empty list, goes with the first row, comes back.
        QTableWidget table(0, 2);
        table.resize(400, 300);
        EmptyListHint *hint = EmptyListHint::install(&table, QStringLiteral("No rows yet: add one."));
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QVERIFY(hint->label()->isVisible());
        QVERIFY(hint->label()->width() > 300); // across the list, not a sliver
        table.setRowCount(1);
        QVERIFY(!hint->label()->isVisible());
        table.setRowCount(0);
        QVERIFY(hint->label()->isVisible());
        // A new company's employee list says how to begin.
        Company c;
        MainWindow window(AppContext{c.db, c.admin, &c.clock});
        window.resize(1180, 760);
        QWidget *people = window.openModule(QStringLiteral("people"));
        QVERIFY(people);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QLabel *shown = nullptr;
        for (QLabel *l : people->findChildren<QLabel *>(QStringLiteral("emptyListHint")))
            shown = l->isVisible() ? l : shown;
        QVERIFY(shown);
        QVERIFY(shown->text().contains(PeoplePanel::tr("Import a list...").chopped(3)));
        snap(&window, QStringLiteral("people-first-day"));
    }

    void aFilterThatHidesEveryRowSaysSoRatherThanLookingEmpty()
    {
        // A list filtered to nothing must not read "nothing registered yet": it names the filter.
        QTableWidget table(2, 1);
        table.setItem(0, 0, new QTableWidgetItem(QStringLiteral("Taobao")));
        table.setItem(1, 0, new QTableWidgetItem(QStringLiteral("JD")));
        QLineEdit filter;
        QObject::connect(&filter, &QLineEdit::textChanged, &table, [&table](const QString &text) {
            for (int r = 0; r < table.rowCount(); ++r)
                table.setRowHidden(r, !table.item(r, 0)->text().contains(text));
        });
        EmptyListHint *hint = EmptyListHint::install(&table, QStringLiteral("No rows yet: add one."), &filter);
        table.resize(400, 300);
        table.show();
        QVERIFY(QTest::qWaitForWindowExposed(&table));
        QVERIFY(!hint->label()->isVisible());
        filter.setText(QStringLiteral("Tao")); // one row still shows
        QTRY_VERIFY(!hint->label()->isVisible());
        filter.setText(QStringLiteral("Douyin"));
        QTRY_VERIFY(hint->label()->isVisible());
        QVERIFY2(hint->label()->text().contains(QStringLiteral("Douyin")), qPrintable(hint->label()->text()));
        QVERIFY(!hint->label()->text().contains(QStringLiteral("add one")));
        snap(&table, QStringLiteral("filter-matches-nothing"));
        filter.clear();
        QTRY_VERIFY(!hint->label()->isVisible());
        table.setRowCount(0); // truly empty: the list's own hint again
        QVERIFY(hint->label()->isVisible());
        QCOMPARE(hint->label()->text(), QStringLiteral("No rows yet: add one."));
    }

    static QStringList guideAnchors(const QString &file)
    {
        QStringList anchors;
        for (const auto &section : GuideWindow::sections(file))
            anchors << section.first;
        return anchors;
    }

    // Whether the guide window shows the heading of `anchor` (at the top, or the document's end).
    static bool guideShows(GuideWindow *guide, const QString &anchor)
    {
        QString heading;
        for (const auto &[a, h] : GuideWindow::sections(GuideWindow::guideFile()))
            heading = a == anchor ? h : heading;
        QTextBrowser *b = guide->browser();
        for (QTextBlock block = b->document()->begin(); block.isValid(); block = block.next()) {
            if (block.text() != heading || block.blockFormat().headingLevel() == 0)
                continue;
            const QRectF at = b->document()->documentLayout()->blockBoundingRect(block).translated(
                0, -b->verticalScrollBar()->value());
            return at.top() >= 0 && at.bottom() <= b->viewport()->height();
        }
        return false;
    }

    void noKeyDoesTwoThingsOnAnyPage()
    {
        // Two actions on screen with one shortcut are ambiguous: Qt runs neither, and the key
        // seems dead (F5 on the month sheet did nothing while the page and the window both had it).
        Company c;
        MainWindow window(AppContext{c.db, everyone(c.admin), &c.clock});
        window.resize(1180, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList clashes;
        int pages = 0;
        showEveryPage(window, [&](const QString &where) {
            ++pages;
            QHash<QString, QStringList> byKey;
            for (QAction *a : window.findChildren<QAction *>()) {
                if (!a->isEnabled() || a->shortcuts().isEmpty() || a->shortcutContext() == Qt::WidgetShortcut)
                    continue;
                const QList<QObject *> places = a->associatedObjects();
                const bool active = std::any_of(places.cbegin(), places.cend(), [](QObject *o) {
                    auto *w = qobject_cast<QWidget *>(o);
                    return w && (w->isVisible() || qobject_cast<QMenu *>(w)); // a menu bar's menu is reachable
                });
                if (!active)
                    continue;
                for (const QKeySequence &key : a->shortcuts())
                    byKey[key.toString()].append(a->text());
            }
            for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
                if (it.value().size() > 1)
                    clashes.append(where + QStringLiteral(": ") + it.key() + QStringLiteral(" is ")
                                   + it.value().join(QStringLiteral(" and ")));
        });
        QVERIFY(pages >= 45);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));

        // F5 on a page with its own Refresh runs that one.
        auto *attendance = window.openModule(QStringLiteral("attendance"));
        auto *tabs = qobject_cast<QTabWidget *>(attendance) ? qobject_cast<QTabWidget *>(attendance)
                                                            : attendance->findChild<QTabWidget *>();
        QAction *pageRefresh = nullptr;
        for (int i = 0; i < tabs->count() && !pageRefresh; ++i) {
            tabs->setCurrentIndex(i);
            pageRefresh = tabs->currentWidget()->findChild<QAction *>(QStringLiteral("refresh"));
        }
        QVERIFY(pageRefresh);
        QSignalSpy ran(pageRefresh, &QAction::triggered);
        QTest::keyClick(&window, Qt::Key_F5);
        QCOMPARE(ran.count(), 1);
        // Another PC's change refreshes what shows others' changes, never a page's own Refresh
        // (on the orders page that one also imports).
        window.refreshCurrent();
        QCOMPARE(ran.count(), 1);
    }

    void noTwoControlsOnAPageShareAnAltKey()
    {
        // Alt and a letter reaches one control. Two with one letter on a page (the menus File,
        // View, Settings and Help count) make it only move the focus between them.
        Company c;
        MainWindow window(AppContext{c.db, everyone(c.admin), &c.clock});
        window.resize(1180, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto letterOf = [](const QString &text) -> QChar {
            for (qsizetype i = text.indexOf(u'&'); i >= 0 && i + 1 < text.size(); i = text.indexOf(u'&', i + 2))
                if (text.at(i + 1) != u'&')
                    return text.at(i + 1).toUpper();
            return {};
        };
        QHash<QChar, QString> menus;
        for (QAction *menu : window.menuBar()->actions())
            if (const QChar l = letterOf(menu->text()); !l.isNull())
                menus.insert(l, menu->text());
        QVERIFY(menus.size() >= 4);
        QStringList withMenus, withinPages;
        showEveryPage(window, [&](const QString &where) {
            QHash<QChar, QStringList> byLetter;
            auto note = [&](const QString &text) {
                if (const QChar l = letterOf(text); !l.isNull())
                    byLetter[l].append(text);
            };
            for (QWidget *w : window.findChildren<QWidget *>()) {
                if (!w->isVisible() || !w->isEnabled())
                    continue;
                if (auto *b = qobject_cast<QAbstractButton *>(w); b && !qobject_cast<QToolButton *>(w))
                    note(b->text());
                else if (auto *l = qobject_cast<QLabel *>(w); l && l->buddy())
                    note(l->text());
                else if (auto *g = qobject_cast<QGroupBox *>(w); g && g->isCheckable())
                    note(g->title());
                else if (auto *bar = qobject_cast<QTabBar *>(w))
                    for (int i = 0; i < bar->count(); ++i)
                        note(bar->tabText(i));
            }
            for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
                const QString what = where + QStringLiteral(": Alt+") + it.key() + QStringLiteral(" is ");
                if (menus.contains(it.key()))
                    withMenus.append(what + menus.value(it.key()) + QStringLiteral(" and ")
                                     + it.value().join(QStringLiteral(" and ")));
                else if (it.value().size() > 1)
                    withinPages.append(what + it.value().join(QStringLiteral(" and ")));
            }
        });
        withMenus.removeDuplicates();
        withinPages.removeDuplicates();
        QVERIFY2(withMenus.isEmpty(), qPrintable(withMenus.join(QLatin1Char('\n'))));
        QVERIFY2(withinPages.isEmpty(), qPrintable(withinPages.join(QLatin1Char('\n'))));
    }

    void everyPageHasItsSectionOfTheGuideInBothLanguages()
    {
        // Issue 19: every page has a help link to its section of the user guide.
        const QString zh = GuideWindow::guideFile(QStringLiteral("zh_CN"));
        const QString en = GuideWindow::guideFile(QStringLiteral("en"));
        QVERIFY2(!zh.isEmpty() && !en.isEmpty(), "the build copies docs/guide to share/shopdesk/guide");
        const QStringList anchors = guideAnchors(zh);
        QCOMPARE(guideAnchors(en), anchors); // the same sections, in the same order
        QVERIFY(anchors.size() >= 9);

        Company c;
        MainWindow window(AppContext{c.db, everyone(c.admin), &c.clock});
        window.resize(1180, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSet<QString> topics;
        int pages = 0;
        showEveryPage(window, [&](const QString &where) {
            const QString topic = window.pageGuideSection();
            QVERIFY2(anchors.contains(topic), qPrintable(where + QStringLiteral(": ") + topic));
            topics.insert(topic);
            ++pages;
        });
        QVERIFY(pages >= 45);
        QVERIFY2(topics.size() >= 40, "pages name their own sections, not only their area's"); // 45 pages share a few

        // F1 and the button under the areas open the guide at the section of the page shown.
        window.openModule(QStringLiteral("attendance"));
        auto *attendanceTabs = window.currentPanel()->findChild<QTabWidget *>();
        attendanceTabs->setCurrentIndex(2); // the duty roster
        QCOMPARE(window.pageGuideSection(), QStringLiteral("roster"));
        QTest::keyClick(&window, Qt::Key_F1);
        GuideWindow *guide = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            guide = qobject_cast<GuideWindow *>(w) ? qobject_cast<GuideWindow *>(w) : guide;
        QVERIFY(guide);
        QVERIFY(QTest::qWaitForWindowExposed(guide));
        QTRY_VERIFY(guideShows(guide, QStringLiteral("roster")));
        window.openModule(QStringLiteral("admin"));
        auto *adminTabs = qobject_cast<QTabWidget *>(window.currentPanel());
        QVERIFY(adminTabs);
        adminTabs->setCurrentIndex(0); // the users
        QCOMPARE(window.pageGuideSection(), QStringLiteral("users"));
        window.findChild<QToolButton *>(QStringLiteral("pageHelp"))->click();
        QTRY_VERIFY(guideShows(guide, QStringLiteral("users")));
        // A link inside the guide moves within it.
        emit guide->browser()->anchorClicked(QUrl(QStringLiteral("#backup")));
        QTRY_VERIFY(guideShows(guide, QStringLiteral("backup")));
        snap(guide, QStringLiteral("guide-window"));
        guide->close();
    }

    void db05_automaticBackupIsAnnouncedBesideTheUserAndDatabase()
    {
        Company c; // a new company: the first automatic backup is due at once
        MainWindow window(AppContext{c.db, c.admin, &c.clock});
        auto notice = [&]() -> QLabel * {
            for (QLabel *l : window.statusBar()->findChildren<QLabel *>())
                if (l->text().contains(QStringLiteral("shopdesk-")))
                    return l;
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(notice(), 20000);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Nothing is painted over the labels: they stay, each beside the other.
        QVERIFY(window.statusBar()->currentMessage().isEmpty());
        int labelsShown = 0;
        for (QLabel *l : window.statusBar()->findChildren<QLabel *>()) {
            if (!l->isVisible() || l == notice())
                continue;
            ++labelsShown;
            QVERIFY(!l->geometry().intersects(notice()->geometry()));
        }
        QCOMPARE(labelsShown, 3); // user, database, connected
        QTRY_VERIFY(notice()->width() >= notice()->sizeHint().width()); // the whole notice, not cut off
    }

    void userCreatedInAdministrationAppearsInTheAuditLog()
    {
        Company c;
        AdminPanel panel(AppContext{c.db, c.admin, &c.clock});
        panel.resize(1000, 640);
        QAbstractItemModelTester usersTester(panel.usersPage()->model());
        QAbstractItemModelTester auditTester(panel.auditPage()->model());
        whenDialogOpens<UserDialog>([](UserDialog *d) {
            d->userNameField()->setText(QStringLiteral("liuyang"));
            d->levelField()->setCurrentIndex(d->levelField()->findData(int(Level::Clerk)));
            d->passwordField()->setText(QStringLiteral("Liu2026x"));
            d->confirmField()->setText(QStringLiteral("Liu2026x"));
            snap(d, QStringLiteral("admin-new-user"));
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        panel.usersPage()->newAction()->trigger();
        UserTableModel *users = panel.usersPage()->model();
        QVERIFY(users->rowOf(2) >= 0);
        QCOMPARE(users->userAt(users->rowOf(2))->userName, QStringLiteral("liuyang"));
        snap(&panel, QStringLiteral("admin-users"));

        panel.setCurrentWidget(panel.auditPage());
        AuditTableModel *audit = panel.auditPage()->model();
        QVERIFY(audit->rowCount() >= 2);
        QCOMPARE(audit->recordAt(0)->action, QStringLiteral("user.create"));
        QCOMPARE(audit->recordAt(0)->userName, QStringLiteral("admin"));
        panel.auditPage()->textFilter()->setText(QStringLiteral("company"));
        panel.auditPage()->refresh();
        QCOMPARE(audit->rowCount(), 1);
        panel.auditPage()->textFilter()->clear();
        panel.auditPage()->refresh();
        snap(&panel, QStringLiteral("admin-audit"));

        panel.setCurrentWidget(panel.settingsPage());
        panel.settingsPage()->runCheck();
        snap(&panel, QStringLiteral("admin-settings"));
        QVERIFY(panel.settingsPage()->checkReport()->toPlainText().contains(QStringLiteral("ok")));
    }

    void db05_backUpFromAdministrationAndAskToRestore()
    {
        Company c;
        Presence presence(*c.db, c.clock);
        const qint64 mine = *presence.announce(c.admin, QStringLiteral("test"));
        AdminPanel panel(AppContext{c.db, c.admin, &c.clock, mine});
        panel.resize(1000, 640);
        ConnectionsPage *page = panel.connectionsPage();
        QCOMPARE(page->connections()->rowCount(), 1);
        page->backUpNow();
        QTRY_COMPARE_WITH_TIMEOUT(page->backups()->rowCount(), 1, 20000);
        panel.setCurrentWidget(page);
        snap(&panel, QStringLiteral("admin-connections"));

        QSignalSpy asked(&panel, &AdminPanel::restoreRequested);
        page->backups()->setCurrentCell(0, 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        page->restoreSelected();
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().first().toString().endsWith(QStringLiteral(".db")));

        // Someone else signs in on another PC: the restore is refused before any question.
        Actor clerk;
        clerk.userId = 9;
        clerk.userName = QStringLiteral("wangfang");
        QVERIFY(presence.announce(clerk, QStringLiteral("test")));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        page->restoreSelected();
        QCOMPARE(asked.size(), 1);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("wangfang")), qPrintable(MessageBox::lastText()));
    }

    void conflictOffersReloadAndCopiesMyChanges()
    {
        Company c;
        NewUser n;
        n.userName = QStringLiteral("lisi");
        n.password = QStringLiteral("Li2026xx");
        const qint64 id = *UserService(*c.db, c.clock).create(c.admin, n);
        UsersPage page(AppContext{c.db, c.admin, &c.clock});
        page.table()->setCurrentIndex(page.table()->model()->index(page.model()->rowOf(id), 0));
        MessageBox::setNextAnswer(QMessageBox::Yes); // "copy my changes, then reload"
        const QString path = c.path();
        whenDialogOpens<UserDialog>([path, id, &c](UserDialog *d) {
            // Meanwhile another PC saves the same user.
            auto otherPc = Database::open(path);
            UserRecord theirs = *UserRepository(**otherPc).findById(id);
            theirs.displayName = QStringLiteral("李四（另一台电脑）");
            QVERIFY(UserService(**otherPc, c.clock).update(c.admin, theirs));
            d->displayNameField()->setText(QStringLiteral("李四（我的）"));
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        page.editUser();
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("admin")), qPrintable(MessageBox::lastText()));
        QVERIFY(QGuiApplication::clipboard()->text().contains(QStringLiteral("李四（我的）")));
        // Reloaded: the table shows what the other PC saved; nothing of theirs was overwritten.
        QCOMPARE(page.model()->userAt(page.model()->rowOf(id))->displayName, QStringLiteral("李四（另一台电脑）"));
    }

    void apr05_inboxApprovesSeveralAtOnceAndTheCountFollows()
    {
        Org org;
        UserService users(*org.company.db, org.company.clock);
        for (qint64 id : {org.clerk.userId, org.clerk2.userId}) {
            UserRecord u = *UserRepository(*org.company.db).findById(id);
            u.scopes = {QStringLiteral("supplies")};
            QVERIFY(users.update(org.admin, u));
        }
        MainWindow window(AppContext{org.company.db, org.head, &org.company.clock});
        QVERIFY(window.navigation()->item(1)->text().endsWith(QStringLiteral("(2)")));
        auto *inbox = qobject_cast<InboxPanel *>(window.openModule(QStringLiteral("inbox")));
        QVERIFY(inbox);
        QAbstractItemModelTester tester(inbox->model(InboxPanel::Waiting));
        QCOMPARE(inbox->model(InboxPanel::Waiting)->rowCount(), 2);
        window.resize(1100, 700);
        snap(&window, QStringLiteral("inbox-waiting"));
        inbox->view(InboxPanel::Waiting)->selectAll();
        whenDialogOpens<DecisionDialog>([](DecisionDialog *d) {
            d->commentField()->setPlainText(QStringLiteral("同意"));
            snap(d, QStringLiteral("inbox-approve"));
            d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        inbox->approveSelected();
        QCOMPARE(inbox->model(InboxPanel::Waiting)->rowCount(), 0);
        QCOMPARE(inbox->model(InboxPanel::History)->rowCount(), 2);
        QCOMPARE(UserRepository(*org.company.db).findById(org.clerk2.userId)->scopes,
                 QSet<QString>{QStringLiteral("supplies")});
        QCOMPARE(window.navigation()->item(1)->text(), InboxModule().title()); // the count is gone
    }

    // Issue 11 (1), FIN-04: the office records a phone approval choosing the approver from a
    // list; the approver disputes it from *By phone*; the general manager sees the dispute.
    void fin04_aPhoneApprovalIsRecordedThenDisputedInTheInbox()
    {
        Org org;
        UserRecord u = *UserRepository(*org.company.db).findById(org.clerk.userId);
        u.scopes = {QStringLiteral("supplies")};
        QVERIFY(UserService(*org.company.db, org.company.clock).update(org.admin, u)); // waits for the head
        Actor office = org.clerk2;
        office.scopes.insert(QStringLiteral("phone_approvals"));
        {
            InboxPanel inbox(AppContext{org.company.db, office, &org.company.clock});
            inbox.showTab(InboxPanel::Phone);
            QCOMPARE(inbox.model(InboxPanel::Phone)->rowCount(), 1);
            inbox.view(InboxPanel::Phone)->selectRow(0);
            auto *record = inbox.findChild<QAction *>(QStringLiteral("recordPhoneApproval"));
            QVERIFY(record->isEnabled());
            QVERIFY(!inbox.findChild<QAction *>(QStringLiteral("confirmPhoneApproval"))->isEnabled());
            QStringList offered;
            whenDialogOpens<DecisionDialog>([&offered](DecisionDialog *d) {
                for (int i = 0; i < d->phoneApproverField()->count(); ++i)
                    offered << d->phoneApproverField()->itemText(i);
                d->commentField()->setPlainText(QStringLiteral("出差途中电话同意"));
                snap(d, QStringLiteral("inbox-phone-approval"));
                d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            });
            record->trigger();
            QCOMPARE(offered, QStringList{QStringLiteral("head")}); // from the chart, nothing typed
        }
        QCOMPARE(UserRepository(*org.company.db).findById(org.clerk.userId)->scopes,
                 QSet<QString>{QStringLiteral("supplies")});

        InboxPanel head(AppContext{org.company.db, org.head, &org.company.clock});
        head.showTab(InboxPanel::Phone);
        head.resize(1100, 600);
        QCOMPARE(head.model(InboxPanel::Phone)->rowCount(), 1);
        head.view(InboxPanel::Phone)->selectRow(0);
        auto *dispute = head.findChild<QAction *>(QStringLiteral("disputePhoneApproval"));
        QVERIFY(dispute->isEnabled());
        snap(&head, QStringLiteral("inbox-phone-to-confirm"));
        InputDialog::setNextText(QStringLiteral("我没有接到电话"));
        dispute->trigger();
        QVERIFY(!dispute->isEnabled());

        InboxPanel gm(AppContext{org.company.db, org.admin, &org.company.clock});
        gm.showTab(InboxPanel::Phone);
        QCOMPARE(gm.model(InboxPanel::Phone)->rowCount(), 1);
        QVERIFY(RequestTableModel::detailText(*gm.model(InboxPanel::Phone)->requestAt(0))
                    .contains(QStringLiteral("我没有接到电话")));
        // Times as every list shows them, "2026-03-02 09:00", not the locale's short format.
        const auto *asked = gm.model(InboxPanel::Phone)->requestAt(0);
        QVERIFY2(RequestTableModel::detailText(*asked).contains(localMinuteText(fromStoredInstant(asked->createdAt))),
                 qPrintable(RequestTableModel::detailText(*asked)));
    }

    void apr02_requesterSeesProgressAndWithdraws()
    {
        Org org;
        UserRecord u = *UserRepository(*org.company.db).findById(org.clerk.userId);
        u.scopes = {QStringLiteral("hr")};
        QVERIFY(UserService(*org.company.db, org.company.clock).update(org.admin, u));
        InboxPanel inbox(AppContext{org.company.db, org.admin, &org.company.clock});
        inbox.showTab(InboxPanel::Mine);
        QCOMPARE(inbox.model(InboxPanel::Mine)->rowCount(), 1);
        QCOMPARE(inbox.model(InboxPanel::Mine)->index(0, RequestTableModel::Progress).data().toString(),
                 QStringLiteral("0 of 1"));
        inbox.view(InboxPanel::Mine)->selectRow(0);
        snap(&inbox, QStringLiteral("inbox-mine"));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        inbox.withdrawSelected();
        QCOMPARE(inbox.model(InboxPanel::Mine)->requestAt(0)->state, RequestState::Withdrawn);
    }

    void usersFilterNarrowsTheTable()
    {
        Company c;
        NewUser n;
        n.userName = QStringLiteral("zhangsan");
        n.password = QStringLiteral("Zhang2026");
        QVERIFY(UserService(*c.db, c.clock).create(c.admin, n));
        UsersPage page(AppContext{c.db, c.admin, &c.clock});
        QCOMPARE(page.table()->model()->rowCount(), 2);
        page.filter()->setText(QStringLiteral("ZHANG"));
        QCOMPARE(page.table()->model()->rowCount(), 1);
    }
};

int main(int argc, char **argv)
{
    QTemporaryDir settings;
    qputenv("XDG_CONFIG_HOME", settings.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ShopDeskTest"));
    QStandardPaths::setTestModeEnabled(true);
    GuiTest test;
    return QTest::qExec(&test, argc, argv) + runAttendanceGuiTest(argc, argv) + runSuppliesGuiTest(argc, argv)
        + runFinanceGuiTest(argc, argv) + runContractsGuiTest(argc, argv) + runShopGuiTest(argc, argv);
}

#include "GuiTest.moc"
