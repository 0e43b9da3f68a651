// Makes a rendered single-file Allure report phone nobody: removes the Google Analytics tag
// Allure 3 (3.18.0) writes into every report, with the report's UUID, whatever its settings (its
// template hard-codes analyticsEnable: true), and points the two outbound links of its bundled
// app ("Powered by" allurereport.org, the trace.playwright.dev viewer) at nothing. Then it checks
// that no external URL is left in the page or in any data: bundle it embeds, and fails loudly
// when one is: a new Allure version may add one, and a report must never ship with it.
//   node scripts/allure-offline.mjs INDEX_HTML
// Exit 0: cleaned (and rewritten in place); 1: an external URL is left (named), file untouched.
import { readFileSync, writeFileSync } from "node:fs";

const [file] = process.argv.slice(2);
if (!file) {
  console.error("usage: node scripts/allure-offline.mjs INDEX_HTML");
  process.exit(2);
}

// Not external URLs: XML namespace names (identifiers the app passes to createElementNS, never
// fetched) and the base the app parses relative paths against when the page has no <base> (the
// single-file report reads its data from the page itself). The browser check proves neither is
// requested. A URL built in code (`https://${host}`, linkified text) is a link, not a fetch.
const NOT_EXTERNAL = new Set([
  "http://www.w3.org/2000/svg",
  "http://www.w3.org/1999/xhtml",
  "http://www.w3.org/1998/Math/MathML",
  "http://www.w3.org/1999/xlink",
  "http://www.w3.org/XML/1998/namespace",
  "http://www.w3.org/2000/xmlns/",
  "https://localhost",
]);

// The analytics block of the awesome plugin's template: the gtag loader and its config script.
const ANALYTICS = /\s*<script async src="https:\/\/www\.googletagmanager\.com\/gtag\/js\?id=[^"]*"><\/script>\s*<script>\s*window\.dataLayer = window\.dataLayer \|\| \[\];[\s\S]*?<\/script>/g;

// Outbound links inside the app bundle: opened only on a click, but they are external URLs.
const LINKS = [
  ['"https://allurereport.org"', '"#"'],
  ['"https://trace.playwright.dev"', '"about:blank"'],
];

const DATA_URL = /data:(text\/javascript|text\/css|image\/svg\+xml|text\/html|application\/json);base64,([A-Za-z0-9+/=]+)/g;
const EXTERNAL = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>()\\]+/g;

let html = readFileSync(file, "utf8");
const analytics = html.match(ANALYTICS) ?? [];
html = html.replace(ANALYTICS, "");

html = html.replace(DATA_URL, (_, type, payload) => {
  let text = Buffer.from(payload, "base64").toString("utf8");
  for (const [from, to] of LINKS) text = text.replaceAll(from, to);
  return `data:${type};base64,${Buffer.from(text, "utf8").toString("base64")}`;
});

const left = externalUrls(html);
if (left.length > 0) {
  console.error(`the report would still reach outside file://: ${left.slice(0, 3).join(", ")}` +
    ` (Allure's output changed: update scripts/allure-offline.mjs)`);
  process.exit(1);
}
writeFileSync(file, html);
console.log(`allure-offline: ${analytics.length} analytics block(s) removed; no external URL left`);

/** Every external URL in the page and in the text data: bundles it embeds. */
function externalUrls(page) {
  const texts = [page];
  for (const m of page.matchAll(DATA_URL)) texts.push(Buffer.from(m[2], "base64").toString("utf8"));
  const found = new Set();
  for (const text of texts) {
    for (const m of text.matchAll(EXTERNAL)) {
      if (!NOT_EXTERNAL.has(m[0]) && !m[0].includes("://${")) found.add(m[0]);
    }
    if (/googletagmanager|google-analytics|gtag\(/.test(text)) found.add("(analytics code)");
  }
  return [...found];
}
