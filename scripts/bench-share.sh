#!/usr/bin/env bash
# Share store under load and under crashes, against a real serve.go on
# loopback (cmd/sharetest):
#   load   20,000 shares from 200 concurrent clients, every one read back
#          and compared; prints throughput and p50/p99 latency per phase
#   crash  3 rounds of SIGKILL during writes and restart; every share whose
#          POST was answered must be there, intact
# Both are bounded in count and time and stop by themselves.
#   SHARE_N=20000 SHARE_C=200 bash scripts/bench-share.sh
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/serve" serve.go
go build -o "$tmp/sharetest" ./cmd/sharetest
"$tmp/sharetest" load -serve "$tmp/serve" -n "${SHARE_N:-20000}" -c "${SHARE_C:-200}" -timeout 5m
"$tmp/sharetest" crash -serve "$tmp/serve" -rounds 3 -writers 16 -after 300 -timeout 3m
