// Size and speed of the npm package's module at opt-level 3, "s" and "z": builds `ward-web` once per level
// (profile `web` with CARGO_PROFILE_WEB_OPT_LEVEL overridden, each level in its own clean target directory
// under target/web-opt/, so the build time is a clean build of the module and its dependencies), runs
// wasm-bindgen, then times `redact` in Node with redact.mjs on the same inputs, interleaving the levels.
//
// Usage: node benches/node/opt-levels.mjs [--rounds 3] [--reuse]   (needs dist/npm from `cargo xtask build`)
//   --reuse  keep modules already built under target/web-opt/ (re-times only; build time shown as –)

import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const root = fileURLToPath(new URL("../..", import.meta.url));
const args = process.argv.slice(2);
const rounds = args.includes("--rounds") ? Number(args[args.indexOf("--rounds") + 1]) : 3;
const reuse = args.includes("--reuse");
const LEVELS = ["3", "s", "z"];

const built = {};
for (const level of LEVELS) {
  const targetDir = join(root, "target/web-opt", level);
  const module = join(targetDir, "wasm32-unknown-unknown/web/ward_web.wasm");
  let buildSeconds = NaN;
  if (!(reuse && existsSync(module))) {
    rmSync(targetDir, { recursive: true, force: true });
    const t0 = Date.now();
    execFileSync(
      "cargo",
      ["build", "--package", "ward-web", "--target", "wasm32-unknown-unknown", "--profile", "web"],
      { cwd: root, stdio: "inherit", env: { ...process.env, CARGO_TARGET_DIR: targetDir, CARGO_PROFILE_WEB_OPT_LEVEL: level } },
    );
    buildSeconds = (Date.now() - t0) / 1000;
  }
  const pkgRoot = join(targetDir, "npm");
  rmSync(pkgRoot, { recursive: true, force: true });
  mkdirSync(pkgRoot, { recursive: true });
  cpSync(join(root, "dist/npm/lib"), join(pkgRoot, "lib"), { recursive: true });
  cpSync(join(root, "dist/npm/package.json"), join(pkgRoot, "package.json"));
  execFileSync("wasm-bindgen", [
    "--target", "web", "--out-dir", join(pkgRoot, "pkg"), "--out-name", "ward_web",
    module,
  ], { stdio: "inherit" });
  const wasm = join(pkgRoot, "pkg/ward_web_bg.wasm");
  built[level] = {
    pkgRoot,
    buildSeconds,
    bytes: statSync(wasm).size,
    gzipBytes: gzipSync(readFileSync(wasm), { level: 9 }).length,
    us: {},
  };
}

// Interleave the levels so machine noise spreads over all of them; keep each input's best median.
for (let r = 0; r < rounds; r++) {
  for (const level of LEVELS) {
    const out = execFileSync(process.execPath, [join(root, "benches/node/redact.mjs"), "--json"], {
      env: { ...process.env, WARD_NPM_DIR: built[level].pkgRoot },
      encoding: "utf8",
    });
    for (const { name, us } of JSON.parse(out).results) {
      built[level].us[name] = Math.min(built[level].us[name] ?? Infinity, us);
    }
  }
}

const names = Object.keys(built[LEVELS[0]].us);
console.log(`node ${process.version}; best of ${rounds} interleaved rounds (each a median of 7 samples)`);
console.log(`| opt-level | .wasm bytes | gzip -9 | clean build (s) | ${names.map((n) => `${n} µs`).join(" | ")} |`);
console.log(`|---|---:|---:|---:|${names.map(() => "---:").join("|")}|`);
for (const level of LEVELS) {
  const b = built[level];
  const cells = names.map((n) => b.us[n].toFixed(2)).join(" | ");
  console.log(`| ${JSON.stringify(level)} | ${b.bytes} | ${b.gzipBytes} | ${Number.isNaN(b.buildSeconds) ? "–" : b.buildSeconds.toFixed(0)} | ${cells} |`);
}
