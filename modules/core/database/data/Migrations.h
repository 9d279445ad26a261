#pragma once

#include "common/Result.h"
#include "database/data/SqlDialect.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace shopdesk {

class Database;

// Numbered SQL files in sql/ (embedded as :/sql/NNNN_name.sql), applied in order, each in its
// own transaction and recorded with its SHA-256 (STYLE 5, RULE DB-06).
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    struct Script
    {
        int version = 0;
        QString name;
        QByteArray sql;
        QByteArray checksum; // hex SHA-256 of the file
    };

    struct State
    {
        int databaseVersion = 0; // highest applied
        int programVersion = 0; // highest this program knows
        QList<int> pending;
        QString problem; // an edited old migration, or a newer database: read-only
        bool isNewerThanProgram() const { return databaseVersion > programVersion; }
    };

    // The scripts compiled into the program, as `engine` runs them: on PostgreSQL each mapped by
    // PostgresMigration, from its twin in sql/postgresql/ where it has one.
    static QList<Script> builtIn(SqlEngine engine = SqlEngine::Sqlite);
    static int latestVersion();
    static QStringList splitStatements(const QString &sql);

    // The built-in scripts for the database's engine, or others (tests).
    explicit Migrations(Database &db);
    Migrations(Database &db, QList<Script> scripts);
    Result<State> inspect() const;
    // Applies everything pending. Returns the new state.
    Result<State> migrate();
    // Inspects, then migrates when allowed; marks the database read-only (with a reason naming
    // both versions) when it is newer than the program or an old script was edited.
    Result<State> bringUpToDate();

private:
    Status apply(const Script &script);

    Database &m_db;
    QList<Script> m_scripts;
};

} // namespace shopdesk
