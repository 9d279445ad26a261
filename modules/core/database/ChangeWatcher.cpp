#include "database/ChangeWatcher.h"

#include "database/data/Database.h"

#include <QSqlDriver>

namespace shopdesk {

ChangeWatcher::ChangeWatcher(std::shared_ptr<Database> database, int intervalMs, QObject *parent)
    : QObject(parent), m_database(std::move(database))
{
    if (m_database->isOnServer()) {
        QSqlDriver *driver = m_database->listeningConnection().driver();
        const QString channel = QLatin1String(Database::kChangesChannel);
        // One subscription per connection; every watcher of this Database hears it.
        if (!driver->subscribedToNotifications().contains(channel))
            driver->subscribeToNotification(channel);
        connect(driver, &QSqlDriver::notification, this,
                [this, channel](const QString &name, QSqlDriver::NotificationSource, const QVariant &writer) {
                    if (name == channel && writer.toString() != m_database->writerMark())
                        emit changedElsewhere();
                });
        return;
    }
    auto first = m_database->dataVersion();
    m_lastVersion = first ? *first : -1;
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_timer.start();
}

void ChangeWatcher::poll()
{
    if (m_database->isOnServer())
        return; // told, not asked
    auto version = m_database->dataVersion();
    if (!version || *version == m_lastVersion)
        return;
    m_lastVersion = *version;
    emit changedElsewhere();
}

} // namespace shopdesk
