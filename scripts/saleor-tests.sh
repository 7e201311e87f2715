#!/usr/bin/env bash
# Run tests/saleor/ inside an existing Saleor 3.23+ environment.
#
#   SALEOR_DIR=/path/to/saleor bash scripts/saleor-tests.sh [test files] [pytest args]
#
# SALEOR_DIR is a Saleor checkout whose virtualenv is $SALEOR_DIR/.venv (or set
# SALEOR_PYTHON). This installs saleor-referrals (editable) into that environment,
# and Hypothesis and Playwright (our test extras' pins, for the fuzz and browser
# tests) when they are missing; it
# never builds or installs Saleor itself. The test database is Saleor's own
# (`test_saleor`), reused between runs: the first run applies all migrations.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
: "${SALEOR_DIR:?set SALEOR_DIR to a Saleor checkout}"
python="${SALEOR_PYTHON:-$SALEOR_DIR/.venv/bin/python}"
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/saleor}"
export SECRET_KEY="${SECRET_KEY:-saleor-referrals-tests}"

install() {
  if "$python" -m pip --version >/dev/null 2>&1; then
    "$python" -m pip install --quiet "$@"
  else  # uv-made environments have no pip
    uv pip install --python "$python" --quiet "$@"
  fi
}
install --no-deps -e "$here"
if ! "$python" -c "import hypothesis" >/dev/null 2>&1; then
  # Its own dependencies (attrs, sortedcontainers) are not Saleor's pins.
  install "$(grep -o '"hypothesis[^"]*"' "$here/setup.py" | tr -d '"')"
fi
if ! "$python" -c "import playwright" >/dev/null 2>&1; then
  # Browser tests (console, widget) drive Debian's chromium through Playwright.
  install "$(grep -o '"playwright[^"]*"' "$here/setup.py" | tr -d '"')"
fi
# Test files or folders given as arguments run alone (paths taken from where the
# script was called); with none, the whole of tests/saleor/ runs.
targets=("$here/tests/saleor")
args=()
for arg in "$@"; do
  if [[ "$arg" != -* && -e "$arg" ]]; then
    [ "${targets[0]:-}" = "$here/tests/saleor" ] && targets=()
    targets+=("$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")")
  else
    args+=("$arg")
  fi
done
cd "$SALEOR_DIR"
# Saleor 3.23 keeps its pytest settings in setup.cfg; 3.24 moved them to pyproject.toml.
config=setup.cfg
grep -q '^\[tool:pytest\]' setup.cfg 2>/dev/null || config=pyproject.toml
exec "$python" -m pytest -c "$config" --rootdir "$SALEOR_DIR" -n0 --reuse-db \
  -p no:cacheprovider -W ignore "${targets[@]}" ${args[@]+"${args[@]}"}
