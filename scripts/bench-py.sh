#!/usr/bin/env bash
# Python engine: Go benchmarks of the engine, then the taskline command against
# CPython (python3) on the same programs (bench/py/*.py). Each side runs RUNS
# times and the best wall-clock time counts; the outputs must be identical.
# ratio = taskline / CPython: below 1.0 means taskline is faster.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-3}"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(go version | cut -d' ' -f3), $(python3 --version)"

echo; echo "-- Go benchmarks (engine)"
go test -run '^$' -bench . -benchmem -benchtime=1x ./engine/sched/ 2>/dev/null | grep -E '^(Benchmark|ok)' || true
pkgs=$(go list ./engine/py/... 2>/dev/null | tr '\n' ' ')
if [ -n "$pkgs" ]; then go test -run '^$' -bench . -benchmem $pkgs 2>/dev/null | grep -E '^Benchmark' || true; fi

bin=$(mktemp -d)/taskline
go build -o "$bin" ./cmd/taskline

best() { # best wall time in seconds of RUNS runs of "$@", output to $out
  local b="" t s e
  for _ in $(seq "$RUNS"); do
    s=$(date +%s.%N); "$@" >"$out" 2>/dev/null || true; e=$(date +%s.%N)
    t=$(awk -v s="$s" -v e="$e" 'BEGIN{print e-s}')
    if [ -z "$b" ] || awk -v t="$t" -v b="$b" 'BEGIN{exit !(t<b)}'; then b=$t; fi
  done
  printf '%.3f' "$b"
}

echo; echo "-- taskline vs CPython (best of $RUNS, wall clock)"
printf '%-24s %10s %10s %8s %s\n' program cpython taskline ratio output
for p in bench/py/*.py; do
  out=$(mktemp); tpy=$(best python3 "$p"); want=$(cat "$out")
  ttl=$(best "$bin" run "$p"); got=$(cat "$out"); rm -f "$out"
  same=same; [ "$want" = "$got" ] || same="DIFFERS"
  printf '%-24s %9ss %9ss %8.2f %s\n' "$(basename "$p" .py)" "$tpy" "$ttl" "$(awk -v a="$ttl" -v b="$tpy" 'BEGIN{print a/b}')" "$same"
done
