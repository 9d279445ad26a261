#include "settings/data/SettingsStore.h"

#include "database/data/Database.h"

namespace shopdesk {

QString SettingsStore::value(const QString &key, const QString &fallback) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    Database::addBindValues(q, {key});
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

int SettingsStore::intValue(const QString &key, int fallback) const
{
    bool ok = false;
    const int v = value(key).toInt(&ok);
    return ok ? v : fallback;
}

Status SettingsStore::set(const QString &key, const QString &value)
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(
        q,
        QStringLiteral("INSERT INTO settings(key, value) VALUES (?, ?) "
                       "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        {key, value.isNull() ? QStringLiteral("") : value}); // an empty setting is "", never NULL
}

} // namespace shopdesk
