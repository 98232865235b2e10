#!/usr/bin/env bash
# Serves the demo at http://127.0.0.1:$PORT with a Celery worker and beat, no external service.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBUG="${DEBUG:-true}"
export PRACTICA_REQUIRE_MFA="${PRACTICA_REQUIRE_MFA:-none}"
export PORT="${PORT:-8000}"
export SITE_URL="${SITE_URL:-http://127.0.0.1:$PORT}"
# The demo never reaches for Postgres or Redis, even when the shell has them set.
unset DATABASE_URL REDIS_URL
mkdir -p var/mail var/broker/out var/broker/processed
PATH="$PWD/.venv/bin:$PATH"
python manage.py migrate --noinput
python manage.py seed_demo
cat <<MSG

  Practica is running at $SITE_URL
  Demo accounts (password: practica-demo):
    facilitator@example.com   runs the demo groups
    member@example.com        a member of them
    moderator@example.com     site moderator
    outsider@example.com      in no group
  Mail the site sends is written to var/mail/ and listed at $SITE_URL/dev/mail/
  Press Ctrl-C to stop.

MSG
exec honcho -f Procfile.dev start
