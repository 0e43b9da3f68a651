#!/usr/bin/env bash
# Opens a run's summary.html and allure-report/index.html in headless Chromium from file://
# (as a vendor would), saves a screenshot of each under REPORT_DIR/screenshots/, and checks
# that each rendered page shows the target, the MUST score and at least one scenario name.
#
#   scripts/check-reports-in-browser.sh reports/latest
#
# Installs Debian's chromium with apt-get when no Chromium is on PATH. Needs node (to read
# summary.json; playwright-core from package.json for the Allure page) and perl (to drop
# <script>/<style> so only rendered markup is searched).
# Exit 0 when both pages pass; otherwise non-zero with one line saying why.
set -euo pipefail

fail() { echo "check-reports: $*" >&2; exit 1; }

[ "$#" -eq 1 ] || { echo "usage: $0 REPORT_DIR" >&2; exit 2; }
dir="$(cd "$1" 2>/dev/null && pwd)" || fail "report folder not found: $1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
summary="$dir/summary.html"
allure="$dir/allure-report/index.html"
[ -f "$dir/summary.json" ] || fail "$dir/summary.json not found"
[ -f "$summary" ] || fail "$summary not found"
[ -f "$allure" ] || fail "$allure not found (render it: scripts/render-allure.sh $dir/allure-results $dir/allure-report)"
command -v node >/dev/null 2>&1 || fail "node not found on PATH (needed to read summary.json)"
command -v perl >/dev/null 2>&1 || fail "perl not found on PATH"

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "check-reports: installing chromium (apt-get)" >&2
  { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium; } >/dev/null 2>&1 \
    || fail "chromium is not installed and apt-get could not install it"
  browser="$(command -v chromium)" || fail "apt-get installed chromium but it is not on PATH"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
node "$here/report-expectations.mjs" "$dir" > "$work/expect.txt" || fail "could not read $dir/summary.json"
target="$(sed -n 1p "$work/expect.txt")"
score="$(sed -n 2p "$work/expect.txt")"
sed -n '3,$p' "$work/expect.txt" > "$work/names.txt"

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --hide-scrollbars)
mkdir -p "$dir/screenshots"

# inspect LABEL PAGE BUDGET: dump the rendered DOM; print why it falls short, or nothing.
inspect() {
  local label="$1" page="$2" budget="$3" dom="$work/$1.dom.html" text="$work/$1.text.html"
  # A fresh profile per launch: no state leaks from one page (or one run) into the next.
  timeout 180 "$browser" "${flags[@]}" --user-data-dir="$(mktemp -d "$work/profile.XXXXXX")" --virtual-time-budget="$budget" \
    --dump-dom "file://$page" > "$dom" 2> "$work/$label.log" || { echo "chromium could not render $page"; return; }
  # Only what the page renders counts: embedded report data inside <script> does not.
  perl -0pe 's/<script\b.*?<\/script>//gis; s/<style\b.*?<\/style>//gis' "$dom" > "$text"
  grep -qF -- "$target" "$text" || { echo "the page does not show the target $target"; return; }
  grep -qF -- "$score" "$text" || { echo "the page does not show the MUST score $score"; return; }
  grep -qF -f "$work/names.txt" "$text" || { echo "the page shows no scenario name (still loading?)"; return; }
}

# check LABEL PAGE SCREENSHOT: a cold first Chromium start can outrun the virtual-time budget,
# so a short page gets two more tries with longer budgets before it counts as broken.
check() {
  local label="$1" page="$2" shot="$3" budget reason=""
  for budget in 8000 15000 30000; do
    reason="$(inspect "$label" "$page" "$budget")"
    [ -z "$reason" ] && break
  done
  [ -z "$reason" ] || fail "$label: $reason"
  rm -f "$shot"
  timeout 180 "$browser" "${flags[@]}" --user-data-dir="$(mktemp -d "$work/profile.XXXXXX")" --virtual-time-budget="$budget" \
    --window-size=1280,800 --screenshot="$shot" "file://$page" > "$work/$label.shot.log" 2>&1 \
    || fail "$label: chromium could not take a screenshot of $page"
  [ -s "$shot" ] || fail "$label: no screenshot written to $shot"
  echo "check-reports: $label OK: shows $target, MUST score $score and scenario names; screenshot $shot"
}

check summary "$summary" "$dir/screenshots/summary.png"

# The Allure tree starts collapsed in a large report, so a static DOM dump shows no scenario:
# playwright-core (from package.json; it drives this Chromium, downloads nothing) opens the
# first group at each level, then checks and takes the screenshot.
repo="$(cd "$here/.." && pwd)"
if [ ! -d "$repo/node_modules/playwright-core" ]; then
  (cd "$repo" && npm ci --no-audit --no-fund --silent) >/dev/null 2>&1 || fail "npm ci failed (needed for playwright-core)"
fi
if result="$(node "$here/check-allure-page.mjs" "$browser" "$allure" "$work/expect.txt" "$dir/screenshots/allure.png" 2>&1)"; then
  echo "check-reports: allure OK: $result; screenshot $dir/screenshots/allure.png"
else
  fail "allure: $result"
fi
