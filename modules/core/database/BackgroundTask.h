#pragma once

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>

namespace shopdesk {

class Database;

// Runs one piece of database work on its own thread and connection, so a backup or a heartbeat
// never freezes the window; `done` runs back on the GUI thread with the work's message.
// The thread's connection is closed before the thread ends. `work` must not touch `owner`: the
// owner's destruction waits for it only once the owner's own members are gone; give it copies.
void runInBackground(QObject *owner, std::shared_ptr<Database> database, std::function<QString()> work,
                     std::function<void(const QString &message)> done);

} // namespace shopdesk
