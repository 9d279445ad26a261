#pragma once

#include <QString>

class QApplication;

namespace shopdesk {

// Fills the module registry: the one place that names the modules.
void registerModules();

// The program from start to main window: open the remembered database (or ask with the first-run
// dialog), sign in, change an expired password, show the main window.
int runShopDesk(QApplication &app, const QString &databaseOverride);

} // namespace shopdesk
