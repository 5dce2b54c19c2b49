#!/usr/bin/env bash
# Install Debian's chromium for the browser tests (Playwright drives it; no `playwright install`,
# which would download a browser this machine cannot reach).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "install-chromium: installing Debian's chromium package" >&2
export DEBIAN_FRONTEND=noninteractive
if [ "$(id -u)" = "0" ]; then SUDO=""; else SUDO="sudo"; fi
$SUDO apt-get install -y -qq chromium >&2 || { $SUDO apt-get update -qq >&2 && $SUDO apt-get install -y -qq chromium >&2; }
