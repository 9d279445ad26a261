#include "database/data/SchemaCatalog.h"

#include "database/data/Database.h"

namespace shopdesk {

bool SchemaCatalog::exists(const QString &type, const QString &name) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = ? AND name = ?"));
    q.addBindValue(type);
    q.addBindValue(name);
    return q.exec() && q.next();
}

bool SchemaCatalog::hasTable(const QString &name) const
{
    return exists(QStringLiteral("table"), name);
}

bool SchemaCatalog::hasTrigger(const QString &name) const
{
    return exists(QStringLiteral("trigger"), name);
}

Result<QStringList> SchemaCatalog::integrityMessages() const
{
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
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return Database::failure(q);
    QList<BrokenLink> links;
    while (q.next())
        links.append({q.value(0).toString(), q.value(1).toString()});
    return links;
}

} // namespace shopdesk
