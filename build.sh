#!/usr/bin/env bash
# Taskline's one build entry point.
#   ./build.sh            build everything the page needs into static/
#   ./build.sh test       every test: Go, JS units, browser, lessons, worker
#   ./build.sh bench      benchmarks, with ratios against CPython / yaegi
#   ./build.sh static [OUT]  a static copy any web server can host (dist/static)
#   ./build.sh worker     build the Cloudflare worker
#   ./build.sh worker-dev --port N   run the worker locally under wrangler
# Each step lives in scripts/; this file only dispatches, so steps stay small.
set -euo pipefail
cd "$(dirname "$0")"
export GOFLAGS="${GOFLAGS:-}"

step() { # run scripts/NAME.sh if it exists
  local s="scripts/$1.sh"; shift
  if [ -f "$s" ]; then echo "== $s $*"; bash "$s" "$@"; fi
}

build() { # the page first (scripts/build.sh), then what builds on it (scripts/build-*.sh)
  step build "$@"
  local s
  for s in scripts/build-*.sh; do
    [ -f "$s" ] || continue
    echo "== $s"; bash "$s"
  done
}

cmd="${1:-build}"; [ $# -gt 0 ] && shift
case "$cmd" in
  build) build "$@" ;;
  test)
    build
    step test-go "$@"
    step test-web "$@"
    step test-browser "$@"
    step test-lessons "$@"
    step test-docsites "$@"
    step test-worker "$@"
    ;;
  bench) build; step bench "$@" ;;
  static) build; step static "$@" ;;
  worker) step worker "$@" ;;
  worker-dev) step worker-dev "$@" ;;
  *) echo "usage: ./build.sh [build|test|bench|static|worker|worker-dev]" >&2; exit 2 ;;
esac
