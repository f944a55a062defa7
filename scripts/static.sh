#!/usr/bin/env bash
# A static copy of the site that any web server can host (no Go server, no
# share API): the playground, the lessons, /docs/embed, the embed script and
# the classroom pages, laid out at the paths the Go server answers.
#   scripts/static.sh [OUT]     (default dist/static; run after ./build.sh)
# It must be served at the root of its host (the pages use absolute paths
# such as /build/). Without the share API, Share in the playground answers
# with a link that carries the program, and a set is shared as a link that
# carries the set (set.html#data=…) or as a file opened on set.html.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-dist/static}"
[ -f static/build/taskline.wasm ] && [ -d static/build/lessons ] || { echo "static: run ./build.sh first" >&2; exit 1; }
rm -rf "$out"
mkdir -p "$out"
# The site as served, without the precompressed copies a plain server
# would not know to use.
(cd static && find . -type f ! -name '*.gz' ! -name '*.br' ! -name '.*' -print) | while read -r f; do
  mkdir -p "$out/$(dirname "$f")"; cp "static/$f" "$out/$f"
done
# The Go server's aliases (server/aliases.go), as plain files.
mkdir -p "$out/lessons" "$out/docs/embed" "$out/embed"
cp -r static/build/lessons/. "$out/lessons/"
find "$out/lessons" \( -name '*.gz' -o -name '*.br' \) -delete
cp static/build/docs/embed.html "$out/docs/embed/index.html"
cp static/embed.html "$out/embed/index.html"
cp static/build/embed.js "$out/embed.js"
echo "static: $out ($(du -sh "$out" | cut -f1)); serve it at the root of any web server"
