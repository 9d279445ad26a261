#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace shopdesk::Language {

// "auto" follows the system: Simplified Chinese on a Chinese system, English otherwise.
QStringList choices(); // auto, zh_CN, en
QString chosen(); // from the settings
void choose(const QString &language);
// The language actually used: zh_CN or en.
QString effective();
// Loads the program's and Qt's own translations; call once after the application exists.
void install(QCoreApplication &app);

} // namespace shopdesk::Language
