#!/usr/bin/env bash
# Go mode benchmarks: each program in bench/go is run by Taskline's Go mode
# (engine/golite, through engine/golite/internal/gorun) and by yaegi v0.16.1,
# the established Go interpreter, best of $RUNS runs each. Prints wall and
# CPU (user+sys) seconds and the ratios taskline/yaegi (below 1: Taskline is
# faster), with their geometric means beside the budget (0.33, issue 13).
# CPU time is the steadier figure on a shared machine; the load average is
# printed before and after. Also runs the in-process Go benchmarks of
# engine/golite.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${RUNS:-5}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# yaegi is installed for this run only, not added to go.mod.
GOBIN="$work/bin" GOFLAGS= go install github.com/traefik/yaegi/cmd/yaegi@v0.16.1
go build -o "$work/gorun" ./engine/golite/internal/gorun
# yaegi interprets errgroup from source found on its GOPATH.
mkdir -p "$work/gopath/src/golang.org/x/sync"
xsync=$(go list -m -f '{{.Dir}}' golang.org/x/sync)
cp -r "$xsync/errgroup" "$work/gopath/src/golang.org/x/sync/"
chmod -R u+w "$work/gopath"

# best TOOL FILE: prints "wall cpu" (seconds), the best of $RUNS runs.
best() {
  local bw="" bc="" i t
  for ((i = 0; i < RUNS; i++)); do
    t=$( { TIMEFORMAT='%R %U %S'; time "$@" >/dev/null 2>&1; } 2>&1 | tail -1)
    read -r w u s <<<"$t"
    c=$(awk -v u="$u" -v s="$s" 'BEGIN{printf "%.3f", u+s}')
    if [ -z "$bw" ] || awk -v a="$w" -v b="$bw" 'BEGIN{exit !(a<b)}'; then bw=$w; fi
    if [ -z "$bc" ] || awk -v a="$c" -v b="$bc" 'BEGIN{exit !(a<b)}'; then bc=$c; fi
  done
  echo "$bw $bc"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-10s %10s %10s %10s %10s %11s %10s\n' program taskline-s yaegi-s tl-cpu-s yg-cpu-s wall-tl/yg cpu-tl/yg
lw=0 lc=0 n=0
for f in pingpong waitgroup errgroup cpu; do
  prog="bench/go/$f.go"
  # Both must print the same output before they are timed.
  a=$("$work/gorun" "$prog")
  b=$(GOPATH="$work/gopath" "$work/bin/yaegi" run "$prog")
  if [ "$a" != "$b" ]; then
    echo "bench-go: $f: outputs differ: taskline=$a yaegi=$b" >&2
    exit 1
  fi
  read -r tw tc <<<"$(best "$work/gorun" "$prog")"
  read -r yw yc <<<"$(GOPATH="$work/gopath" best "$work/bin/yaegi" run "$prog")"
  rw=$(awk -v a="$tw" -v b="$yw" 'BEGIN{printf "%.3f", a/b}')
  rc=$(awk -v a="$tc" -v b="$yc" 'BEGIN{printf "%.3f", (b>0)?a/b:0}')
  printf '%-10s %10s %10s %10s %10s %11s %10s\n' "$f" "$tw" "$yw" "$tc" "$yc" "$rw" "$rc"
  lw=$(awk -v s="$lw" -v r="$rw" 'BEGIN{print s+log(r)}')
  lc=$(awk -v s="$lc" -v r="$rc" 'BEGIN{print s+log(r)}')
  n=$((n + 1))
done
awk -v s="$lw" -v n="$n" 'BEGIN{printf "geometric mean taskline/yaegi, wall: %.3f   (budget 0.33)\n", exp(s/n)}'
awk -v s="$lc" -v n="$n" 'BEGIN{printf "geometric mean taskline/yaegi, CPU:  %.3f   (budget 0.33)\n", exp(s/n)}'
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
go test -run '^$' -bench . -benchtime 3x ./engine/golite/
