#!/usr/bin/env bash
# Runs a command with the site served on a free loopback port:
#   web/test/with-server.sh COMMAND [ARGS...]
# The command sees the base URL in TASKLINE_URL and the server's request log
# in TASKLINE_LOG. The server is serve.go (built
# once into a temporary binary, in-memory share store, no rebuild) and is
# stopped when the command ends, whatever its outcome.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin="$(mktemp -d)/taskline-serve"
log="$bin.log"
go build -o "$bin" serve.go
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
"$bin" -addr "127.0.0.1:$port" -db "" -build=false >"$log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$(dirname "$bin")"; }
trap cleanup EXIT
up=0
for _ in $(seq 1 150); do
  if node -e 'fetch(process.argv[1]).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))' "http://127.0.0.1:$port/" 2>/dev/null; then up=1; break; fi
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  sleep 0.2
done
if [ "$up" != 1 ]; then cat "$log" >&2; echo "with-server: server did not start" >&2; exit 1; fi
TASKLINE_URL="http://127.0.0.1:$port" TASKLINE_LOG="$log" "$@"
