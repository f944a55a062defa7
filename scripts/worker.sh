#!/usr/bin/env bash
# Builds the Cloudflare worker into worker/build/:
#   app.wasm            the Go worker (GOOS=js GOARCH=wasm ./worker)
#   worker.mjs, ...     syumai/workers' JS glue (workers-assets-gen -mode=go)
#   public/             the static site (static/ after scripts/build.sh),
#                       without the precompressed copies, which the platform
#                       does not need, plus a _headers file with the server's
#                       security headers
# and reports the wasm's size against the Workers script limits.
set -euo pipefail
cd "$(dirname "$0")/.."
out=worker/build

bash build.sh build  # the page, then the lessons and the embed script

# The generator removes its output directory first, so build into a fresh one.
rm -rf "$out.tmp"
go run github.com/syumai/workers/cmd/workers-assets-gen -mode=go -o "$out.tmp"
GOOS=js GOARCH=wasm go build -trimpath -ldflags="-s -w" -o "$out.tmp/app.wasm" ./worker
cp -R static "$out.tmp/public"
go run ./worker/genheaders > "$out.tmp/public/_headers"
# The platform serves files by their own names: put the server's aliased
# pages (lessons, embed script, docs) where their public paths point.
go run ./worker/genheaders -aliases | while read -r pub src; do
  [ -e "static/$src" ] || continue
  mkdir -p "$(dirname "$out.tmp/public$pub")"
  case "$pub" in
    */) mkdir -p "$out.tmp/public$pub"; cp -R "static/$src." "$out.tmp/public$pub" ;;
    *) cp "static/$src" "$out.tmp/public$pub" ;;
  esac
done
find "$out.tmp/public" \( -name '*.gz' -o -name '*.br' -o -name '.*' \) -type f -delete
rm -rf "$out"
mv "$out.tmp" "$out"

# Workers limits apply to the compressed script: 3 MB on the free plan,
# 10 MB on paid plans.
raw=$(wc -c < "$out/app.wasm")
gz=$(gzip -9 -c "$out/app.wasm" | wc -c)
limit=$((3 * 1000 * 1000))
echo "worker: $out/app.wasm $raw bytes, $gz gzipped (free-plan limit $limit)"
if [ "$gz" -gt "$limit" ]; then
  echo "worker: the gzipped wasm exceeds the free-plan limit" >&2
  exit 1
fi
