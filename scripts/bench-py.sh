#!/usr/bin/env bash
# Python engine: Go benchmarks of the engine, then the taskline command against
# CPython (python3) on the same programs (bench/py/*.py). Each side runs RUNS
# times and the best wall-clock time counts; the outputs must be identical.
# ratio = taskline / CPython: below 1.0 means taskline is faster.
# CPython is timed as its own binary (sys.executable): `python3` may be a
# launcher script (pyenv's shim runs bash and pyenv first), whose start-up
# would be counted as CPython's time.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-3}"
PY=$(python3 -c 'import sys; print(sys.executable)')
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(go version | cut -d' ' -f3), $("$PY" --version) ($PY)"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"

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
logsum=0; n=0
for p in bench/py/*.py; do
  out=$(mktemp); tpy=$(best "$PY" "$p"); want=$(cat "$out")
  ttl=$(best "$bin" run "$p"); got=$(cat "$out"); rm -f "$out"
  same=same; [ "$want" = "$got" ] || same="DIFFERS"
  r=$(awk -v a="$ttl" -v b="$tpy" 'BEGIN{print a/b}')
  printf '%-24s %9ss %9ss %8.2f %s\n' "$(basename "$p" .py)" "$tpy" "$ttl" "$r" "$same"
  logsum=$(awk -v s="$logsum" -v r="$r" 'BEGIN{print s+log(r)}'); n=$((n+1))
done
printf '%-24s %10s %10s %8.2f (budget: 0.50, no program above 0.80)\n' "geometric mean" "" "" "$(awk -v s="$logsum" -v n="$n" 'BEGIN{print exp(s/n)}')"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
