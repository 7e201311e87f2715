#!/usr/bin/env bash
# Run a Saleor 3.23+ environment with the plugin: install it, migrate, then the API,
# two Celery workers (Saleor's default queue `celery`; the referral queue,
# REFERRALS_CELERY_QUEUE, default `referrals`) and beat.
#
#   SALEOR_DIR=/path/to/saleor bash scripts/saleor-run.sh
#
# Uses Saleor's own settings from the environment (DATABASE_URL, SECRET_KEY,
# CELERY_BROKER_URL, EMAIL_URL, ALLOWED_HOSTS, ALLOWED_GRAPHQL_ORIGINS, ...).
# Installs only saleor-referrals; REFERRALS_SKIP_INSTALL=1 skips that step (already
# installed, or a test of this script).
#
# The API is served as Saleor's Dockerfile serves it: uvicorn with Saleor's ASGI
# application (saleor.asgi:application), on REFERRALS_API_HOST:REFERRALS_API_PORT
# (default 127.0.0.1:8000). Only the ASGI application answers the browser's CORS
# preflight (OPTIONS /graphql/) and adds Access-Control-Allow-Origin for the origins
# in ALLOWED_GRAPHQL_ORIGINS (default "*"), so only it serves a storefront -- and the
# widget -- on another origin; `manage.py runserver` (WSGI) answers the preflight
# with 405 and the browser never sends the request.
#
# Referral tasks go to a queue of their own (REFERRALS_CELERY_QUEUE, the Django
# setting or this environment variable), so a burst of them never delays Saleor's
# tasks: one worker consumes only Saleor's queue, the other only ours.
#
# Stopping: Ctrl-C (SIGINT) or `kill <this script's PID>` (SIGTERM) stops all four.
# Each runs in its own process group, so the signal also reaches what they fork
# (Celery's pool workers); whatever is still alive
# after REFERRALS_STOP_GRACE seconds (default 10: a warm Celery shutdown finishes
# its running tasks) is killed. If one of the four exits, the others are stopped.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
: "${SALEOR_DIR:?set SALEOR_DIR to a Saleor checkout}"
python="${SALEOR_PYTHON:-$SALEOR_DIR/.venv/bin/python}"
bin="$(dirname "$python")"
grace="${REFERRALS_STOP_GRACE:-10}"
host="${REFERRALS_API_HOST:-127.0.0.1}"
port="${REFERRALS_API_PORT:-8000}"
referrals_queue="${REFERRALS_CELERY_QUEUE:-referrals}"

if [ "${REFERRALS_SKIP_INSTALL:-0}" != 1 ]; then
  if "$python" -m pip --version >/dev/null 2>&1; then
    "$python" -m pip install --quiet -e "$here"
  else
    uv pip install --python "$python" --quiet -e "$here"
  fi
fi
cd "$SALEOR_DIR"
"$python" manage.py migrate

# Job control gives every background job its own process group (PGID = its PID).
set -m
groups=()

group_alive() {
  local leader
  for leader in "${groups[@]}"; do
    kill -0 -- "-$leader" 2>/dev/null && return 0
  done
  return 1
}

stop() {
  trap - INT TERM EXIT
  local leader tries=$((grace * 5))
  for leader in "${groups[@]}"; do
    kill -TERM -- "-$leader" 2>/dev/null || true
  done
  while group_alive && [ "$tries" -gt 0 ]; do
    sleep 0.2
    tries=$((tries - 1))
  done
  for leader in "${groups[@]}"; do
    kill -KILL -- "-$leader" 2>/dev/null || true
  done
  wait 2>/dev/null || true
}

trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap stop EXIT

"$python" -m uvicorn saleor.asgi:application --host "$host" --port "$port" \
  --lifespan=auto --ws=none --timeout-graceful-shutdown="$grace" &
groups+=("$!")
"$bin/celery" --app saleor.celeryconf:app worker --queues celery \
  --hostname "saleor@%h" --loglevel=info &
groups+=("$!")
"$bin/celery" --app saleor.celeryconf:app worker --queues "$referrals_queue" \
  --hostname "referrals@%h" --loglevel=info &
groups+=("$!")
"$bin/celery" --app saleor.celeryconf:app beat \
  --scheduler saleor.schedulers.schedulers.DatabaseScheduler --loglevel=info &
groups+=("$!")

# Returns when one of them exits (then EXIT stops the others) or a signal arrives.
status=0
wait -n || status=$?
exit "$status"
