#!/usr/bin/env bash
# What the connector tests need: Node.js 20 with npm runs the reference AT Protocol PDS that the
# Bluesky test starts on loopback (BlueskyLocalPdsTest); g++, make and python3 compile its
# better-sqlite3 during `npm ci`. Node 20 comes from the NodeSource repository on this machine
# (Debian 12's own nodejs is 18; @atproto/pds 0.4.217 needs >= 18.7, later 0.5.x needs 22).
# Run as root on a fresh Debian 12 machine.
set -euo pipefail
packages=(nodejs g++ make python3)
source "$(dirname "${BASH_SOURCE[0]}")/apt-ensure.sh"
apt_ensure "${packages[@]}"
# Debian's nodejs comes without npm (NodeSource's carries its own): add Debian's when missing.
command -v npm >/dev/null || apt_ensure npm
"$(dirname "${BASH_SOURCE[0]}")/start-pds.sh"
