#!/usr/bin/env bash
# Debian packages the audit tests need: headless Chromium opens the compliance report
# (ReportInChromiumTest); rsyslog with its GnuTLS driver is the real syslog-over-TLS receiver for
# the ATNA export (AtnaExportToRsyslogTest); openssl makes the receiver's test certificate.
# Fonts give the report screenshot readable text. Run as root on a fresh Debian 12 machine.
set -euo pipefail
packages=(chromium rsyslog rsyslog-gnutls openssl fonts-dejavu-core)
source "$(dirname "${BASH_SOURCE[0]}")/apt-ensure.sh"
apt_ensure "${packages[@]}"
