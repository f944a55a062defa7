#!/usr/bin/env bash
# Runs the worker locally under wrangler (workerd from npm), offline, with
# a local D1 database migrated from share/migrations:
#   ./build.sh worker-dev [--port N] [--persist-to DIR] [other wrangler dev flags]
# The database lives in worker/.wrangler/state unless --persist-to says
# otherwise. It listens on 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

port=8787
persist=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --port=*) port="${1#--port=}"; shift ;;
    --persist-to) persist="$2"; shift 2 ;;
    --persist-to=*) persist="${1#--persist-to=}"; shift ;;
    *) args+=("$1"); shift ;;
  esac
done

bash scripts/worker.sh
cd worker
if [ ! -d node_modules ]; then npm ci --no-audit --no-fund --loglevel=error; fi

export WRANGLER_SEND_METRICS=false
persist_args=()
if [ -n "$persist" ]; then persist_args=(--persist-to "$persist"); fi
# Non-interactive: wrangler applies the migrations without asking.
CI=true npx --no-install wrangler d1 migrations apply DB --local "${persist_args[@]}"
exec npx --no-install wrangler dev --ip 127.0.0.1 --port "$port" "${persist_args[@]}" ${args[@]+"${args[@]}"}
