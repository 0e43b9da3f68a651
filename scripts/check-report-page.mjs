// Opens one report page from file:// in headless Chromium (playwright-core driving the Debian
// chromium; no browser download) with every request the page makes logged, checks that it shows
// the target, the MUST score and at least one scenario name, saves a screenshot and the request
// log, and fails on any request that leaves file:// (data: and blob: stay in the page). The
// summary page also fails when it scrolls sideways at 1400 or 800 px wide (a screenshot of each:
// SCREENSHOT with -1400 / -800 before .png).
//   node scripts/check-report-page.mjs summary|allure BROWSER PAGE EXPECT_TXT SCREENSHOT NETWORK_LOG
// For the Allure page it first opens the first group at each level of the tree (vendor →
// operation → class): the groups start collapsed in a large report.
// Nothing can leave the machine while it looks: every host resolves to nothing and every
// non-file request is aborted, after it is logged.
// Exit 0 when the page passes; otherwise 1 with one line saying what is wrong.
import { readFileSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";

const [kind, browserPath, page, expectFile, screenshot, networkLog] = process.argv.slice(2);
if (!["summary", "allure"].includes(kind) || !networkLog) {
  console.error("usage: node scripts/check-report-page.mjs summary|allure BROWSER PAGE EXPECT_TXT SCREENSHOT NETWORK_LOG");
  process.exit(2);
}
const [target, score, ...names] = readFileSync(expectFile, "utf8").split("\n").filter(Boolean);
const unescape = (s) => s.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
const local = (url) => /^(file|data|blob|about):/.test(url);

const browser = await chromium.launch({
  executablePath: browserPath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND"],
});
const requests = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  // Every request of every page, frame and worker of the context, logged before anything else.
  context.on("request", (r) => requests.push({ method: r.method(), url: r.url(), type: r.resourceType() }));
  context.on("page", (p) => p.on("websocket", (ws) => requests.push({ method: "WEBSOCKET", url: ws.url(), type: "websocket" })));
  await context.route((url) => !local(url.toString()), (route) => route.abort("blockedbyclient"));

  const tab = await context.newPage();
  tab.on("websocket", (ws) => requests.push({ method: "WEBSOCKET", url: ws.url(), type: "websocket" }));
  await tab.goto(`file://${page}`, { waitUntil: "load" });

  const wanted = names.map(unescape);
  let found;
  if (kind === "allure") {
    await tab.waitForSelector('[data-testid="tree-section-title"]', { timeout: 60000 });
    // Open the first group of each level until a scenario (a leaf) is listed.
    for (let level = 0; level < 6 && !found; level++) {
      const text = await tab.innerText("body");
      found = wanted.find((n) => text.includes(n));
      if (found) break;
      const closed = tab.locator('[data-testid="tree-section"] [data-testid="tree-section-title"]');
      if ((await closed.count()) <= level) break;
      await closed.nth(level).click();
      await tab.waitForTimeout(500);
    }
  }

  // Late requests (an async analytics tag, a lazy font) have their chance to show up.
  await tab.waitForLoadState("networkidle").catch(() => {});
  await tab.waitForTimeout(1500);

  // summary.html keeps long lists in closed <details>: its markup counts, not only what is unfolded.
  const text = kind === "allure" ? await tab.innerText("body") : await tab.evaluate(() => {
    const body = document.body.cloneNode(true);
    body.querySelectorAll("script, style").forEach((e) => e.remove());
    return body.textContent;
  });
  found ??= wanted.find((n) => text.includes(n));
  await tab.screenshot({ path: screenshot });

  // summary.html must read without sideways scrolling on a laptop (1400 px) and a narrow window
  // (800 px): the page as a whole never scrolls horizontally. A screenshot at each width.
  const overflow = [];
  if (kind === "summary") {
    for (const width of [1400, 800]) {
      await tab.setViewportSize({ width, height: 900 });
      await tab.waitForTimeout(200);
      const { scroll, client } = await tab.evaluate(() => ({
        scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
      }));
      if (scroll > client) overflow.push(`${width} px wide (scrollWidth ${scroll} > clientWidth ${client})`);
      await tab.screenshot({ path: screenshot.replace(/\.png$/, `-${width}.png`) });
    }
  }

  const outside = requests.filter((r) => !local(r.url));
  writeFileSync(networkLog, requests.map((r) => `${local(r.url) ? "local  " : "OUTSIDE"} ${r.method} ${r.type} ${r.url.slice(0, 300)}`).join("\n") + "\n");
  const missing = [
    (() => {
      const missing = target.split("\t").filter((t) => !text.includes(unescape(t)));
      return missing.length === 0 ? null : `the target ${missing.join(", ")}`;
    })(),
    text.includes(score) ? null : `the MUST score ${score}`,
    found ? null : "any scenario name",
  ].filter(Boolean);
  if (outside.length) {
    console.error(`${outside.length} of ${requests.length} requests leave file://, first ${outside[0].url.slice(0, 200)} (log: ${networkLog})`);
    process.exit(1);
  }
  if (overflow.length) {
    console.error(`the page scrolls horizontally at ${overflow.join(" and ")}`);
    process.exit(1);
  }
  if (missing.length) {
    console.error(`the page does not show ${missing.join(", ")}`);
    process.exit(1);
  }
  console.log(`shows ${target.replaceAll("\t", ", ")}, MUST score ${score} and the scenario "${found}"; ${requests.length} requests, 0 outside file:// (log: ${networkLog})`);
} finally {
  await browser.close();
}
