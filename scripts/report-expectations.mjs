// Prints what a rendered report must show, read from REPORT_DIR/summary.json, HTML-escaped as
// the browser serialises text in a dumped DOM:
//   line 1: every target URL, separated by tabs; line 2: the first vendor's MUST score ("75%" or "n/a");
//   lines 3…: every scenario name (the page must show at least one).
// Used by scripts/check-reports-in-browser.sh.
import { readFileSync } from "node:fs";

const dir = process.argv[2];
const summary = JSON.parse(readFileSync(`${dir}/summary.json`, "utf8"));
const escape = (s) => String(s).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const percent = summary.vendors?.[0]?.score?.must?.percent;
const score = percent === null || percent === undefined ? "n/a" : `${percent}%`;
const names = (summary.scenarios ?? []).map((s) => s.name);
if (!summary.target || names.length === 0) {
  console.error("summary.json has no target or no scenarios");
  process.exit(1);
}
// A run against several targets names each one on the page; the joined summary.target does not
// appear verbatim, so each URL is checked on its own.
const targets = (summary.targets ?? []).map((t) => t.url).filter(Boolean);
const targetLine = (targets.length > 0 ? targets : [summary.target]).map(escape).join("\t");
console.log([targetLine, score, ...names.map(escape)].join("\n"));
