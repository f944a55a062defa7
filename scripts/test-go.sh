#!/usr/bin/env bash
# Go: formatting, vet, and every package's tests (the differential corpus included).
set -euo pipefail
bad=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './node_modules/*'))
if [ -n "$bad" ]; then echo "gofmt needed on: $bad" >&2; exit 1; fi
go vet ./...
go test -count=1 ./...
