#!/usr/bin/env bash
# `make bench`: seeds a large dataset into its own PostgreSQL database, serves the site with
# gunicorn (production settings, DEBUG off), loads every page with wrk, times the background
# jobs, and writes bench/results/latest.md and latest.json. Arguments go to `python -m bench`
# (try --help; e.g. `make bench ARGS="--scale small --duration 2"` is not wired: call
# `bash scripts/bench.sh --scale small` directly).
set -euo pipefail
cd "$(dirname "$0")/.."
PATH="$PWD/.venv/bin:$PATH"

if ! command -v wrk >/dev/null; then
  echo "The bench needs wrk (Debian: apt-get install wrk)." >&2
  exit 2
fi
if [ -z "${DATABASE_URL_BENCH:-}" ]; then
  if ! python -c 'import socket; socket.create_connection(("127.0.0.1", 5432), 1)' 2>/dev/null; then
    echo "The bench needs PostgreSQL on 127.0.0.1:5432, or DATABASE_URL_BENCH set." >&2
    exit 2
  fi
  DATABASE_URL_BENCH="postgres://postgres@127.0.0.1:5432/practica_bench"
fi
if [ -z "${REDIS_URL_BENCH:-}" ]; then
  if ! python -c 'import socket; socket.create_connection(("127.0.0.1", 6379), 1)' 2>/dev/null; then
    echo "The bench needs Redis on 127.0.0.1:6379, or REDIS_URL_BENCH set." >&2
    exit 2
  fi
  REDIS_URL_BENCH="redis://127.0.0.1:6379/9"
fi

BENCH_VAR="$(mktemp -d -t practica-bench-XXXXXX)"
trap '[ -n "${BENCH_KEEP_VAR:-}" ] || rm -rf "$BENCH_VAR"' EXIT

# Production settings, as a deployment would set them; plain http because wrk talks to
# 127.0.0.1 directly (no TLS terminator in front).
export DJANGO_SETTINGS_MODULE=config.settings
export DEBUG=false
export DATABASE_URL="$DATABASE_URL_BENCH"
export REDIS_URL="$REDIS_URL_BENCH"
export CACHE_KEY_PREFIX=practica-bench
export SECRET_KEY="bench-$(python -c 'import secrets; print(secrets.token_urlsafe(48))')"
export ALLOWED_HOSTS=127.0.0.1,localhost
# A free loopback port, unless one is given.
export BENCH_PORT="${BENCH_PORT:-$(python -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}"
export SITE_URL="http://127.0.0.1:$BENCH_PORT"
export HTTPS=false
export STATIC_MANIFEST=true
export PRACTICA_VAR_DIR="$BENCH_VAR"
export EMAIL_URL="${EMAIL_URL_BENCH:-memory://}"
export LOG_LEVEL="${LOG_LEVEL:-WARNING}"
export PRACTICA_BENCH=true

exec python -m bench "$@"
