#pragma once

#include "ui/Module.h"

#include <QHash>
#include <QMainWindow>

class QLabel;
class QTimer;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace shopdesk {

// The shell: modules the user may use on the left, the chosen module's panel on the right
// (created on first show), a status bar with user, database and connection state.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext context, QWidget *parent = nullptr);

    QListWidget *navigation() const { return m_navigation; }
    // Shows the module's panel, creating it on first use; null when the user may not use it.
    QWidget *openModule(const QString &moduleId);
    QWidget *currentPanel() const;

    // The user guide's section (its anchor) for the page shown now (issue 19).
    QString pageGuideSection() const;

    // The message the status bar shows while a write waits for another PC (tests read it).
    QString waitMessage() const;

signals:
    // Administration asked to replace the database with this backup; the shell closes the
    // window, restores, and signs in again.
    void restoreRequested(const QString &backupFile);

public slots:
    void refreshCurrent();
    void refreshShownPage();
    // The counts beside module titles (what waits in the inbox, RULE APR-05).
    void refreshBadges();
    // The status bar's lines from every area (who covers customer service now, CS-01).
    void refreshStatusLines();
    void openModuleById(const QString &moduleId);
    void changeOwnPassword();
    // F1 and the help button: the guide, open at this page's section.
    void showGuideForPage();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showModuleAt(int row);
    void startSharedFileDuties();

    AppContext m_context;
    QList<const Module *> m_modules;
    QHash<QString, QWidget *> m_panels;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    QLabel *m_state;
    QLabel *m_duty; // the areas' status lines (Module::statusLine)
    QLabel *m_notice; // a passing notice such as "automatic backup made", cleared after a while
};

} // namespace shopdesk
