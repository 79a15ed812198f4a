// Live preview in a real browser: opens the page `theory serve` serves, appends a line to a theory
// file as an editor's save would, and waits for the page to reload by itself with the change.
// Prints one JSON line; the .NET test LivePreviewBrowserTests checks it. Usage:
//   node live-check.js CHROMIUM URL FILE TEXT-TO-APPEND TEXT-TO-EXPECT
const fs = require("fs");
const { chromium } = require("playwright-core");

(async () => {
  const [executablePath, url, file, append, expect] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu"] });
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (message) => { if (message.type() === "error") problems.push("console: " + message.text()); });
  page.on("pageerror", (error) => problems.push("page error: " + error.message));
  // The event stream must be open before the save, as it is when a person edits.
  const connected = page.waitForResponse((response) => response.url().endsWith("/events"), { timeout: 10000 });
  await page.goto(url + "#construct=a");
  const before = await page.textContent("#panel");
  await connected;
  const reloaded = page.waitForEvent("load", { timeout: 20000 }).then(() => true, () => false);
  fs.appendFileSync(file, append);
  const result = { problems, before, reloaded: await reloaded };
  result.found = result.reloaded && (await page.content()).includes(expect);
  result.after = await page.textContent("#panel");
  result.address = page.url();
  process.stdout.write(JSON.stringify(result) + "\n");
  await browser.close();
})().catch((error) => {
  process.stderr.write(String(error && error.stack || error) + "\n");
  process.exit(1);
});
