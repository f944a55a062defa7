#!/usr/bin/env bash
# Front-end unit tests: the wasm module's Go code (GOOS=js under node, with
# Go's own go_js_wasm_exec), then the JS modules under node:test (timeline
# maths, links, exports, the run client, the wasm size budget).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v node >/dev/null 2>&1; then echo "test-web: node not found" >&2; exit 1; fi
exec_js="$(go env GOROOT)/lib/wasm/go_js_wasm_exec"
[ -x "$exec_js" ] || exec_js="$(go env GOROOT)/misc/wasm/go_js_wasm_exec"
GOOS=js GOARCH=wasm go test -count=1 -exec="$exec_js" ./wasm
[ -f static/build/taskline.wasm.br ] || bash scripts/build.sh >/dev/null # the size test reads the build
cd web
node --test test/unit/
