// Runs the shared vectors (tests/vectors/redact/*.json) on dist/ward.wasm transpiled by jco, in Node.
//
// Usage: node check.mjs <dir with the transpiled ward.js>
// The component is the same bytes wasmtime runs, so cases skipped for `wasmtime` are skipped here too, and
// so are cases skipped for `node` (the same JavaScript runtime and UTF-16 strings).
// Prints `jco: N passed, M failed` and exits non-zero on any failure.

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const outDir = resolve(process.argv[2] ?? 'out');
const ward = await import(pathToFileURL(join(outDir, 'ward.js')).href);
const vectorsDir = new URL('../vectors/redact/', import.meta.url);

// WIT field names become camelCase in JS; the vectors use snake_case.
const jsName = (k) => k.replace(/_([a-z0-9])/g, (_, c) => c.toUpperCase());
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

let passed = 0;
let skipped = 0;
const failures = [];
for (const file of readdirSync(vectorsDir).filter((f) => f.endsWith('.json')).sort()) {
  const doc = JSON.parse(readFileSync(new URL(file, vectorsDir), 'utf8'));
  for (const c of doc.cases) {
    const name = `redact/${file.replace(/\.json$/, '')}/${c.name}`;
    const skip = c.hosts_skip?.wasmtime ?? c.hosts_skip?.node;
    if (skip) {
      skipped++;
      continue;
    }
    const policy = c.input.policy === undefined ? undefined : JSON.stringify(c.input.policy);
    const problems = [];
    try {
      const out = ward.redact(c.input.text, policy);
      if ('error' in c.expected) {
        problems.push(`expected error ${c.expected.error}, got ${JSON.stringify(out.text)}`);
      } else {
        if (out.text !== c.expected.text) problems.push(`text ${JSON.stringify(out.text)}`);
        const exp = c.expected.findings;
        if (out.findings.length !== exp.length) problems.push(`${out.findings.length} findings, want ${exp.length}`);
        exp.forEach((e, i) => {
          for (const [k, v] of Object.entries(e)) {
            const got = out.findings[i]?.[jsName(k)];
            if (!same(got, v)) problems.push(`finding ${i} ${k}: ${JSON.stringify(got)} != ${JSON.stringify(v)}`);
          }
        });
      }
    } catch (err) {
      const code = err?.payload?.code;
      if (code === undefined) problems.push(`threw ${err}`);
      else if (code !== c.expected.error) problems.push(`error ${code}: ${err.payload.message}`);
    }
    if (problems.length) failures.push(`${name}: ${problems.join('; ')}`);
    else passed++;
  }
}

for (const f of failures) console.error(`FAIL ${f}`);
console.log(`jco: ${passed} passed, ${failures.length} failed, ${skipped} skipped (engine ${ward.version()})`);
process.exit(failures.length === 0 && passed > 0 ? 0 : 1);
