#!/usr/bin/env bash
# Apply resources/sql/NNNN_*.sql to database DBNAME the way the C++ migration runner does.
#
# Usage: PGHOST=... PGPORT=... PGUSER=<database owner> tests/db/apply_migrations_with_psql.sh DBNAME
#
# * creates DBNAME if missing (UTF8, ICU uk-UA collation, owner = PGUSER);
# * one transaction: bootstrap (schema kontakt + schema_migration), SET LOCAL search_path, then
#   every pending file sent as ONE multi-statement simple-query string (psql -c), each followed
#   by its schema_migration row (version = numeric prefix, name = rest of the file name);
# * files whose version is already in schema_migration are skipped.
# Exit status: 0 on success, non-zero (and nothing applied) on any error.
set -euo pipefail

if [[ $# -ne 1 || -z "$1" ]]; then
    echo "usage: $0 DBNAME   (env: PGHOST, PGPORT, PGUSER)" >&2
    exit 2
fi
db=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
sqldir=${KONTAKT_SQL_DIR:-$here/../../resources/sql}
owner=${PGUSER:-$(id -un)}

psql_base=(psql -X -v ON_ERROR_STOP=1 -At)

# 1. the database
exists=$("${psql_base[@]}" -d postgres -v db="$db" <<'SQL'
SELECT count(*) FROM pg_database WHERE datname = :'db';
SQL
)
if [[ "$exists" == "0" ]]; then
    "${psql_base[@]}" -d postgres -q -v db="$db" -v owner="$owner" <<'SQL'
SELECT format('CREATE DATABASE %I OWNER %I TEMPLATE template0 ENCODING %L LOCALE_PROVIDER icu ICU_LOCALE %L LOCALE %L',
              :'db', :'owner', 'UTF8', 'uk-UA', 'C.UTF-8') \gexec
SQL
fi

# 2. what is applied already
applied=
if [[ $("${psql_base[@]}" -d "$db" -c "SELECT to_regclass('kontakt.schema_migration') IS NOT NULL") == t ]]; then
    applied=$("${psql_base[@]}" -d "$db" -c "SELECT string_agg(version::text, ' ') FROM kontakt.schema_migration")
fi

# 3. one transaction: bootstrap, search_path, each pending file + its bookkeeping row
args=(-c "CREATE SCHEMA IF NOT EXISTS kontakt; CREATE TABLE IF NOT EXISTS kontakt.schema_migration(version int primary key, name text not null, applied_at timestamptz not null default now(), applied_by text not null default session_user);"
      -c "SET LOCAL search_path = kontakt, public")
pending=0
shopt -s nullglob
for f in "$sqldir"/[0-9][0-9][0-9][0-9]_*.sql; do
    base=$(basename "$f" .sql)
    version=$((10#${base%%_*}))
    name=${base#*_}
    if [[ " $applied " == *" $version "* ]]; then
        continue
    fi
    args+=(-c "$(cat "$f")")
    args+=(-c "INSERT INTO kontakt.schema_migration(version, name) VALUES ($version, '${name//\'/\'\'}')")
    echo "apply $base" >&2
    pending=$((pending + 1))
done
if [[ $pending -eq 0 ]]; then
    echo "nothing to apply" >&2
    exit 0
fi
"${psql_base[@]}" -q --single-transaction -d "$db" "${args[@]}" >/dev/null
echo "applied $pending file(s) to $db" >&2
