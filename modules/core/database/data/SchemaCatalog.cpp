#include "database/data/SchemaCatalog.h"

#include "database/data/Database.h"

#include <algorithm>

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

Result<QStringList> SchemaCatalog::names(const QString &sql, const QVariantList &values) const
{
    QSqlQuery q = m_db.query();
    if (Status s = Database::execPrepared(q, sql, values); !s)
        return s.failure();
    QStringList names;
    while (q.next())
        names.append(q.value(0).toString());
    return names;
}

Result<QStringList> SchemaCatalog::tables() const
{
    if (m_db.isOnServer())
        return names(QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                                    "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"),
                     {});
    auto virtualTables = names(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE "
                                              "'CREATE VIRTUAL TABLE%'"),
                               {});
    auto all = names(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                    "'sqlite\\_%' ESCAPE '\\' ORDER BY name"),
                     {});
    if (!virtualTables || !all)
        return virtualTables ? all : virtualTables;
    QStringList rows;
    for (const QString &table : *all) {
        const bool isVirtual = virtualTables->contains(table);
        const bool behindVirtual = std::any_of(virtualTables->cbegin(), virtualTables->cend(),
                                               [&](const QString &v) { return table.startsWith(v + u'_'); });
        if (!isVirtual && !behindVirtual)
            rows.append(table);
    }
    return rows;
}

Result<QStringList> SchemaCatalog::columns(const QString &table) const
{
    if (m_db.isOnServer())
        return names(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                    "current_schema() AND table_name = ? ORDER BY ordinal_position"),
                     {table});
    return names(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
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
