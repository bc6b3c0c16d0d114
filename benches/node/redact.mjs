// `redact` through the npm package in Node: call overhead (tiny input, and `version()` as the bare
// JS -> wasm -> JS boundary) and throughput on 1 KB and 4 KB of chat-like text, the same inputs as the
// criterion benches (benches/src/lib.rs). Every timed call's output is checked.
//
// Also reports the one-time costs: importing the package (compiling and instantiating the module) and the
// first call (compiling the default policy, then cached).
//
// Usage: node benches/node/redact.mjs [--only 4KB] [--json]
//   WARD_NPM_DIR=<package dir>  the package to load (default: dist/npm, built by `cargo xtask build`)
//   WARD_BENCH_MS=<ms>          time per sample (default 200); 7 samples, the median is reported

import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

import { inputs } from "./inputs.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const pkgDir = process.env.WARD_NPM_DIR ?? join(root, "dist/npm");
const entry = join(pkgDir, "lib/node.js");
if (!existsSync(entry)) {
  console.error(`${entry} is missing: run \`cargo xtask build\` first (or set WARD_NPM_DIR)`);
  process.exit(2);
}
const t0 = performance.now();
const ward = await import(pathToFileURL(entry).href);
const importMs = performance.now() - t0;
const t1 = performance.now();
ward.redact("warm-up: compiles the default policy");
const firstCallMs = performance.now() - t1;

const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const sampleMs = Number(process.env.WARD_BENCH_MS ?? 200);
const SAMPLES = 7;

/** Median µs per call of `fn`, in samples of about `sampleMs` each, after a warm-up. */
function measure(fn) {
  let n = 1;
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (ms >= sampleMs / 4) {
      n = Math.max(1, Math.round((n * sampleMs) / ms));
      break;
    }
    n *= 4;
  }
  const perCall = [];
  for (let s = 0; s < SAMPLES; s++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    perCall.push(Number(process.hrtime.bigint() - t0) / 1e3 / n);
  }
  perCall.sort((a, b) => a - b);
  return { us: perCall[SAMPLES >> 1], calls: n * SAMPLES };
}

function check(cond, message) {
  if (!cond) throw new Error(`bench output check failed: ${message}`);
}

const results = [];
for (const [name, text] of inputs()) {
  if (only && name !== only) continue;
  const expected = ward.redact(text);
  check(expected.findings.length > 0, `${name}: the input should contain values to redact`);
  check(!expected.text.includes("jane@example.org") && !expected.text.includes("jane.doe@example.org"),
    `${name}: an e-mail address survived`);
  check(expected.text.includes("[EMAIL_1]"), `${name}: no [EMAIL_1] placeholder`);
  const { us, calls } = measure(() => {
    const out = ward.redact(text);
    check(out.text === expected.text && out.findings.length === expected.findings.length, `${name}: output changed`);
  });
  results.push({ name, bytes: Buffer.byteLength(text), findings: expected.findings.length, us, calls });
}
if (!only) {
  const v = ward.version();
  const { us, calls } = measure(() => check(ward.version() === v, "version changed"));
  results.push({ name: "version() (boundary)", bytes: 0, findings: 0, us, calls });
}

if (args.includes("--json")) {
  console.log(JSON.stringify({ node: process.version, engine: ward.version(), importMs, firstCallMs, results }));
} else {
  console.log(`node ${process.version}, @ward/engine (ward-core ${ward.version()}) from ${pkgDir}`);
  console.log(`import (compile + instantiate the module): ${importMs.toFixed(1)} ms; ` +
    `first redact (compiles the default policy): ${firstCallMs.toFixed(1)} ms`);
  console.log("| input | bytes | findings | µs/call | MB/s |");
  console.log("|---|---:|---:|---:|---:|");
  for (const r of results) {
    const mbs = r.bytes ? (r.bytes / r.us).toFixed(1) : "–";
    console.log(`| ${r.name} | ${r.bytes} | ${r.findings} | ${r.us.toFixed(2)} | ${mbs} |`);
  }
}
