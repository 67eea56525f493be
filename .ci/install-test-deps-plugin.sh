#!/usr/bin/env bash
# System packages the plugin's tests need: Xvfb, the private X server the review-window test
# (plugin ReviewDialogIT) starts on a free display. Fonts come with it (xfonts-base).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/apt-ensure.sh"
apt_ensure xvfb xauth fontconfig fonts-dejavu-core
