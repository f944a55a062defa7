#!/usr/bin/env bash
# Bundles the classroom pages' script (web/src/teach/main.js) into
# static/build/teach.js; teach.html and set.html load it. Run by ./build.sh
# after scripts/build.sh (which makes sure web/node_modules exists).
set -euo pipefail
cd "$(dirname "$0")/.."
out=static/build
if [ ! -x web/node_modules/.bin/esbuild ]; then
  echo "build-teach: web/node_modules missing (run npm ci in web/); the classroom pages need it" >&2
  exit 0
fi
(cd web && node_modules/.bin/esbuild src/teach/main.js --bundle --format=esm --target=es2022 --minify --sourcemap \
  --log-level=warning --outfile="../$out/teach.js")
gzip -9 -n -c "$out/teach.js" > "$out/teach.js.gz"
