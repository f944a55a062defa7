#!/usr/bin/env bash
# Drives the worker under wrangler (workerd, local D1, offline) through the
# share round trip and every error status, then restarts it and checks the
# snippet is still in D1. It listens on a free loopback port and is stopped
# on exit, whatever happens.
set -euo pipefail
cd "$(dirname "$0")/.."
export WRANGLER_SEND_METRICS=false

if [ ! -d worker/node_modules ]; then (cd worker && npm ci --no-audit --no-fund --loglevel=error); fi
go build -o "${TMPDIR:-/tmp}/taskline-sharetest" ./cmd/sharetest
sharetest="${TMPDIR:-/tmp}/taskline-sharetest"

state=$(mktemp -d)
log="$state/wrangler.log"
pid=""
stop() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM -- "-$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL -- "-$pid" 2>/dev/null || true
  fi
  pid=""
}
cleanup() { stop; rm -rf "$state" "$sharetest"; }
trap cleanup EXIT

# A free port: the kernel picks one for a listener we close at once.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null ||
  echo $((20000 + RANDOM % 20000)))

start() { # start wrangler in its own process group; wait until it answers
  setsid bash scripts/worker-dev.sh --port "$port" --persist-to "$state/d1" --show-interactive-dev-session=false >>"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then break; fi
    sleep 1
  done
  echo "test-worker: wrangler did not start; its log:" >&2
  tail -50 "$log" >&2
  return 1
}

start
echo "test-worker: wrangler dev on 127.0.0.1:$port"
if ! "$sharetest" check -url "http://127.0.0.1:$port" -limit 30; then
  tail -30 "$log" >&2
  exit 1
fi
stop
start
"$sharetest" check -url "http://127.0.0.1:$port" -reread
stop
echo "test-worker: ok"
