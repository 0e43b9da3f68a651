#!/usr/bin/env bash
# Renders one or more allure-results folders into ONE self-contained Allure report
# (OUT_DIR/index.html, opens offline from file://) with the Allure 3 CLI pinned in package.json.
# Several results folders are merged: that is how sharded CI jobs get one report.
#
#   scripts/render-allure.sh RESULTS_DIR... OUT_DIR
#   scripts/render-allure.sh shard1/allure-results shard2/allure-results out/
#
# Runs `npm ci` in the repository root on first use (when node_modules/ lacks the CLI).
# The report is then made to load nothing from outside file:// (scripts/allure-offline.mjs: Allure
# 3 embeds Google Analytics in every report and has no switch for it); if anything external is
# left, no report is kept. The same script packs the page (gzip; a full run's report about 2 MB
# instead of 8.6 MB), unpacked in the browser.
# Exit codes: 0 rendered, 2 usage, 3 node/npm missing, 4 npm ci failed, 5 allure failed,
# 6 the report would still reach outside file:// (an Allure upgrade changed its output).
set -euo pipefail

die() { echo "render-allure: $2" >&2; exit "$1"; }

[ "$#" -ge 2 ] || die 2 "usage: $0 RESULTS_DIR... OUT_DIR"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
out="${!#}"
results=("${@:1:$#-1}")

command -v node >/dev/null 2>&1 || die 3 "node not found on PATH (install Node.js 20+, e.g. apt-get install -y nodejs npm)"
command -v npm >/dev/null 2>&1 || die 3 "npm not found on PATH (install npm, e.g. apt-get install -y npm)"

abs_results=()
for dir in "${results[@]}"; do
  [ -d "$dir" ] || die 2 "results folder not found: $dir"
  ls "$dir"/*-result.json >/dev/null 2>&1 || echo "render-allure: warning: no *-result.json in $dir" >&2
  abs_results+=("$(cd "$dir" && pwd)")
done

allure="$root/node_modules/.bin/allure"
if [ ! -x "$allure" ]; then
  echo "render-allure: installing the Allure CLI (npm ci in $root)" >&2
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >&2) || die 4 "npm ci failed in $root"
fi

mkdir -p "$(dirname "$out")"
out_abs="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
# Render beside the target, then swap it in: a failed render never leaves half a report.
tmp="$(mktemp -d "${out_abs%/}.tmp.XXXXXX")"
chmod 755 "$tmp"
trap 'rm -rf "$tmp"' EXIT
(cd "$root" && "$allure" generate --config "$root/allurerc.mjs" --output "$tmp" "${abs_results[@]}" >&2) \
  || die 5 "allure generate failed"
[ -f "$tmp/index.html" ] || die 5 "allure generate wrote no index.html"
reason="$(node "$root/scripts/allure-offline.mjs" "$tmp/index.html" 2>&1 >/dev/null)" \
  || die 6 "not kept: ${reason:-scripts/allure-offline.mjs failed}"
# Kept, with a warning (the page could not be packed, so it is larger): say it.
[ -z "$reason" ] || echo "render-allure: $reason" >&2
rm -rf "$out_abs"
mv "$tmp" "$out_abs"
trap - EXIT
echo "$out_abs/index.html"
