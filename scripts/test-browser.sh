#!/usr/bin/env bash
# Browser tests: headless Chromium through playwright-core against the real
# server (web/test/with-server.sh serves the site on a free loopback port and
# stops it afterwards). Chromium and the npm packages are installed when
# missing (scripts/need.sh). Screenshots go to web/test/screenshots/
# (git-ignored).
#   scripts/test-browser.sh [node --test args...]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/need.sh
command -v node >/dev/null 2>&1 || { echo "test-browser: node not found" >&2; exit 1; }
need_npm web
need_chromium
bash scripts/build.sh >/dev/null
mkdir -p web/test/screenshots
web/test/with-server.sh bash -c 'cd web && exec node --test --test-concurrency=1 "$@" test/browser/' _ "$@"
