#!/usr/bin/env bash
# Makes a fresh Debian machine with Node 20 ready: Chromium, poppler-utils and qpdf from apt when missing,
# then the npm packages from the lock file (puppeteer's own browser download is skipped when Debian's
# Chromium is there; on a machine with internet and no Chromium, puppeteer downloads its own).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf) # the tests check the finished PDF's structure with it
command -v strace >/dev/null 2>&1 || need+=(strace) # the tests count the browser's network calls with it
command -v transicc >/dev/null 2>&1 || need+=(liblcms2-utils) # the tests check the output intent's sRGB profile with LittleCMS
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${need[*]} from apt" >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ -x /usr/bin/chromium ]; then export PUPPETEER_SKIP_DOWNLOAD=1; fi
npm ci --no-audit --no-fund
