#!/usr/bin/env bash
# Run a Saleor 3.23+ environment with the plugin: install it, migrate, then the API,
# a Celery worker and beat.
#
#   SALEOR_DIR=/path/to/saleor bash scripts/saleor-run.sh
#
# Uses Saleor's own settings from the environment (DATABASE_URL, SECRET_KEY,
# CELERY_BROKER_URL, EMAIL_URL, ...). Installs only saleor-referrals.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
: "${SALEOR_DIR:?set SALEOR_DIR to a Saleor checkout}"
python="${SALEOR_PYTHON:-$SALEOR_DIR/.venv/bin/python}"
bin="$(dirname "$python")"

if "$python" -m pip --version >/dev/null 2>&1; then
  "$python" -m pip install --quiet -e "$here"
else
  uv pip install --python "$python" --quiet -e "$here"
fi
cd "$SALEOR_DIR"
"$python" manage.py migrate
"$bin/celery" --app saleor.celeryconf:app worker --loglevel=info &
"$bin/celery" --app saleor.celeryconf:app beat \
  --scheduler saleor.schedulers.schedulers.DatabaseScheduler --loglevel=info &
trap 'kill 0' EXIT
exec "$python" manage.py runserver 127.0.0.1:8000
