#!/usr/bin/env bash
# Go: formatting, vet (the host packages, then the js/wasm ones: ./wasm and
# ./worker build only for GOOS=js), staticcheck on both, and every package's
# tests (the differential corpus included). staticcheck is installed by
# scripts/need.sh when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/need.sh
bad=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './node_modules/*'))
if [ -n "$bad" ]; then echo "gofmt needed on: $bad" >&2; exit 1; fi
go vet ./...
GOOS=js GOARCH=wasm go vet ./wasm ./worker
staticcheck=$(need_staticcheck)
"$staticcheck" ./...
GOOS=js GOARCH=wasm "$staticcheck" ./wasm ./worker
go test -count=1 ./...
