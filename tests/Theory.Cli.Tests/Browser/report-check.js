// Opens theory reports in headless Chromium and does what a workshop participant does: search for a
// construct, click it, click an edge, read the panel. Prints one JSON line per report with what it
// saw; the .NET test ReportBrowserTests checks it. Usage:
//   node report-check.js CHROMIUM SCREENSHOT_DIR CASES.json
// where CASES.json is [{ "file": "...html", "search": "...", "construct": "name", "edge": "edge:a->b" }].
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

(async () => {
  const [executablePath, screenshots, casesPath] = process.argv.slice(2);
  const cases = JSON.parse(fs.readFileSync(casesPath, "utf8"));
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  const results = [];
  for (const item of cases) {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems = [];
    page.on("console", (message) => { if (message.type() === "error") problems.push("console: " + message.text()); });
    page.on("pageerror", (error) => problems.push("page error: " + error.message));
    page.on("dialog", async (dialog) => { problems.push("dialog: " + dialog.message()); await dialog.dismiss(); });
    page.on("request", (request) => { if (!request.url().startsWith("file:") && !request.url().startsWith("data:")) problems.push("network: " + request.url()); });
    await page.goto("file://" + path.resolve(item.file));
    const result = { file: item.file, problems };
    result.panZoom = await page.evaluate(() => typeof window.theoryPanZoom === "object");
    result.pwned = await page.evaluate(() => window.__pwned === true || document.querySelector("[data-pwned]") !== null);

    await page.fill("#search", item.search);
    result.results = await page.$$eval("#results li", (items) => items.map((i) => i.textContent));
    result.highlighted = await page.$$eval("#web g.match", (nodes) => nodes.map((n) => n.id));

    if (item.construct) {
      await page.click(`[id="construct:${item.construct}"]`);
      result.constructPanel = await page.textContent("#panel");
    }
    if (item.edge) {
      await page.click(`[id="${item.edge}"] text`);
      result.edgePanel = await page.textContent("#panel");
      // What is open is in the address: reloading it reopens the same edge.
      result.address = decodeURIComponent(new URL(page.url()).hash);
      await page.reload();
      result.reopenedPanel = await page.textContent("#panel");
    }
    result.diagnostics = await page.$$eval("#diagnostic-list li", (items) => items.map((i) => i.textContent));
    result.tables = await page.$$eval("#table-list table", (tables) => tables.length);
    await page.fill("#filter", item.search);
    result.visibleRows = await page.$$eval("#table-list tr:not(.hidden) td:first-child", (cells) => cells.map((c) => c.textContent));
    // The picture a reader first sees: the web and the last panel opened, search closed.
    await page.fill("#search", "");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(screenshots, path.basename(item.file, ".html") + ".png") });
    results.push(result);
    await page.close();
  }
  await browser.close();
  process.stdout.write(JSON.stringify(results) + "\n");
})().catch((error) => {
  process.stderr.write(String(error && error.stack || error) + "\n");
  process.exit(1);
});
