#!/usr/bin/env bash
# The project's test command (README: "Run the tests"). From a fresh clone on a new
# machine: makes the venv, installs the package with its test extras, starts
# PostgreSQL and Redis when they are down, installs Debian's chromium when it is
# missing, checks the shipped front-end builds against their sources, then runs ruff,
# the migrations check and the standalone pytest suite (which creates its own test
# database, and drives Chromium against a live test server in tests/browser/).
set -euo pipefail
cd "$(dirname "$0")/.."

find_python() {
  local candidate
  for candidate in "${PYTHON:-}" python3.12 /usr/bin/python3.12 /usr/local/bin/python3.12 \
    /root/.pyenv/versions/3.12*/bin/python3.12; do
    [ -n "$candidate" ] || continue
    if "$candidate" -c 'import sys; assert sys.version_info[:2] == (3, 12)' 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if [ ! -x .venv/bin/python ]; then
  python=$(find_python) || { echo "Python 3.12 is required" >&2; exit 1; }
  "$python" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet -e '.[test]'

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
if ! pg_isready -q -h "$PGHOST" -p "$PGPORT" 2>/dev/null; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h "$PGHOST" -p "$PGPORT" && break; sleep 1; done
fi
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no
  for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 1; done
fi
# The database the settings name; pytest-django creates test_<name> beside it.
psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -tAc \
  "SELECT 1 FROM pg_database WHERE datname = 'saleor_referrals'" | grep -q 1 ||
  createdb -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" saleor_referrals

# Chromium for the browser tests: Debian's package (browser builds cannot be
# downloaded); Playwright, from the test extras, drives it.
if [ -z "${REFERRALS_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi
# The shipped console and widget must be what their sources build.
bash scripts/frontends.sh --check

.venv/bin/ruff check saleor_referrals tests benchmarks
.venv/bin/ruff format --check saleor_referrals tests benchmarks
DJANGO_SETTINGS_MODULE=tests.settings .venv/bin/django-admin makemigrations \
  saleor_referrals --check --dry-run --pythonpath .
# The reference under docs/ builds, with no broken link or anchor.
.venv/bin/mkdocs build --strict --quiet
.venv/bin/python -m pytest "$@"
