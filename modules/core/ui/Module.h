#pragma once

#include "users/domain/Permissions.h"

#include <QIcon>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace shopdesk {

class Clock;
class Database;

// What a panel is handed: the open database, who is working, the clock, and this program's
// presence row (0 when it has none).
struct AppContext
{
    std::shared_ptr<Database> database;
    Actor actor;
    const Clock *clock = nullptr;
    qint64 sessionId = 0;

    // The database opened read-only (newer than the program, or a read-only file): panels
    // offer no writing then; the banner says why.
    bool readOnly() const;
};

// One area of the program as the shell sees it (STYLE 4). The shell never names a module's
// classes: it lists the registry, shows those the user may use, and creates panels lazily.
class Module
{
public:
    virtual ~Module() = default;
    virtual QString id() const = 0;
    virtual QString title() const = 0; // translated
    virtual QIcon icon() const = 0;
    // The permissions the module defines; registered once at start-up.
    virtual QList<Permission> permissions() const = 0;
    // The user sees the module when they may do this.
    virtual QString openAction() const = 0;
    virtual QWidget *createPanel(const AppContext &context, QWidget *parent) const = 0;
    // What the area defines once beyond its permissions (its approval types); called when the
    // module is registered.
    virtual void defineTypes() const {}
    // Each time a company database is opened, before anyone signs in: the area's housekeeping
    // that must not wait for a user of the area to come by.
    virtual void databaseOpened(Database &, const Clock &) const {}
    // A short count shown beside the title (what waits in the inbox); empty: none.
    virtual QString badge(const AppContext &) const { return {}; }
    // Lines for the overview page: what the user needs from this area first thing (issue 11);
    // the page opens the module when a line is chosen.
    virtual QStringList overview(const AppContext &) const { return {}; }
    // A few words for the main window's status bar, whatever the user's areas, read again each
    // minute (who covers customer service now, CS-01); empty: none.
    virtual QString statusLine(const AppContext &) const { return {}; }
};

class ModuleRegistry
{
public:
    static ModuleRegistry &instance();
    void add(std::unique_ptr<Module> module); // defines its permissions
    const std::vector<std::unique_ptr<Module>> &modules() const { return m_modules; }
    QList<const Module *> visibleTo(const Actor &actor) const;
    // Tells every module that a company database was opened (Module::databaseOpened).
    void databaseOpened(Database &db, const Clock &clock) const;

private:
    std::vector<std::unique_ptr<Module>> m_modules;
};

} // namespace shopdesk
