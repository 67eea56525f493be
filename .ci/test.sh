#!/usr/bin/env bash
# The README's test command. Run as root on a fresh Debian 12 machine: installs what the build
# itself needs (a JDK 17 and Maven, when missing) and the system packages the tests need (each area
# keeps its list in a .ci/install-test-deps-*.sh script), then runs every test with Maven.
# `.ci/run` (CI) calls this script, then adds the check against the real Weasis sources.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source .ci/apt-ensure.sh

command -v javac >/dev/null || apt_ensure openjdk-17-jdk-headless
command -v mvn >/dev/null || apt_ensure maven

for deps in .ci/install-test-deps-*.sh; do
  [ -e "$deps" ] || continue
  echo "== $deps"
  bash "$deps"
done

echo "== mvn -B verify"
mvn -B verify "$@"
