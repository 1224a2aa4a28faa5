#!/usr/bin/env bash
# Starts throw-away PostgreSQL 15 and Redis 7 servers on 127.0.0.1 for the service-backed test
# suites and the batch benchmark, and prints the environment they need:
#
#   eval "$(scripts/start-services.sh start)"   # exports TEST_DATABASE_URL and REDIS_URL
#   scripts/start-services.sh stop               # stops both and removes their data
#
# Data lives in a temporary folder (CW_SERVICES_DIR, default /tmp/counterweight-services) and is
# never kept. PostgreSQL refuses to run as root, so under root it runs as the `postgres` user.
# Installs the Debian packages when missing (CI starts from a bare machine).
set -euo pipefail

DIR="${CW_SERVICES_DIR:-${TMPDIR:-/tmp}/counterweight-services}"
PG_PORT="${CW_PG_PORT:-55432}"
REDIS_PORT="${CW_REDIS_PORT:-6379}"
PG_DB=counterweight_test

pg_bin() {
  local found
  found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  [ -n "$found" ] && echo "$found"
}

as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_missing() {
  local need=()
  [ -n "$(pg_bin)" ] || need+=(postgresql)
  command -v redis-server >/dev/null || need+=(redis-server)
  if [ ${#need[@]} -gt 0 ]; then
    echo "services: installing ${need[*]}" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  fi
}

start() {
  install_missing
  local bin
  bin="$(pg_bin)"
  mkdir -p "$DIR"
  chmod 755 "$DIR"
  if ! "$bin/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
    rm -rf "$DIR/pg"
    mkdir -p "$DIR/pg"
    [ "$(id -u)" = 0 ] && chown postgres: "$DIR/pg"
    as_postgres "$bin/initdb" -D "$DIR/pg/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    as_postgres "$bin/pg_ctl" -D "$DIR/pg/data" -l "$DIR/pg/log" -w -o \
      "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $DIR/pg -c fsync=off -c max_connections=200" start >/dev/null
  fi
  "$bin/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$PG_DB'" |
    grep -q 1 || "$bin/createdb" -h 127.0.0.1 -p "$PG_PORT" -U postgres "$PG_DB"
  if ! redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
    mkdir -p "$DIR/redis"
    redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --dir "$DIR/redis" \
      --pidfile "$DIR/redis/redis.pid" --logfile "$DIR/redis/log" --save "" --appendonly no >/dev/null
    for _ in $(seq 50); do redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done
  fi
  echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PG_PORT/$PG_DB"
  echo "export REDIS_URL=redis://127.0.0.1:$REDIS_PORT"
}

stop() {
  local bin
  bin="$(pg_bin || true)"
  if [ -n "$bin" ] && [ -d "$DIR/pg/data" ]; then
    as_postgres "$bin/pg_ctl" -D "$DIR/pg/data" -m fast stop >/dev/null 2>&1 || true
  fi
  if [ -f "$DIR/redis/redis.pid" ]; then
    redis-cli -h 127.0.0.1 -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
