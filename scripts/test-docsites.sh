#!/usr/bin/env bash
# Docs-site integrations (integrations/): builds the three example sites
# with the real tools — Hugo, MkDocs, Sphinx — each twice, live only and
# pre-rendered by `taskline embed`, then drives every built playground in
# headless Chromium (web/test/docsites/docsites.test.js) against Taskline
# served by serve.go on a free loopback port (web/test/with-server.sh).
# Hugo and Sphinx point at that server (another origin); the MkDocs site
# hosts its own copy of the static files under /taskline/.
#   scripts/test-docsites.sh [node --test args...]
# Installs hugo, mkdocs and python3-sphinx from Debian when they are missing
# (as root; PyPI is not needed).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" = "--inside" ]; then
  # Second half, run by with-server.sh: TASKLINE_URL is the server.
  shift
  out="$1"; shift
  repo="$PWD"
  export PYTHONPATH="$repo/integrations/python${PYTHONPATH:+:$PYTHONPATH}"
  for mode in live pre; do
    if [ "$mode" = pre ]; then export TASKLINE="$out/taskline"; else unset TASKLINE; fi
    # Hugo: a copy of the example, so no build writes into the repository.
    rm -rf "$out/hugo-src"; cp -r integrations/hugo/example "$out/hugo-src"; rm -rf "$out/hugo-src/taskline-results"
    if [ "$mode" = pre ]; then
      integrations/hugo/prerender.sh "$out/hugo-src" -- --themesDir "$repo/integrations"
    fi
    HUGO_TASKLINE_SERVER="$TASKLINE_URL" hugo --quiet -s "$out/hugo-src" --themesDir "$repo/integrations" -d "$out/hugo-$mode"
    (cd integrations/mkdocs/example && mkdocs build --quiet --strict -d "$out/mkdocs-$mode")
    mkdir -p "$out/mkdocs-$mode/taskline"
    cp static/build/embed.js static/build/worker.js static/build/wasm_exec.js static/build/taskline.wasm static/build/taskline-go.wasm "$out/mkdocs-$mode/taskline/"
    TASKLINE_SERVER="$TASKLINE_URL" sphinx-build -q -W -E -b html -d "$out/sphinx-doctrees-$mode" integrations/sphinx/example "$out/sphinx-$mode"
  done
  unset TASKLINE
  cd web && DOCSITES="$out" exec node --test --test-concurrency=1 "$@" test/docsites/
fi

need=""
command -v hugo >/dev/null 2>&1 || need="$need hugo"
command -v mkdocs >/dev/null 2>&1 || need="$need mkdocs"
command -v sphinx-build >/dev/null 2>&1 || need="$need python3-sphinx"
if [ -n "$need" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "test-docsites: installing$need"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo mkdocs python3-sphinx >/dev/null
  else
    echo "test-docsites: missing$need (apt-get install hugo mkdocs python3-sphinx)" >&2
    exit 1
  fi
fi
command -v node >/dev/null 2>&1 || { echo "test-docsites: node not found" >&2; exit 1; }
[ -d web/node_modules ] || (cd web && npm ci --no-audit --no-fund --loglevel=error)
# ./build.sh test has built everything; alone, build what is missing.
[ -f static/build/taskline.wasm ] || bash scripts/build.sh >/dev/null
[ -f static/build/embed.js ] || bash scripts/build-lessons.sh
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
go build -o "$out/taskline" ./cmd/taskline
mkdir -p web/test/screenshots
web/test/with-server.sh bash scripts/test-docsites.sh --inside "$out" "$@"
