#!/usr/bin/env bash
# Front-end unit tests: the type check of every JS file that says
# "// @ts-check" (tsc --noEmit --checkJs), the wasm module's Go code (GOOS=js
# under node, with Go's own go_js_wasm_exec), then the JS modules under
# node:test (timeline maths, links, output, exports, the run client, the wasm
# size budget).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/need.sh
if ! command -v node >/dev/null 2>&1; then echo "test-web: node not found" >&2; exit 1; fi
need_npm web
ts_files=$(cd web && grep -rl --include='*.js' '^// @ts-check' src embed)
(cd web && node_modules/.bin/tsc --noEmit --allowJs --checkJs --skipLibCheck --target es2022 \
  --module esnext --moduleResolution bundler --lib es2022,dom,dom.iterable $ts_files)
echo "test-web: tsc checked $(echo "$ts_files" | wc -l) files"
exec_js="$(go env GOROOT)/lib/wasm/go_js_wasm_exec"
[ -x "$exec_js" ] || exec_js="$(go env GOROOT)/misc/wasm/go_js_wasm_exec"
GOOS=js GOARCH=wasm go test -count=1 -exec="$exec_js" ./wasm/...
[ -f static/build/taskline.wasm.br ] || bash scripts/build.sh >/dev/null # the size test reads the build
cd web
node --test test/unit/
