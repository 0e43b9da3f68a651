#!/usr/bin/env bash
# Opens a run's summary.html and allure-report/index.html in headless Chromium from file:// (as a
# vendor would), with every request each page makes logged, and checks that each page shows the
# target, the MUST score and at least one scenario name and that NO request leaves file://.
# Saves a screenshot and the request log of each page under REPORT_DIR/screenshots/.
#
#   scripts/check-reports-in-browser.sh reports/latest
#
# Installs Debian's chromium with apt-get when no Chromium is on PATH. Needs node (to read
# summary.json, and playwright-core from package.json, which drives that Chromium and downloads
# no browser).
# Exit 0 when both pages pass; otherwise non-zero with one line saying why.
set -euo pipefail

fail() { echo "check-reports: $*" >&2; exit 1; }

[ "$#" -eq 1 ] || { echo "usage: $0 REPORT_DIR" >&2; exit 2; }
# reports/latest is a link to the last complete run; where links cannot be made, reports/latest.txt names it.
if [ ! -d "$1" ] && [ -f "$(dirname "$1")/latest.txt" ] && [ "$(basename "$1")" = latest ]; then
  set -- "$(dirname "$1")/$(head -n 1 "$(dirname "$1")/latest.txt")"
fi
dir="$(cd "$1" 2>/dev/null && pwd -P)" || fail "report folder not found: $1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/.." && pwd)"
summary="$dir/summary.html"
allure="$dir/allure-report/index.html"
[ -f "$dir/summary.json" ] || fail "$dir/summary.json not found"
[ -f "$summary" ] || fail "$summary not found"
[ -f "$allure" ] || fail "$allure not found (render it: scripts/render-allure.sh $dir/allure-results $dir/allure-report)"
command -v node >/dev/null 2>&1 || fail "node not found on PATH (needed to read summary.json and drive the browser)"

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "check-reports: installing chromium (apt-get)" >&2
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium; } >/dev/null 2>&1 \
    || fail "chromium is not installed and apt-get could not install it"
  browser="$(command -v chromium)" || fail "apt-get installed chromium but it is not on PATH"
fi
if [ ! -d "$repo/node_modules/playwright-core" ]; then
  (cd "$repo" && npm ci --no-audit --no-fund --silent) >/dev/null 2>&1 || fail "npm ci failed (needed for playwright-core)"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
node "$here/report-expectations.mjs" "$dir" > "$work/expect.txt" || fail "could not read $dir/summary.json"
mkdir -p "$dir/screenshots"

# check LABEL PAGE: one page, its screenshot and its request log.
check() {
  local label="$1" page="$2" result
  if result="$(timeout 300 node "$here/check-report-page.mjs" "$label" "$browser" "$page" "$work/expect.txt" \
      "$dir/screenshots/$label.png" "$dir/screenshots/$label-network.log" 2>&1)"; then
    echo "check-reports: $label OK: $result; screenshot $dir/screenshots/$label.png"
  else
    fail "$label: ${result:-the browser check did not finish within 300 s}"
  fi
}

check summary "$summary"
check allure "$allure"
