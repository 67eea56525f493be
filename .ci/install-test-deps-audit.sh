#!/usr/bin/env bash
# Debian packages the audit tests need: headless Chromium opens the compliance report
# (ReportInChromiumTest); rsyslog with its GnuTLS driver is the real syslog-over-TLS receiver for
# the ATNA export (AtnaExportToRsyslogTest); openssl makes the receiver's test certificate.
# Fonts give the report screenshot readable text. Run as root on a fresh Debian 12 machine.
set -euo pipefail
packages=(chromium rsyslog rsyslog-gnutls openssl fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
