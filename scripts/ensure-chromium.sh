#!/usr/bin/env bash
# Finds a Chromium for the end-to-end tests, installing Debian's package when there is none.
# Playwright's own browser download is never used: this machine reaches no download host.
set -euo pipefail
if [ -n "${CHROME_PATH:-}" ] && [ -x "$CHROME_PATH" ]; then echo "Chromium: $CHROME_PATH"; exit 0; fi
if [ -x /usr/bin/chromium ]; then echo "Chromium: /usr/bin/chromium"; exit 0; fi
echo "Chromium is missing: installing Debian's chromium package (about 30 s)…"
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
test -x /usr/bin/chromium && echo "Chromium: /usr/bin/chromium"
