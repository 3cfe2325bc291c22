#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server: installs Debian's postgresql if it is
# missing, creates a cluster in a temporary directory as the postgres user (initdb refuses to
# run as root), starts it on 127.0.0.1, runs the command with TEST_DATABASE_URL set, and stops it.
# Usage: bash scripts/with-postgres.sh npx vitest run --project postgres
set -euo pipefail

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
port=${PGPORT_FOR_TESTS:-54329}
data=$(mktemp -d /tmp/provenance-pg.XXXXXX)
chown postgres "$data"
run_as_postgres() { su postgres -s /bin/bash -c "$*"; }

run_as_postgres "$bin/initdb -D $data -U postgres -A trust -E UTF8 --locale=C.UTF-8" >/dev/null
run_as_postgres "$bin/pg_ctl -D $data -l $data/server.log -w -o \"-p $port -k $data -c listen_addresses=127.0.0.1 -c max_connections=200\" start" >/dev/null
stop() {
  run_as_postgres "$bin/pg_ctl -D $data -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$data"
}
trap stop EXIT

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on $TEST_DATABASE_URL"
"$@"
