#!/usr/bin/env bash
# Go: formatting, vet (the host packages, then the js/wasm ones: ./wasm/...
# and ./worker build only for GOOS=js; the Python module ./wasm and
# engine/explain also as the Python module builds them, with the tag
# tasklinepy), staticcheck on both, and every package's tests (the
# differential corpus included; the js/wasm packages under node).
# staticcheck is installed by
# scripts/need.sh when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/need.sh
bad=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './node_modules/*'))
if [ -n "$bad" ]; then echo "gofmt needed on: $bad" >&2; exit 1; fi
go vet ./...
GOOS=js GOARCH=wasm go vet ./wasm/... ./worker
GOOS=js GOARCH=wasm go vet -tags tasklinepy ./wasm ./engine/explain
staticcheck=$(need_staticcheck)
"$staticcheck" ./...
GOOS=js GOARCH=wasm "$staticcheck" ./wasm/... ./worker
GOOS=js GOARCH=wasm "$staticcheck" -tags tasklinepy ./wasm ./engine/explain
go test -count=1 ./...
# The packages that build only for js/wasm run their tests under node, with
# Go's own wasm runner (go_js_wasm_exec).
PATH="$PATH:$(go env GOROOT)/lib/wasm" GOOS=js GOARCH=wasm go test -count=1 ./wasm/...
