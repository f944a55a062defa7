#!/usr/bin/env bash
# Builds the lessons, the embed scripts and the embedding docs into
# static/build/ (git-ignored). Run by ./build.sh after scripts/build.sh.
#   static/build/lessons/     one page per lessons/*.md, index.html, lesson.css, lesson.js
#   static/build/embed.js     <taskline-playground> for other sites (docs/EMBED.md)
#   static/build/embed-frame.js   the script of static/embed.html (/embed)
#   static/build/docs/embed.html  docs/EMBED.md as a page, with its script docs/docs.js
# Every run block is run by the engine now, so the pages ship their results.
# A block whose run disagrees with its expect fails the build; a language
# this build cannot run yet is rendered without a result.
set -euo pipefail
cd "$(dirname "$0")/.."
out=static/build
mkdir -p "$out/lessons" "$out/docs"

go build -o "$out/.taskline" ./cmd/taskline
"$out/.taskline" render lessons -o "$out/lessons" --allow-missing-lang --icon /favicon.svg
"$out/.taskline" render docs/EMBED.md -o "$out/docs/embed.html" --allow-missing-lang \
  --script /build/docs/docs.js --css /build/lessons/lesson.css --home /lessons/ --icon /favicon.svg
rm -f "$out/.taskline"

if [ -x web/node_modules/.bin/esbuild ]; then
  (cd web && node_modules/.bin/esbuild embed/embed.js embed/frame.js --bundle --format=esm --target=es2020 --minify \
      --sourcemap --log-level=warning --outdir="../$out" --entry-names='[name]' \
    && mv "../$out/frame.js" "../$out/embed-frame.js" && mv "../$out/frame.js.map" "../$out/embed-frame.js.map" \
    && sed -i 's/frame\.js\.map/embed-frame.js.map/' "../$out/embed-frame.js" \
    && node_modules/.bin/esbuild embed/lesson.js --bundle --format=esm --target=es2020 --minify --sourcemap \
      --log-level=warning --outfile="../$out/lessons/lesson.js" \
    && node_modules/.bin/esbuild embed/docs.js --bundle --format=esm --target=es2020 --minify --sourcemap \
      --log-level=warning --outfile="../$out/docs/docs.js")
else
  echo "build-lessons: web/node_modules missing (run npm ci in web/); lesson pages are static only" >&2
fi

for f in $(find "$out/lessons" "$out/docs" "$out/embed.js" "$out/embed-frame.js" -type f \( -name '*.js' -o -name '*.html' -o -name '*.css' -o -name '*.map' \) 2>/dev/null); do
  gzip -9 -n -c "$f" > "$f.gz"
done
