// `redact` through the npm package in Node: call overhead (tiny input, and `version()` as the bare
// JS -> wasm -> JS boundary) and throughput on 1 KB and 4 KB of chat-like text, the same inputs as the
// criterion benches (benches/src/lib.rs), plus the largest input streamed through `Redactor.stream()`
// (a TransformStream, 256-byte chunks) and redacted into a vault. Every timed call's output is checked.
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

/** `measure` for a function returning a promise (awaited one call at a time). */
async function measureAsync(fn) {
  let n = 1;
  for (;;) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) await fn();
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
    for (let i = 0; i < n; i++) await fn();
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

// Streaming: the largest input through `Redactor.stream()` (a WHATWG TransformStream) in 256-byte
// Uint8Array chunks, checked against the one-shot output; and one-shot redaction into a vault.
if (typeof ward.Redactor === "function" && (!only || only === "stream")) {
  const [name, text] = inputs().at(-1);
  const redactor = new ward.Redactor();
  const bytes = new TextEncoder().encode(text);
  const chunks = [];
  for (let i = 0; i < bytes.length; i += 256) chunks.push(bytes.subarray(i, i + 256));
  const expected = redactor.redact(text).text;
  const streamOnce = async () => {
    const ts = redactor.stream();
    const writer = ts.writable.getWriter();
    const reader = ts.readable.getReader();
    let out = "";
    const reading = (async () => {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        out += value;
      }
    })();
    for (const c of chunks) await writer.write(c);
    await writer.close();
    await reading;
    check(out === expected, `${name} streamed: output differs from one-shot`);
  };
  const { us, calls } = await measureAsync(streamOnce);
  results.push({ name: `${name} streamed (256 B chunks)`, bytes: bytes.length, findings: -1, us, calls });
  // The same pushes on the engine's handle directly (the module instance the package loaded): the
  // difference to the row above is the TransformStream's own cost.
  const engine = await import(pathToFileURL(join(pkgDir, "pkg/ward_web.js")).href);
  const raw = new engine.Redactor(null);
  const rawVault = new engine.Vault();
  const { us: rus, calls: rcalls } = measure(() => {
    const s = raw.openStream();
    let out = "";
    for (const c of chunks) out += s.push(c, rawVault);
    out += s.finish(rawVault);
    s.free();
    check(out === expected, `${name} pushed: output differs from one-shot`);
  });
  results.push({ name: `${name} pushed (256 B chunks, no TransformStream)`, bytes: bytes.length, findings: -1, us: rus, calls: rcalls });
  raw.free();
  rawVault.free();
  const vault = new ward.Vault();
  const { us: vus, calls: vcalls } = measure(() => {
    check(redactor.redact(text, { vault }).text === expected, `${name} with vault: output differs`);
  });
  results.push({ name: `${name} into a vault`, bytes: bytes.length, findings: -1, us: vus, calls: vcalls });
  vault.free();
  redactor.free();
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
    const findings = r.findings < 0 ? "–" : r.findings;
    console.log(`| ${r.name} | ${r.bytes} | ${findings} | ${r.us.toFixed(2)} | ${mbs} |`);
  }
}
