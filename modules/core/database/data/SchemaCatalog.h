#pragma once

#include "common/Result.h"

#include <QStringList>

namespace shopdesk {

class Database;

// What the engine says about the database itself: which tables and triggers exist, and SQLite's
// own integrity and foreign-key checks of a file. The SQL behind opening a company database and
// DatabaseCheck.
class SchemaCatalog
{
public:
    explicit SchemaCatalog(Database &db) : m_db(db) {}

    // False also when the file cannot be read: the caller treats both as "not there".
    bool hasTable(const QString &name) const;
    bool hasTrigger(const QString &name) const;
    // The tables that hold rows (not SQLite's own, nor a virtual table or the tables behind it),
    // by name; and a table's columns, in order (issue 20's transfer).
    Result<QStringList> tables() const;
    Result<QStringList> columns(const QString &table) const;
    // PRAGMA integrity_check: {"ok"} when sound, else its messages; none on a server.
    Result<QStringList> integrityMessages() const;
    // PRAGMA foreign_key_check: "table, rowid" of every row pointing to a missing row.
    struct BrokenLink
    {
        QString table;
        QString rowId;
    };
    Result<QList<BrokenLink>> brokenLinks() const;

private:
    bool exists(const QString &sql, const QString &name) const;
    Result<QStringList> names(const QString &sql, const QVariantList &values) const;
    Database &m_db;
};

} // namespace shopdesk
