#!/usr/bin/env bash
# JS unit tests: the timeline's maths, links and exports, under node:test.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f static/build/taskline.wasm.br ] || bash scripts/build.sh >/dev/null # the size test reads the build
cd web
if ! command -v node >/dev/null 2>&1; then echo "test-web: node not found" >&2; exit 1; fi
node --test test/unit/
