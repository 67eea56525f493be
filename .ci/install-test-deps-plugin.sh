#!/usr/bin/env bash
# System packages the plugin's tests need: Xvfb, the private X server the review-window test
# (plugin ReviewDialogIT) starts on a free display. Fonts come with it (xfonts-base).
set -euo pipefail
if command -v Xvfb >/dev/null 2>&1; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends xvfb xauth fontconfig fonts-dejavu-core
