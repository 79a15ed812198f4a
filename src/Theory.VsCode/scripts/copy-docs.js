// Copies the diagnostic pages (docs/diagnostics/TH*.md) into the extension, so the links on its
// diagnostics open offline. Run by `npm run package`.
const fs = require("fs");
const path = require("path");

const source = path.join(__dirname, "..", "..", "..", "docs", "diagnostics");
const target = path.join(__dirname, "..", "docs", "diagnostics");
fs.rmSync(target, { recursive: true, force: true });
fs.mkdirSync(target, { recursive: true });
for (const name of fs.readdirSync(source).filter((n) => /^TH\d{4}\.md$/.test(n)).sort()) {
  fs.copyFileSync(path.join(source, name), path.join(target, name));
}
