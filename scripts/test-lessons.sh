#!/usr/bin/env bash
# Lessons, exercises and embedding:
#   taskline check on lessons/ and docs/EMBED.md (every run block meets its
#   expect, every reference passes its checks, every starter fails one);
#   the JavaScript twin of the checks, against the Go evaluator's cases;
#   browser tests in headless Chromium (web/embed/test/browser/): lesson
#   pages pre-rendered, an exercise solved, two playgrounds on a hostile page
#   of another origin, the /embed frame's postMessage API.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/need.sh
go run ./cmd/taskline check lessons/ docs/EMBED.md
command -v node >/dev/null 2>&1 || { echo "test-lessons: node not found" >&2; exit 1; }
need_npm web
need_chromium
# ./build.sh test has built everything; alone, build what is missing.
[ -f static/build/taskline.wasm ] || bash scripts/build.sh >/dev/null
[ -f static/build/lessons/lesson.js ] && [ -f static/build/embed.js ] || bash scripts/build-lessons.sh
mkdir -p web/test/screenshots
(cd web && node --test embed/test/*.test.js)
# The browser tests run against the real server (serve.go); pages of "other
# sites" that embed Taskline come from a small static server of the test's own.
web/test/with-server.sh bash -c 'cd web && exec node --test --test-concurrency=1 embed/test/browser/'
