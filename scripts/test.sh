#!/usr/bin/env bash
# Runs the whole suite against real PostgreSQL and Redis, with browser tests in Debian's Chromium.
# Uses DATABASE_URL / REDIS_URL when set; otherwise the local servers on 127.0.0.1:5432 and
# :6379; otherwise starts throwaway servers from local binaries; otherwise says what to install.
set -euo pipefail
cd "$(dirname "$0")/.."
PATH="$PWD/.venv/bin:$PATH"
THROWAWAY="$(mktemp -d -t practica-test-XXXXXX)"
cleanup() {
  if [ -f "$THROWAWAY/pg/postmaster.pid" ]; then
    runuser -u postgres -- pg_ctl -D "$THROWAWAY/pg" -m immediate stop >/dev/null 2>&1 ||
      pg_ctl -D "$THROWAWAY/pg" -m immediate stop >/dev/null 2>&1 || true
  fi
  if [ -f "$THROWAWAY/redis.pid" ]; then kill "$(cat "$THROWAWAY/redis.pid")" 2>/dev/null || true; fi
  rm -rf "$THROWAWAY"
}
trap cleanup EXIT

pg_bin() {
  local name=$1
  command -v "$name" 2>/dev/null && return 0
  ls /usr/lib/postgresql/*/bin/"$name" 2>/dev/null | sort -V | tail -1
}

if [ -z "${DATABASE_URL:-}" ]; then
  if python -c 'import socket; socket.create_connection(("127.0.0.1", 5432), 1)' 2>/dev/null; then
    export DATABASE_URL="postgres://postgres@127.0.0.1:5432/practica"
  elif [ -n "$(pg_bin initdb)" ]; then
    echo "No PostgreSQL on 127.0.0.1:5432: starting a throwaway one on port 54329."
    mkdir -p "$THROWAWAY/pg"
    if [ "$(id -u)" = 0 ]; then
      chown -R postgres "$THROWAWAY"
      RUN=(runuser -u postgres --)
    else
      RUN=()
    fi
    "${RUN[@]}" "$(pg_bin initdb)" -D "$THROWAWAY/pg" -U postgres -A trust >/dev/null
    "${RUN[@]}" "$(pg_bin pg_ctl)" -D "$THROWAWAY/pg" -o "-p 54329 -k $THROWAWAY -c listen_addresses=127.0.0.1" -w start >/dev/null
    export DATABASE_URL="postgres://postgres@127.0.0.1:54329/practica"
  else
    echo "The tests need PostgreSQL. Set DATABASE_URL, start a server on 127.0.0.1:5432," >&2
    echo "or install one (Debian: apt-get install postgresql)." >&2
    exit 2
  fi
fi

if [ -z "${REDIS_URL:-}" ]; then
  if python -c 'import socket; socket.create_connection(("127.0.0.1", 6379), 1)' 2>/dev/null; then
    export REDIS_URL="redis://127.0.0.1:6379/15"
  elif command -v redis-server >/dev/null; then
    echo "No Redis on 127.0.0.1:6379: starting a throwaway one on port 63799."
    redis-server --port 63799 --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
      --pidfile "$THROWAWAY/redis.pid" --dir "$THROWAWAY" >/dev/null
    export REDIS_URL="redis://127.0.0.1:63799/15"
  else
    echo "The tests need Redis. Set REDIS_URL, start a server on 127.0.0.1:6379," >&2
    echo "or install one (Debian: apt-get install redis-server)." >&2
    exit 2
  fi
fi
# Fault-injection tests start their own redis-server; they need the binary, not this server.

if ! command -v chromium >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian's chromium for the browser tests."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Debian's Chromium: sudo apt-get install chromium" >&2
    exit 2
  fi
fi

export DJANGO_ALLOW_ASYNC_UNSAFE=true
mkdir -p test-artifacts/screenshots
status=0
python -m pytest "$@" || status=$?
if [ "$status" = 5 ]; then
  echo "pytest collected no tests: that is a failure, not a pass." >&2
fi
exit "$status"
