#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the test suite and print its URL.
# Installs Debian's server when it is missing; runs the server as the
# `postgres` user in a private directory on a private port, so it never
# touches a cluster the machine may already have.
set -euo pipefail
PGPORT="${FACTFINDER_PG_PORT:-54329}"
PGROOT="${FACTFINDER_PG_DIR:-/tmp/factfinder-pg}"

pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$pgbin" ] || [ ! -x "$pgbin/initdb" ]; then
  echo "start-postgres: installing Debian's postgresql package" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

run_as_postgres() {
  if [ "$(id -u)" = "0" ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

if [ "$(id -u)" = "0" ]; then mkdir -p "$PGROOT" && chown postgres "$PGROOT"; else mkdir -p "$PGROOT"; fi
if [ ! -f "$PGROOT/data/PG_VERSION" ]; then
  run_as_postgres "$pgbin/initdb -D $PGROOT/data -U postgres --auth=trust -E UTF8 >/dev/null"
fi
if ! run_as_postgres "$pgbin/pg_ctl -D $PGROOT/data status" >/dev/null 2>&1; then
  if ! run_as_postgres "$pgbin/pg_ctl -D $PGROOT/data -l $PGROOT/log -w -o '-p $PGPORT -k $PGROOT -c listen_addresses=127.0.0.1 -c fsync=off' start" >&2; then
    # pg_ctl only says "Examine the log output": show it, and name the usual cause.
    echo "start-postgres: the server in $PGROOT/data did not start; the end of $PGROOT/log:" >&2
    tail -n 5 "$PGROOT/log" >&2 || true
    if tail -n 20 "$PGROOT/log" 2>/dev/null | grep -q "Address already in use"; then
      echo "start-postgres: port $PGPORT is taken by another server; stop it, or choose a free port with" \
        "FACTFINDER_PG_PORT=<port> (and a directory of its own with FACTFINDER_PG_DIR=<dir>)" >&2
    fi
    exit 1
  fi
fi
echo "postgresql+psycopg://postgres@127.0.0.1:$PGPORT/postgres"
