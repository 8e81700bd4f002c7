#!/usr/bin/env bash
# Throwaway PostgreSQL cluster for the test suite (a CTest fixture).
#   pg_test_cluster.sh start DIR PORT   initdb (trust, UTF-8) and start, socket in DIR
#   pg_test_cluster.sh stop DIR         stop and remove DIR
# Owner/superuser is kontakt_owner, as on the embedded cluster. Runs initdb/pg_ctl as postgres
# when root (they refuse root); DIR must be reachable by that user, so keep it under /tmp.
set -euo pipefail
cmd=${1:?start|stop}
dir=${2:?cluster folder}
bindir=${KONTAKT_PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[ -x "$bindir/initdb" ] || { echo "PostgreSQL server binaries not found: apt install postgresql-15" >&2; exit 2; }
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

case "$cmd" in
start)
  port=${3:?port}
  if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true; fi
  rm -rf "$dir"
  mkdir -p "$dir"
  [ "$(id -u)" = 0 ] && chown postgres: "$dir"
  as_owner "$bindir/initdb" -D "$dir/data" -U kontakt_owner -A trust -E UTF8 --locale=C.UTF-8 \
      --locale-provider=icu --icu-locale=uk-UA >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses= -c port=$port -c unix_socket_directories=$dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  echo "test cluster up: host=$dir port=$port"
  ;;
stop)
  if [ -f "$dir/data/postmaster.pid" ]; then as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true; fi
  rm -rf "$dir"
  ;;
*) echo "usage: $0 start DIR PORT | stop DIR" >&2; exit 2 ;;
esac
