#include "database/BackgroundTask.h"

#include "database/data/Database.h"

#include <QPointer>

namespace shopdesk {

void runInBackground(QObject *owner, std::shared_ptr<Database> database, std::function<QString()> work,
                     std::function<void(const QString &)> done)
{
    auto message = std::make_shared<QString>();
    QThread *thread = QThread::create([database, work, message] {
        *message = work();
        database->releaseThreadConnection();
    });
    QPointer<QObject> guard(owner);
    QObject::connect(thread, &QThread::finished, owner, [guard, done, message, thread] {
        thread->deleteLater();
        if (guard && done)
            done(*message);
    });
    // The owner waits for the work on destruction: a thread must not outlive its database.
    QObject::connect(owner, &QObject::destroyed, thread, [thread] { thread->wait(); });
    thread->start();
}

} // namespace shopdesk
