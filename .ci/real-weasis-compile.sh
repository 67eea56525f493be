#!/usr/bin/env bash
# Linkage check against the real viewer: compiles plugin/src/main/java with javac 25 against the
# upstream Weasis 4.7.2, weasis-core-img, weasis-dicom-tools, dcm4che 5.34.3 and DockingFrames
# sources (kept beside the repository in ../shared/weasis-src by the CI machine, not in this
# repository) instead of weasis-api-stubs. A member the plugin uses that Weasis does not have, or
# has with another signature, fails this step. Weasis 4.7 needs Java 25: installed from Debian when
# no JDK 25 is under /usr/lib/jvm. WEASIS_SRC_KIT names the kit's folder when it is elsewhere.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
kit="${WEASIS_SRC_KIT:-../shared/weasis-src}/compile-plugin.sh"
[ -f "$kit" ] || { echo "real-weasis-compile: $kit is missing" >&2; exit 1; }

have_jdk25() {
  local d
  for d in /usr/lib/jvm/*25*; do
    [ -x "$d/bin/javac" ] && "$d/bin/javac" -version 2>&1 | grep -q '^javac 25' && return 0
  done
  return 1
}
if ! have_jdk25; then
  source .ci/apt-ensure.sh
  apt_ensure openjdk-25-jdk-headless || true
  have_jdk25 || { echo "real-weasis-compile: no JDK 25 under /usr/lib/jvm and none from apt" >&2; exit 1; }
fi

echo "== real-source compile (plugin against Weasis 4.7.2)"
bash "$kit" .
