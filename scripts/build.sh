#!/usr/bin/env bash
# Builds what the page needs into static/build/ (git-ignored), redoing only
# what is stale by modification time:
#   taskline.wasm   the Python engine (GOOS=js GOARCH=wasm ./wasm)
#   taskline-go.wasm  the Go engine (./wasm/golang), fetched when Go is used
#   wasm_exec.js    Go's loader, copied from this Go installation
#   examples.json   examples/python/*.py and examples/go/*.go for the menu
#   first-sight.js  Python's seed example and its result, shown while the engine loads
#   first-run-go.tltb  Go's seed example's result, shown while the Go engine loads
#   app.js, worker.js, editor.js, bench.js   the front-end, bundled by esbuild
#   *.gz, *.br      precompressed copies for the server
# Without node/npm the front-end modules are copied unbundled and the page
# falls back to a plain textarea editor (it says so on the page).
set -euo pipefail
cd "$(dirname "$0")/.."
out=static/build
mkdir -p "$out"
failed=""

# newer OUT PATHS...: true if OUT is missing or any file under PATHS is newer.
newer() {
  local o="$1"; shift
  [ -e "$o" ] || return 0
  [ -n "$(find "$@" -newer "$o" -type f -not -path '*/node_modules/*' -print -quit 2>/dev/null)" ]
}

# wasmmod OUT PKG TAGS [GCFLAGS]: builds the wasm module OUT from package PKG when one
# of the module's own packages that PKG imports (or go.mod) changed. A
# failed build does not stop the rest; the script still fails at the end,
# and the last good module stays in place.
wasmmod() {
  local o="$out/$1" pkg="$2" tags="$3" gcflags="${4:-}" depdirs gosrc
  if depdirs=$(GOOS=js GOARCH=wasm go list -tags "$tags" -deps -f '{{with .Module}}{{if .Main}}{{$.Dir}}{{end}}{{end}}' "$pkg" 2>/dev/null) && [ -n "$depdirs" ]; then
    gosrc=$(for d in $depdirs; do find "$d" -maxdepth 1 -name '*.go' -print; done)
  else
    gosrc=$(find . -name '*.go' -not -path './web/*' -not -path './examples/*' -not -path './.git/*' -not -path '*/node_modules/*' -not -path './static/*' -print)
  fi
  newer "$o" $gosrc go.mod go.sum scripts/build.sh || return 0
  echo "build: $o"
  if GOOS=js GOARCH=wasm go build -tags "$tags" ${gcflags:+"-gcflags=all=$gcflags"} -trimpath -ldflags="-s -w" -o "$o.tmp" "$pkg"; then
    mv "$o.tmp" "$o"
  else
    rm -f "$o.tmp"
    failed="$failed $1"
  fi
}
# The Python engine, which every visitor downloads; tasklinepy leaves the
# Go half of engine/explain (go/parser) out of it, and without inlining
# (-l) its code is about a fifth smaller (1.71 → 1.45 MB brotli).
wasmmod taskline.wasm ./wasm tasklinepy -l
# The Go engine, fetched only when a page runs Go.
wasmmod taskline-go.wasm ./wasm/golang ""

goroot=$(go env GOROOT)
execjs="$goroot/lib/wasm/wasm_exec.js"
[ -f "$execjs" ] || execjs="$goroot/misc/wasm/wasm_exec.js"
if newer "$out/wasm_exec.js" "$execjs"; then cp "$execjs" "$out/wasm_exec.js"; fi

exdirs=$(ls -d examples/python examples/go 2>/dev/null || true)
if [ -n "$exdirs" ] && { newer "$out/examples.json" $exdirs web/tools/examples.go; }; then
  echo "build: $out/examples.json"
  go run web/tools/examples.go -o "$out/examples.json"
elif [ -z "$exdirs" ] && [ ! -f "$out/examples.json" ]; then
  echo '[]' > "$out/examples.json"
fi

# Each language's seed example's result as the worker would send it, run
# natively by the same engine code (built with its module's tags): the page
# shows it while that engine downloads, and the engine's first run confirms it.
# Python's is a script (-js) that the playground's HTML loads beside app.js,
# with the program in it: a first visit needs nothing else to show it.
recorded() { # recorded OUT LANG MODULE TAGS [-js]
  if [ -f "$out/examples.json" ] && newer "$out/$1" "$out/$3" "$out/examples.json" web/tools/firstrun.go wasm/host/result.go; then
    echo "build: $out/$1"
    go run ${4:+-tags "$4"} web/tools/firstrun.go -lang "$2" ${5:-} -examples "$out/examples.json" -o "$out/$1" || failed="$failed $1"
  fi
}
recorded first-sight.js python taskline.wasm tasklinepy -js
recorded first-run-go.tltb go taskline-go.wasm ""

if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  source scripts/need.sh
  need_npm web
  if newer "$out/app.js" web/src web/package-lock.json || [ ! -f "$out/editor.js" ]; then
    echo "build: bundling web/src with esbuild"
    rm -rf "$out/timeline" # unbundled modules from a build without npm
    (cd web && node_modules/.bin/esbuild src/app.js src/editor.js src/bench.js --bundle --format=esm \
      --target=es2022 --minify --sourcemap --log-level=warning --outdir="../$out")
    # A classic script, not a module: the run worker.
    (cd web && node_modules/.bin/esbuild src/worker.js --minify --target=es2022 --log-level=warning --outdir="../$out")
  fi
else
  if newer "$out/app.js" web/src; then
    echo "build: node/npm not found; copying unbundled modules (plain textarea editor)"
    (cd web/src && find . -name '*.js' -not -name editor.js -print) | while read -r f; do
      mkdir -p "$out/$(dirname "$f")"; cp "web/src/$f" "$out/$f"
    done
    rm -f "$out/editor.js"
  fi
fi

# Precompress: .gz always (gzip), .br when node is there to make it.
for f in $(find "$out" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.json' -o -name '*.map' -o -name '*.tltb' \)); do
  if newer "$f.gz" "$f"; then gzip -9 -n -c "$f" > "$f.gz"; fi
  if command -v node >/dev/null 2>&1 && newer "$f.br" "$f"; then
    # Quality 11 on the big Go module takes minutes; 9 takes seconds and
    # costs about 15% more bytes. The Python module, which every visitor
    # downloads, gets 11.
    node -e 'const z=require("zlib"),fs=require("fs");const [i,o]=process.argv.slice(1);const b=fs.readFileSync(i);fs.writeFileSync(o,z.brotliCompressSync(b,{params:{[z.constants.BROTLI_PARAM_QUALITY]:b.length>12e6?9:11,[z.constants.BROTLI_PARAM_LGWIN]:24,[z.constants.BROTLI_PARAM_SIZE_HINT]:b.length}}))' "$f" "$f.br"
  fi
done

if [ -n "$failed" ]; then echo "build: $failed failed to build" >&2; exit 1; fi
