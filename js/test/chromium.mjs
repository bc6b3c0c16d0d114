// The npm package in a real headless Chromium (Debian's /usr/bin/chromium, driven by playwright-core):
// serves the built package, this folder and the shared vectors (every group, as /vectors/<group>.json) from a static server on 127.0.0.1, opens
// page.html, collects its per-case results and fails on any mismatch. Prints `chromium: N passed, M failed`.
//
// Usage: node test/chromium.mjs   (WARD_PKG_DIR=<package dir>, default: js/ itself after `npm run build`)

import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { fileURLToPath } from "node:url";

import { chromium } from "playwright-core";

const here = fileURLToPath(new URL(".", import.meta.url));
const pkgDir = process.env.WARD_PKG_DIR ?? join(here, "..");
const vectorsRoot = join(here, "../../tests/vectors");
const CHROMIUM = process.env.WARD_CHROMIUM ?? "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".ts": "text/plain; charset=utf-8",
};

/** `file` under `base` for a URL path, or null if it escapes `base` or does not exist. */
function under(base, urlPath) {
  const file = normalize(join(base, decodeURIComponent(urlPath)));
  if (file !== base && !file.startsWith(base.endsWith(sep) ? base : base + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** `tests/vectors/<group>/*.json` as one JSON object {stem: parsed}, or null for an unknown group. */
function vectorsJson(group) {
  if (!/^[a-z_]+$/.test(group)) return null;
  const dir = join(vectorsRoot, group);
  let names;
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(".json")).sort();
  } catch {
    return null;
  }
  const files = {};
  for (const name of names) files[name.slice(0, -".json".length)] = JSON.parse(readFileSync(join(dir, name), "utf8"));
  return JSON.stringify(files);
}

const server = createServer((req, res) => {
  const path = new URL(req.url, "http://127.0.0.1").pathname;
  let file = null;
  if (path === "/favicon.ico") {
    res.writeHead(204).end();
    return;
  }
  if (path === "/") file = join(here, "page.html");
  else if (path.startsWith("/vectors/") && path.endsWith(".json")) {
    const body = vectorsJson(path.slice("/vectors/".length, -".json".length));
    if (body !== null) {
      res.writeHead(200, { "content-type": TYPES[".json"] }).end(body);
      return;
    }
  } else if (path.startsWith("/pkg/")) file = under(normalize(pkgDir), path.slice("/pkg/".length));
  else if (path.startsWith("/test/")) file = under(normalize(here), path.slice("/test/".length));
  if (!file) {
    res.writeHead(404).end("not found");
    return;
  }
  res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
  res.end(readFileSync(file));
});

await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const userDataDir = mkdtempSync(join(tmpdir(), "ward-chromium-"));
let context;
let exitCode = 1;
try {
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    timeout: 60_000,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => console.error(`page error: ${e.message}`));
  page.on("console", (m) => m.type() === "error" && console.error(`page console: ${m.text()}`));
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => window.__ward !== undefined, null, { timeout: 180_000, polling: 200 });
  const { results, userAgent } = await page.evaluate(() => window.__ward);
  const count = (s) => results.filter((r) => r.status === s).length;
  for (const r of results) {
    if (r.status === "fail") console.error(`FAIL ${r.name}: ${r.message}`);
    if (r.status === "skip") console.error(`skip ${r.name}: ${r.message}`);
  }
  console.error(`(${userAgent}, package from ${pkgDir})`);
  console.log(`chromium: ${count("pass")} passed, ${count("fail")} failed, ${count("skip")} skipped`);
  exitCode = count("fail") === 0 && count("pass") > 0 ? 0 : 1;
} catch (e) {
  console.error(`chromium: could not run the page: ${e && e.stack}`);
} finally {
  await context?.close().catch(() => {});
  server.close();
  rmSync(userDataDir, { recursive: true, force: true });
}
process.exit(exitCode);
