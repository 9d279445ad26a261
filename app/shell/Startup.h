#pragma once

#include <QString>

class QApplication;

namespace shopdesk {

class Clock;
class Database;
struct LoginOutcome;

// RULE DB-03: an expired, reset or handed-over password is changed before going on. False when
// the user cancels (the program then stops).
bool changeRequiredPassword(Database &db, const Clock &clock, const LoginOutcome &outcome);

// Fills the module registry: the one place that names the modules.
void registerModules();

// The program from start to main window: open the remembered database (or ask with the first-run
// dialog), sign in, change an expired password, show the main window.
int runShopDesk(QApplication &app, const QString &databaseOverride);

} // namespace shopdesk
