#!/usr/bin/env bash
# Browser tests: serves the site on a free loopback port (go run serve.go,
# in-memory share store), runs web/test/browser/*.test.js in headless
# Chromium through playwright-core, then stops the server. Screenshots go to
# web/test/screenshots/ (git-ignored).
#   scripts/test-browser.sh [node --test args...]
set -euo pipefail
cd "$(dirname "$0")/.."
command -v node >/dev/null 2>&1 || { echo "test-browser: node not found" >&2; exit 1; }
[ -d web/node_modules ] || (cd web && npm ci --no-audit --no-fund --loglevel=error)
bash scripts/build.sh >/dev/null

port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
log=$(mktemp)
go build -o "${TMPDIR:-/tmp}/taskline-serve-$$" serve.go
"${TMPDIR:-/tmp}/taskline-serve-$$" -addr "127.0.0.1:$port" -db "" -build=false >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -f "$log" "${TMPDIR:-/tmp}/taskline-serve-$$"; }
trap cleanup EXIT
for _ in $(seq 1 100); do
  if node -e 'fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "http://127.0.0.1:$port/" 2>/dev/null; then break; fi
  if ! kill -0 "$pid" 2>/dev/null; then cat "$log" >&2; echo "test-browser: server exited" >&2; exit 1; fi
  sleep 0.2
done
mkdir -p web/test/screenshots
cd web
TASKLINE_URL="http://127.0.0.1:$port" node --test --test-concurrency=1 "$@" test/browser/
