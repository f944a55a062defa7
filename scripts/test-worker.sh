#!/usr/bin/env bash
# Sharing end to end, on both servers, each on a free loopback port and
# stopped on exit whatever happens:
#   1. serve.go on a SQLite file: in headless Chromium, Share makes a short
#      link that opens in a fresh browser; the API answers every status
#      (cmd/sharetest check); after a restart the link still opens.
#   2. the worker under wrangler (workerd, local D1, offline): the same.
# Each also round-trips a teacher's exercise set (web/test/browser/classroom.test.js).
set -euo pipefail
cd "$(dirname "$0")/.."
export WRANGLER_SEND_METRICS=false

source scripts/need.sh
need_npm worker
need_npm web
need_chromium
tmp=$(mktemp -d)
log="$tmp/server.log"
go build -o "$tmp/sharetest" ./cmd/sharetest
go build -o "$tmp/serve" serve.go
if [ -f scripts/build.sh ]; then bash scripts/build.sh >/dev/null; fi

pid=""
stop() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  pid=""
}
cleanup() { stop; rm -rf "$tmp"; }
trap cleanup EXIT

# A free port: the kernel picks one for a listener closed at once.
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
base="http://127.0.0.1:$port"

# start CMD...: run CMD in its own process group; wait until it answers.
start() {
  setsid "$@" >>"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    if curl -s -o /dev/null "$base/"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "test-worker: the server did not start; its log:" >&2
  tail -50 "$log" >&2
  return 1
}

# flow NAME LIMIT START...: the browser flow, the API check, a restart.
flow() {
  local name="$1" limit="$2"; shift 2
  echo "== $name on $base"
  start "$@"
  # Warm up: the first request to the worker loads its 7 MB wasm, which on a
  # busy machine could outlast the page's Share timeout.
  curl -s -o /dev/null "$base/api/share/AAAAAAAAAA" || true
  # The seeds' recorded results (web/tools/firstrun.go) are served as built:
  # Go's as a result, Python's inside the script the playground loads.
  local f want
  for f in first-run-go.tltb first-sight.js; do
    want=TLTB; [ "$f" = first-sight.js ] && want="globalThis.tasklineFirstSight = "
    curl -s --compressed "$base/build/$f" | grep -aq "^$want" || { echo "test-worker: /build/$f is not a recorded result (no line begins '$want')" >&2; return 1; }
    echo "/build/$f: $(curl -s -o /dev/null -w '%{content_type}, %{size_download} bytes' -H 'Accept-Encoding: br, gzip' "$base/build/$f")"
  done
  # The browser shares first: the API check then spends the rate limit.
  out=$(node worker/test/share-flow.mjs create "$base") || { echo "$out"; tail -30 "$log" >&2; return 1; }
  echo "$out" | grep -v '^link: '
  # A teacher's exercise set round-trips through this server's share API.
  (cd web && TASKLINE_URL="$base" node --test --test-concurrency=1 --test-name-pattern='teacher writes|link opens the set|student solves' \
    test/browser/classroom.test.js) >"$tmp/classroom.log" 2>&1 || { cat "$tmp/classroom.log"; tail -30 "$log" >&2; return 1; }
  grep -E '^# (pass|fail)' "$tmp/classroom.log" | sed 's/^# /classroom sets: /'
  link=$(echo "$out" | sed -n 's/^link: //p')
  "$tmp/sharetest" check -url "$base" -limit "$limit" || { tail -30 "$log" >&2; return 1; }
  stop
  start "$@"
  "$tmp/sharetest" check -url "$base" -reread
  node worker/test/share-flow.mjs open "$base" "$link"
  stop
}

flow "serve.go + SQLite" 30 "$tmp/serve" -addr "127.0.0.1:$port" -db "$tmp/share.db" -build=false
flow "worker + D1 (wrangler dev)" 30 bash scripts/worker-dev.sh --port "$port" --persist-to "$tmp/d1" --show-interactive-dev-session=false
echo "test-worker: ok"
