#!/usr/bin/env bash
# Installs what a test step needs when this machine lacks it, so that
# ./build.sh test alone is enough on a fresh machine. Sourced by the test
# scripts; each function is idempotent and quiet when the thing is there.
#   need_npm DIR        npm ci in DIR when node_modules is missing or older than the lock file
#   need_chromium       Chromium from Debian (apt-get) when /usr/bin/chromium is missing
#   need_staticcheck    staticcheck (go install, at STATICCHECK_VERSION); prints its path

STATICCHECK_VERSION=v0.8.2

need_npm() {
  local d="$1"
  [ -f "$d/package-lock.json" ] || return 0
  command -v npm >/dev/null 2>&1 || { echo "need: npm not found (install Node.js)" >&2; return 1; }
  # npm ci writes node_modules/.package-lock.json; a lock file newer than it
  # means packages were added or changed since.
  if [ ! -f "$d/node_modules/.package-lock.json" ] || [ "$d/package-lock.json" -nt "$d/node_modules/.package-lock.json" ]; then
    echo "need: npm ci in $d/" >&2
    (cd "$d" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

need_chromium() {
  if [ -n "${CHROMIUM:-}" ] && [ -x "$CHROMIUM" ]; then return 0; fi
  if [ -x /usr/bin/chromium ]; then return 0; fi
  echo "need: installing Chromium (apt-get)" >&2
  if [ "$(id -u)" != 0 ]; then echo "need: Chromium is missing and apt-get needs root; install the chromium package" >&2; return 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq chromium >/dev/null
}

need_staticcheck() {
  local bin
  bin="$(go env GOPATH)/bin/staticcheck"
  if [ -x "$bin" ] && "$bin" -version 2>/dev/null | grep -q "${STATICCHECK_VERSION#v}"; then echo "$bin"; return 0; fi
  echo "need: go install honnef.co/go/tools/cmd/staticcheck@$STATICCHECK_VERSION" >&2
  go install "honnef.co/go/tools/cmd/staticcheck@$STATICCHECK_VERSION" >&2 || return 1
  echo "$bin"
}
