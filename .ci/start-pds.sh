#!/usr/bin/env bash
# Prepares (and with --run, starts) the local AT Protocol PDS that the Bluesky connector tests use.
# The tests start it themselves; this script installs the pinned npm packages ahead of time so a
# CI run does not spend its test time on `npm ci`. Needs Node.js 20 with npm, g++, make, python3
# (better-sqlite3 is compiled against the installed Node).
#   .ci/start-pds.sh            install core/src/test/pds/node_modules if missing
#   .ci/start-pds.sh --run      also start a PDS on 127.0.0.1 (PLC 2582, PDS 2583) until Ctrl-C
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../core/src/test/pds"

command -v node >/dev/null || { echo "start-pds: node (Node.js 20) is required" >&2; exit 1; }
command -v npm >/dev/null || { echo "start-pds: npm is required" >&2; exit 1; }
if [[ ! -d node_modules/@atproto/pds ]]; then
  # Compile better-sqlite3 against the installed Node headers instead of downloading them.
  if [[ -z "${npm_config_nodedir:-}" && -f /usr/include/node/node_api.h ]]; then
    export npm_config_nodedir=/usr
  fi
  npm ci --no-audit --no-fund
fi
if [[ "${1:-}" == "--run" ]]; then
  data="$(mktemp -d)"
  trap 'rm -rf "$data"' EXIT
  node launch.js 2582 2583 "$data"
fi
