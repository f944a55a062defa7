#!/usr/bin/env bash
# Pre-renders a Hugo site's Taskline playgrounds with the taskline command:
#   TASKLINE=/path/to/taskline integrations/hugo/prerender.sh [SITE_DIR] [-- HUGO_ARGS...]
# then build as usual (hugo -s SITE_DIR). Hugo templates cannot run
# programs, so this takes two steps: a build into a scratch folder with
# HUGO_TASKLINE_COLLECT=1, in which every playground publishes its spec
# (taskline-specs/KEY.json), and `taskline embed --dir`, which runs each one
# and writes SITE_DIR/taskline-results/KEY.html (if params.taskline.results
# names another folder, set TASKLINE_RESULTS to it). The next build pastes each result into its page.
# Results of programs no longer on the site are removed.
set -euo pipefail
site="${1:-.}"; [ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
taskline="${TASKLINE:-taskline}"
command -v "$taskline" >/dev/null 2>&1 || { echo "prerender: taskline command '$taskline' not found (set TASKLINE)" >&2; exit 2; }
command -v hugo >/dev/null 2>&1 || { echo "prerender: hugo not found" >&2; exit 2; }
results="${TASKLINE_RESULTS:-taskline-results}" # as params.taskline.results says
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
HUGO_TASKLINE_COLLECT=1 hugo --quiet -s "$site" -d "$scratch/public" "$@"
rm -rf "$site/$results.new"
if [ -d "$scratch/public/taskline-specs" ]; then
  "$taskline" embed --dir "$scratch/public/taskline-specs" -o "$site/$results.new"
else
  mkdir -p "$site/$results.new"
fi
rm -rf "${site:?}/$results"
mv "$site/$results.new" "$site/$results"
