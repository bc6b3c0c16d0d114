// The tarball `npm pack` makes is installable and works: install it into an empty project (offline: the
// package has no dependencies), import it from Node by name, and type-check a TypeScript consumer against
// its generated declarations. Uses $WARD_NPM_TARBALL (what `cargo xtask build` put in dist/) or packs js/.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";

const jsDir = fileURLToPath(new URL("..", import.meta.url));
const tsc = join(jsDir, "node_modules/typescript/bin/tsc");
let dir;

function run(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    throw new Error(`${cmd} ${args.join(" ")} failed:\n${e.stdout}${e.stderr}`);
  }
}

before(() => {
  dir = mkdtempSync(join(tmpdir(), "ward-npm-"));
  let tarball = process.env.WARD_NPM_TARBALL;
  if (!tarball) {
    run("npm", ["pack", "--silent", "--pack-destination", dir], jsDir);
    tarball = join(dir, readdirSync(dir).find((f) => f.endsWith(".tgz")));
  }
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--silent", tarball], dir);
});

after(() => rmSync(dir, { recursive: true, force: true }));

test("the installed tarball imports by name and redacts", () => {
  const script = `
    import { redact, version } from "@ward/engine";
    const out = redact("mail jane.doe@example.org, card 4111-1111-1111-1111");
    let code;
    try { redact("x", { entities: ["NOPE"] }); } catch (e) { code = e.code; }
    console.log(JSON.stringify({ text: out.text, n: out.findings.length, version: version(), code }));`;
  const got = JSON.parse(run(process.execPath, ["--input-type=module", "-e", script], dir));
  assert.deepEqual(got, {
    text: "mail [EMAIL_1], card [CREDIT_CARD_1]",
    n: 2,
    version: got.version,
    code: "policy_invalid",
  });
  assert.match(got.version, /^\d+\.\d+\.\d+/);
});

test("the tarball holds only the package files", () => {
  const files = run("find", [".", "-type", "f"], join(dir, "node_modules/@ward/engine")).trim().split("\n").sort();
  assert.deepEqual(files, [
    "./README.md",
    "./lib/all.d.ts",
    "./lib/all.js",
    "./lib/api.d.ts",
    "./lib/api.js",
    "./lib/base.d.ts",
    "./lib/base.js",
    "./lib/browser.d.ts",
    "./lib/browser.js",
    "./lib/node.d.ts",
    "./lib/node.js",
    "./lib/observe.d.ts",
    "./lib/observe.js",
    "./lib/redactor.d.ts",
    "./lib/redactor.js",
    "./lib/streams.d.ts",
    "./lib/streams.js",
    "./lib/vault.d.ts",
    "./lib/vault.js",
    "./package.json",
    "./pkg/types.d.ts",
    "./pkg/ward_web.d.ts",
    "./pkg/ward_web.js",
    "./pkg/ward_web_bg.wasm",
  ]);
});

test("a TypeScript consumer type-checks against the generated declarations", () => {
  writeFileSync(
    join(dir, "consumer.ts"),
    `import { redact, init, isWardError, type Redaction, type Policy, type Finding, type Operator } from "@ward/engine";
     import { Vault, Redactor, restore, redactBody, restoreBody, restoreStream, sseRedactStream, sseRestoreStream,
       parseExchanges, priceExchange, costReport, toOtlp, parseOtlpTraces, traces, replay, type VaultData,
       type JsonRedaction, type ParsedExchanges, type ExchangeRecord, type PricedExchange, type JsonObject,
       type OtlpExport } from "@ward/engine";
     await init();
     const policy: Policy = { entities: ["EMAIL"], min_score: 0.5, operators: { EMAIL: { type: "mask", keep_last: 2 } } };
     const op: Operator = { type: "hash", key: "0123456789abcdef" };
     const out: Redaction = redact("a@example.com", policy);
     const first: Finding | undefined = out.findings[0];
     const n: number = first ? first.end_utf16 - first.start_utf16 : 0;
     try { redact("x", "{}"); } catch (e) { if (isWardError(e)) { const c: string = e.code; console.log(c, n, op); } }
     // @ts-expect-error: an operator needs a known type
     const wrong: Operator = { type: "shuffle" };
     // @ts-expect-error: text must be a string
     redact(42);
     // @ts-expect-error: unknown policy fields are rejected by the type too
     redact("x", { entites: ["EMAIL"] });
     console.log(wrong);
     // Vaults, streams and observability types.
     const vault = new Vault();
     const r = new Redactor({ entities: ["EMAIL"] });
     const red: Redaction = r.redact("a@example.com", { vault });
     const back: string = restore(red.text, vault);
     const saved: VaultData = vault.toJSON();
     const again: Vault = Vault.fromJSON(saved);
     const body: JsonRedaction = redactBody("{}", { provider: "anthropic", vault });
     const ts: TransformStream<string | Uint8Array, string> = r.stream({ vault });
     const sse: TransformStream<string | Uint8Array, string> = sseRestoreStream(vault);
     const parsed: ParsedExchanges = parseExchanges("");
     const rec: ExchangeRecord | undefined = parsed.records[0];
     const tokens: number | undefined = rec?.usage?.input_tokens;
     const priced: PricedExchange = priceExchange({});
     const total: number | undefined = priced.cost?.cost.total;
     const report: string = costReport("", { format: "csv" });
     const rollup: JsonObject = costReport("", { format: "json" });
     const otlp: OtlpExport = toOtlp("", { semconv: "latest", content: false });
     // @ts-expect-error: unknown semconv
     toOtlp("", { semconv: "v2" });
     // @ts-expect-error: a provider name is one of the known formats
     redactBody("{}", { provider: "gemini" });
     console.log(back, again, body, ts, sse, tokens, total, report, rollup, otlp, restoreStream, sseRedactStream);
     console.log(parseOtlpTraces, traces, replay, restoreBody);
    `,
  );
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true,
        lib: ["ES2022"], types: ["node"], typeRoots: [join(jsDir, "node_modules/@types")],
      },
      files: ["consumer.ts"],
    }),
  );
  run(process.execPath, [tsc, "-p", "tsconfig.json"], dir);
});
