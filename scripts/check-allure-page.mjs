// Opens the single-file Allure report in headless Chromium (playwright-core driving the
// Debian chromium; no browser download), expands the first group at each level of the tree
// (vendor → operation → class: the groups start collapsed in a large report), and checks that
// the page shows the target, the MUST score and at least one scenario name. Saves a screenshot.
//   node scripts/check-allure-page.mjs BROWSER INDEX_HTML EXPECT_TXT SCREENSHOT
// Exit 0 when it does; otherwise 1 with one line saying what is missing.
import { readFileSync } from "node:fs";
import { chromium } from "playwright-core";

const [browserPath, page, expectFile, screenshot] = process.argv.slice(2);
const [target, score, ...names] = readFileSync(expectFile, "utf8").split("\n").filter(Boolean);
const unescape = (s) => s.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");

const browser = await chromium.launch({
  executablePath: browserPath,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await tab.goto(`file://${page}`);
  await tab.waitForSelector('[data-testid="tree-section-title"]', { timeout: 60000 });

  // Open the first group of each level until a scenario (a leaf) is listed.
  const wanted = names.map(unescape);
  let found;
  for (let level = 0; level < 6 && !found; level++) {
    const text = await tab.innerText("body");
    found = wanted.find((n) => text.includes(n));
    if (found) break;
    const closed = tab.locator('[data-testid="tree-section"] [data-testid="tree-section-title"]');
    const count = await closed.count();
    if (count <= level) break;
    await closed.nth(level).click();
    await tab.waitForTimeout(500);
  }

  const text = await tab.innerText("body");
  const missing = [
    text.includes(unescape(target)) ? null : `the target ${target}`,
    text.includes(score) ? null : `the MUST score ${score}`,
    found ? null : "any scenario name",
  ].filter(Boolean);
  await tab.screenshot({ path: screenshot });
  if (missing.length) {
    console.error(`the page does not show ${missing.join(", ")}`);
    process.exit(1);
  }
  console.log(`shows ${target}, MUST score ${score} and the scenario "${found}"`);
} finally {
  await browser.close();
}
