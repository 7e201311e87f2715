#!/usr/bin/env bash
# The front-ends (widget/, console/) are built from their sources in this repository
# into saleor_referrals/assets/<name>/, which ships in the Python package, so that a
# server needs no Node.js.
#
#   bash scripts/frontends.sh          build them and replace the shipped assets
#   bash scripts/frontends.sh --check  build them afresh and fail if the shipped assets
#                                      differ (the test command runs this)
#
# Contract for a front-end folder: a package-lock.json, and `npm run build` writing
# its files into $OUT_DIR, byte for byte the same from the same sources.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-build}"
command -v npm >/dev/null || { echo "npm (Node.js 20+) is required to build the front-ends" >&2; exit 1; }
status=0
for name in widget console; do
  [ -f "$name/package.json" ] || continue
  # `npm ci` only when the lock file changed since the last install.
  if [ ! -f "$name/node_modules/.package-lock.json" ] ||
    [ "$name/package-lock.json" -nt "$name/node_modules/.package-lock.json" ]; then
    (cd "$name" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  out="$(mktemp -d)"
  (cd "$name" && OUT_DIR="$out" npm run --silent build)
  target="saleor_referrals/assets/$name"
  if [ "$mode" = "--check" ]; then
    if ! diff -r "$out" "$target" >/dev/null 2>&1; then
      echo "$target differs from a build of $name/: run bash scripts/frontends.sh" >&2
      diff -rq "$out" "$target" >&2 || true
      status=1
    fi
  else
    rm -rf "$target" && mkdir -p "$target" && cp -R "$out"/. "$target"/
    echo "built $target"
  fi
  rm -rf "$out"
done
exit "$status"
