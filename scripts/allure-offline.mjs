// Makes a rendered single-file Allure report phone nobody, and small:
// 1. removes the Google Analytics tag Allure 3 (3.18.0) writes into every report, with the
//    report's UUID, whatever its settings (its template hard-codes analyticsEnable: true), and
//    points the two outbound links of its bundled app ("Powered by" allurereport.org, the
//    trace.playwright.dev viewer) at nothing;
// 2. packs the page: the app (a 2.6 MB script Allure embeds as base64) and the report data
//    (base64 JSON, some of it twice: widgets/X and widgets/default/X are the same) are stored
//    gzip-compressed, each payload once, in inert <script type="application/x-allure-packed">
//    blocks, and a small script unpacks them in the page (DecompressionStream; nothing is
//    fetched) and hands the app exactly what Allure gave it. A full run's report goes from
//    about 8.6 MB to under 2 MB. When the page is not shaped as this Allure version writes it,
//    it is kept unpacked (still offline) and a warning says so on stderr;
// 3. checks that no external URL is left in the page, in any data: bundle or in the packed app,
//    and fails loudly when one is: a new Allure version may add one, and a report must never
//    ship with it.
//   node scripts/allure-offline.mjs INDEX_HTML
// Exit 0: cleaned (and rewritten in place); 1: an external URL is left (named), file untouched.
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";

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
// The app Allure embeds, its report data, and what pack() writes in their place.
const APP_SCRIPT = /<script\s+src="data:text\/javascript;base64,([A-Za-z0-9+/=]+)"><\/script>/g;
const DATA_SCRIPT = /<script defer>\s*Promise\.allSettled\(\[([\s\S]*?)\]\)\s*\.then\(function\(\)\{\s*window\.allureReportDataReady = true;\s*\}\)\s*<\/script>/;
const DATA_ENTRY = /d\("((?:[^"\\]|\\.)*)","([A-Za-z0-9+/=]*)"\)/g;
const PACKED = /<script type="application\/x-allure-packed" id="allure-packed-(app|data)">([A-Za-z0-9+/=]+)<\/script>/g;

// Runs in the report: unpacks the data into window.allureReportData (as Allure's d() would have),
// marks it ready, then runs the app. Everything stays in the page: atob, DecompressionStream and
// a Response over a stream read no URL. A browser without DecompressionStream (Chrome < 80,
// Firefox < 113, Safari < 16.4) gets one line saying so instead of an endless spinner.
const UNPACK = `
(function () {
  function fail(why) {
    var loader = document.getElementById("allure-app-loader");
    if (loader) loader.textContent = "This report cannot be shown: " + why;
  }
  if (typeof DecompressionStream !== "function") {
    fail("this browser cannot decompress it (it needs Chrome 80, Firefox 113, Safari 16.4 or newer).");
    return;
  }
  function unpack(id) {
    var binary = atob(document.getElementById(id).textContent);
    var bytes = new Uint8Array(binary.length);
    for (var i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).text();
  }
  function base64(text) {
    var bytes = new TextEncoder().encode(text), binary = "";
    for (var i = 0; i < bytes.length; i += 32768) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 32768));
    return btoa(binary);
  }
  Promise.all([unpack("allure-packed-data"), unpack("allure-packed-app")]).then(function (parts) {
    var packed = JSON.parse(parts[0]), store = window.allureReportData = window.allureReportData || {};
    Object.keys(packed.text).forEach(function (name) { store[name] = base64(packed.text[name]); });
    Object.keys(packed.base64).forEach(function (name) { store[name] = packed.base64[name]; });
    Object.keys(packed.same).forEach(function (name) { store[name] = store[packed.same[name]]; });
    window.allureReportDataReady = true;
    var app = document.createElement("script");
    app.textContent = parts[1];
    document.body.appendChild(app);
  }).catch(function (error) { fail(String(error && error.message || error)); });
})();
`;

const EXTERNAL = /\b(?:https?|wss?|ftp):\/\/[^\s"'`<>()\\]+/g;

let html = readFileSync(file, "utf8");
const analytics = html.match(ANALYTICS) ?? [];
html = html.replace(ANALYTICS, "");

html = html.replace(DATA_URL, (_, type, payload) => {
  let text = Buffer.from(payload, "base64").toString("utf8");
  for (const [from, to] of LINKS) text = text.replaceAll(from, to);
  return `data:${type};base64,${Buffer.from(text, "utf8").toString("base64")}`;
});

const packed = pack(html);
if (packed.page === null) console.error(`allure-offline: warning: the report is kept unpacked (larger): ${packed.why}`);
html = packed.page ?? html;

const left = externalUrls(html);
if (left.length > 0) {
  console.error(`the report would still reach outside file://: ${left.slice(0, 3).join(", ")}` +
    ` (Allure's output changed: update scripts/allure-offline.mjs)`);
  process.exit(1);
}
writeFileSync(file, html);
console.log(`allure-offline: ${analytics.length} analytics block(s) removed; no external URL left` +
  (packed.page === null ? "" : `; packed to ${(Buffer.byteLength(html) / 1e6).toFixed(1)} MB`));

/** Every external URL in the page, in the text data: bundles and in the packed app it embeds. */
function externalUrls(page) {
  const texts = [page];
  for (const m of page.matchAll(DATA_URL)) texts.push(Buffer.from(m[2], "base64").toString("utf8"));
  // The packed report data is not searched, as its base64 form never was: the target and
  // requirement links it carries are the report's content, read as JSON, never fetched.
  for (const m of page.matchAll(PACKED)) if (m[1] !== "data") texts.push(gunzipSync(Buffer.from(m[2], "base64")).toString("utf8"));
  const found = new Set();
  for (const text of texts) {
    for (const m of text.matchAll(EXTERNAL)) {
      if (!NOT_EXTERNAL.has(m[0]) && !m[0].includes("://${")) found.add(m[0]);
    }
    if (/googletagmanager|google-analytics|gtag\(/.test(text)) found.add("(analytics code)");
  }
  return [...found];
}

/**
 * The page with its app and data packed ({ page }), or why it could not be ({ page: null, why }).
 * Packed: <script type="application/x-allure-packed" id="allure-packed-app|data">: gzip, base64.
 * The data block is JSON { text: {name: utf8 text}, base64: {name: base64 of bytes that are not
 * UTF-8}, same: {name: name of an identical payload} }; the unpacker gives the app each payload
 * as the base64 string Allure's d(name, value) gave it.
 */
function pack(page) {
  const apps = [...page.matchAll(APP_SCRIPT)];
  if (apps.length !== 1) return { page: null, why: `expected one embedded app script, found ${apps.length}` };
  const data = page.match(DATA_SCRIPT);
  if (!data) return { page: null, why: "the report data script (Promise.allSettled([d(…), …])) was not found" };
  const entries = [...data[1].matchAll(DATA_ENTRY)];
  if (entries.map((e) => e[0]).join(",") !== data[1].trim()) return { page: null, why: "the report data script holds more than d(name, base64) calls" };

  const store = { text: {}, base64: {}, same: {} };
  const firstByPayload = new Map();
  for (const [, quotedName, payload] of entries) {
    const name = JSON.parse(`"${quotedName}"`);
    const first = firstByPayload.get(payload);
    if (first !== undefined) { store.same[name] = first; continue; }
    firstByPayload.set(payload, name);
    const bytes = Buffer.from(payload, "base64");
    const text = bytes.toString("utf8");
    if (Buffer.from(text, "utf8").equals(bytes) && bytes.toString("base64") === payload) store.text[name] = text;
    else store.base64[name] = payload;
  }

  const block = (id, bytes) => `<script type="application/x-allure-packed" id="allure-packed-${id}">${gzipSync(bytes, { level: 9 }).toString("base64")}</script>`;
  const appBlock = block("app", Buffer.from(apps[0][1], "base64"));
  const dataBlock = block("data", Buffer.from(JSON.stringify(store), "utf8"));
  return {
    page: page
      .replace(apps[0][0], () => appBlock)
      .replace(data[0], () => `${dataBlock}\n<script>${UNPACK}</script>`),
  };
}
