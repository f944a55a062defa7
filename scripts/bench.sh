#!/usr/bin/env bash
# All benchmarks: each scripts/bench-*.sh prints its own figures and ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
for s in scripts/bench-*.sh; do
  [ -f "$s" ] || continue
  echo; echo "== $s"
  bash "$s" || echo "!! $s failed (exit $?)"
done
