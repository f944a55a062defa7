#!/usr/bin/env bash
# What a fresh CI machine lacks: Chromium for the browser tests, the npm
# packages of the front-end and the worker, staticcheck. The test scripts
# install each of these themselves when missing (scripts/need.sh); this only
# does it up front. Idempotent and quiet when present.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/need.sh
need_chromium
for d in web worker; do need_npm "$d"; done
need_staticcheck >/dev/null
