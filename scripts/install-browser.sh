#!/usr/bin/env bash
# Debian's Chromium for the browser checks (`npm run test:e2e`), if it is not there yet.
# playwright-core drives it; it never downloads a browser of its own.
set -euo pipefail

if command -v chromium >/dev/null 2>&1; then
  echo "chromium already installed: $(command -v chromium)"
  exit 0
fi

export DEBIAN_FRONTEND=noninteractive
sudo=''
if [ "$(id -u)" -ne 0 ]; then sudo='sudo'; fi
$sudo apt-get update -qq
$sudo apt-get install -y -qq chromium
echo "chromium installed: $(command -v chromium)"
