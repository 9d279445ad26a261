#!/usr/bin/env bash
# Issue 20: a PostgreSQL server for the tests. Starts Debian's cluster on localhost if it is down,
# makes the role and database `shopdesk_test` (password `shopdesk_test`, allowed to create the
# databases and roles later tests use), and prints their URL for SHOPDESK_TEST_PG_URL. Exits 1 with the
# reason where it cannot: no PostgreSQL installed, or neither root nor password-less sudo.
set -euo pipefail

command -v pg_lsclusters >/dev/null || { echo "PostgreSQL is not installed" >&2; exit 1; }
sudo=""
if [ "$(id -u)" -ne 0 ]; then
    sudo -n true 2>/dev/null || { echo "starting PostgreSQL needs root or sudo" >&2; exit 1; }
    sudo="sudo -n"
fi
as_postgres() { (cd / && $sudo runuser -u postgres -- "$@"); } # from /: its home may be closed to postgres

if [ -z "$(pg_lsclusters -h)" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -1)
    $sudo pg_createcluster "$version" main >&2
fi
read -r version cluster port status _ < <(pg_lsclusters -h | head -1)
if [ "$status" != "online" ]; then
    # Its messages ("Removed stale pid file.") go to stderr: stdout carries only the URL.
    $sudo pg_ctlcluster "$version" "$cluster" start >&2
fi

as_postgres psql -q -X -v ON_ERROR_STOP=1 -p "$port" >/dev/null <<'SQL'
SELECT 'CREATE ROLE shopdesk_test LOGIN CREATEDB CREATEROLE PASSWORD ''shopdesk_test'''
WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'shopdesk_test') \gexec
ALTER ROLE shopdesk_test LOGIN CREATEDB CREATEROLE PASSWORD 'shopdesk_test';
SELECT 'CREATE DATABASE shopdesk_test OWNER shopdesk_test'
WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'shopdesk_test') \gexec
SQL
echo "postgresql://shopdesk_test:shopdesk_test@localhost:$port/shopdesk_test"
