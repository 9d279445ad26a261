#!/usr/bin/env bash
# Issue 20: the program's C++ keeps to SQL both SQLite and PostgreSQL run; what each spells its
# own way goes through SqlDialect (modules/core/database/data/SqlDialect.cpp, the one file
# allowed these), and binds values through Database. Prints each SQLite-only construct or direct
# bind found, with its file and line, and fails.
set -euo pipefail
cd "$(dirname "$0")/.."

patterns=(
    'lastInsertId\('          # Database::execInsert + insertedId: RETURNING id
    'group_concat\('          # SqlDialect::joined, joinedDistinct
    'julianday\('             # SqlDialect::secondsBetween
    "strftime\\('"            # SqlDialect::dayAt, monthAt
    "datetime\\("             # SqlDialect::dayAt
    "'localtime'"             # SqlDialect::localDay
    'INSERT OR (IGNORE|REPLACE)' # ON CONFLICT DO NOTHING / DO UPDATE
    'COLLATE NOCASE'          # SqlDialect::equalsIgnoringCase
    'instr\(lower'            # SqlDialect::containsIgnoringCase
    "LIKE \\? ESCAPE"         # SqlDialect::likeIgnoringCase
    '[ (,]total\([a-z_.]+\)'  # coalesce(sum(x), 0.0)
    'char\(3[01]\)'           # SqlDialect::character
    "x''"                     # a blob literal: bind a QByteArray, or read NULL as empty
    '[ (,]max\(\?,'          # SqlDialect::later (max of two values is SQLite's; greatest)
)
found=0
for p in "${patterns[@]}"; do
    while IFS= read -r hit; do
        code=${hit#*:*:}
        [[ "$code" =~ ^[[:space:]]*// ]] && continue # a comment naming it
        echo "SQLite-only SQL: $hit"
        found=1
    done < <(grep -rnE --include='*.cpp' --include='*.h' "$p" modules app \
        | grep -v '^modules/core/database/data/SqlDialect\.cpp:' || true)
done
# Values reach a statement through Database (addBindValues, execPrepared): a bool bound directly
# would reach PostgreSQL as TRUE or FALSE, which its integer columns refuse.
while IFS= read -r hit; do
    echo "value bound outside Database: $hit"
    found=1
done < <(grep -rnE --include='*.cpp' --include='*.h' '(addBindValue|\.bindValue)\(' modules app \
    | grep -v '^modules/core/database/data/Database\.cpp:' || true)
[ "$found" -eq 0 ] && echo "no SQLite-only SQL outside SqlDialect"
exit "$found"
