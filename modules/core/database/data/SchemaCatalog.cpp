#include "database/data/SchemaCatalog.h"

#include "database/data/Database.h"

namespace shopdesk {

bool SchemaCatalog::exists(const QString &sql, const QString &name) const
{
    QSqlQuery q = m_db.query();
    return Database::execPrepared(q, sql, {name}) && q.next();
}

bool SchemaCatalog::hasTable(const QString &name) const
{
    return exists(m_db.dialect().tableExists(), name);
}

bool SchemaCatalog::hasTrigger(const QString &name) const
{
    // On a server a trigger is switched off (ALTER TABLE ... DISABLE TRIGGER) rather than dropped:
    // one that is off counts as missing.
    if (m_db.isOnServer())
        return exists(QStringLiteral("SELECT 1 FROM pg_trigger WHERE tgname = ? AND NOT tgisinternal "
                                     "AND tgenabled <> 'D'"),
                      name);
    return exists(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'trigger' AND name = ?"), name);
}

Result<QStringList> SchemaCatalog::integrityMessages() const
{
    if (m_db.isOnServer())
        return QStringList(); // the server keeps its own pages: nothing of a file's kind to check
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return Database::failure(q);
    QStringList messages;
    while (q.next())
        messages.append(q.value(0).toString());
    return messages;
}

Result<QList<SchemaCatalog::BrokenLink>> SchemaCatalog::brokenLinks() const
{
    if (m_db.isOnServer())
        return QList<BrokenLink>(); // a server checks each as it is written (only its superuser can stop that)
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Database::failure(q);
    QList<BrokenLink> links;
    while (q.next())
        links.append({q.value(0).toString(), q.value(1).toString()});
    return links;
}

} // namespace shopdesk
