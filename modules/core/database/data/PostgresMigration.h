#pragma once

#include <QString>

namespace shopdesk {

// Issue 20: a migration written for SQLite, as PostgreSQL runs it. The numbered scripts in sql/
// are the schema's one text; this mapping carries what differs only in spelling:
// - types: INTEGER -> BIGINT (fen, ids, seconds need 64 bits; PostgreSQL's INTEGER has 32),
//   `id INTEGER PRIMARY KEY` -> an identity column, REAL -> DOUBLE PRECISION, BLOB -> BYTEA,
//   no WITHOUT ROWID;
// - `a IS NOT b` / `a IS b` (b not NULL) -> IS [NOT] DISTINCT FROM;
// - INSERT OR IGNORE -> ON CONFLICT DO NOTHING;
// - COLLATE NOCASE -> an ICU collation of that name that ignores case, made when first used;
// - a column REFERENCES a table the same script creates later -> a foreign key added at its end;
// - a trigger -> a PL/pgSQL function of the trigger's name (its WHEN as an IF, so it may hold a
//   subquery, and RAISE(ABORT, 'why') as RAISE EXCEPTION with the same words), and the trigger
//   calling it; DROP TRIGGER -> DROP FUNCTION ... CASCADE.
// What it does not cover (date functions, GLOB, fts5, a table rebuilt to change a CHECK) a script
// spells in its PostgreSQL twin, sql/postgresql/NNNN_name.sql, which is then mapped the same way:
// the twin differs from the SQLite script only where the engines do.
class PostgresMigration
{
public:
    // The script's statements for PostgreSQL, each ending with ';' at the end of a line (function
    // bodies are $$-quoted), as Migrations::splitStatements reads them.
    static QString fromSqlite(const QString &script);
};

} // namespace shopdesk
