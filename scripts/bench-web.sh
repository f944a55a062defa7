#!/usr/bin/env bash
# Front-end speed in headless Chromium: cold load to first timeline, warm
# re-run of the seed example, pan/zoom frame time at 100k and 1M events, wasm transfer
# size; then 1,000 tasks (grouping and filtering checked, pan/zoom/scroll
# frame time); then Go mode's warm run of a corpus-size program
# (web/test/bench/gowarm.mjs); then big traces from real runs (a million
# events, 100,000 tasks: web/test/bench/bigrun.mjs). Prints the figures;
# exits 1 when one is over web/test/budget.json (every part runs either
# way).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v node >/dev/null 2>&1 || { echo "bench-web: node not found" >&2; exit 1; }
[ -d web/node_modules ] || (cd web && npm ci --no-audit --no-fund --loglevel=error)
bash scripts/build.sh >/dev/null
status=0
web/test/with-server.sh node web/test/bench/bench.mjs || status=1
web/test/with-server.sh node web/test/bench/lanes.mjs || status=1
web/test/with-server.sh node web/test/bench/gowarm.mjs || status=1
web/test/with-server.sh node web/test/bench/bigrun.mjs || status=1
exit $status
