#!/usr/bin/env bash
# Debian's Chromium for the browser tests and Lighthouse (Playwright cannot download its own
# browsers on these machines). Runs before `npm test`; does nothing when Chromium is there.
set -euo pipefail
CHROMIUM="${CHROME_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "Chromium is missing at $CHROMIUM and installing it needs root:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y chromium   (or set CHROME_PATH)" >&2
  exit 1
fi
echo "Installing Debian's chromium for the browser tests…" >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
"$CHROMIUM" --version >&2
