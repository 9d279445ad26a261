#include "database/ChangeWatcher.h"

#include "database/data/Database.h"

namespace shopdesk {

ChangeWatcher::ChangeWatcher(std::shared_ptr<Database> database, int intervalMs, QObject *parent)
    : QObject(parent), m_database(std::move(database))
{
    auto first = m_database->dataVersion();
    m_lastVersion = first ? *first : -1;
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_timer.start();
}

void ChangeWatcher::poll()
{
    auto version = m_database->dataVersion();
    if (!version || *version == m_lastVersion)
        return;
    m_lastVersion = *version;
    emit changedElsewhere();
}

} // namespace shopdesk
