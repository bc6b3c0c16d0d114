// The npm package in Node: every shared vector group a JS host can run (redact, redact_json,
// redact_capture, record, rollup, otel, trace; checks in groups.mjs), the streaming split checks (streaming.mjs), then the API
// contract (errors with stable codes, UTF-16 offsets, vaults, no throw on arbitrary strings). Imports the package by its
// own name, so the `exports` map is exercised too.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { after, describe, test } from "node:test";

import * as ward from "@ward/engine";

import { GROUPS, checkCase, groupCases } from "./groups.mjs";
import { STREAM_CHECKS } from "./streaming.mjs";
import { offsetsAgree } from "./vectors.mjs";

const vectorsRoot = new URL("../../tests/vectors/", import.meta.url);

/** `tests/vectors/<group>/*.json` as {stem: parsed}. */
function loadVectorFiles(group) {
  const dir = new URL(`${group}/`, vectorsRoot);
  const files = {};
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
    files[name.slice(0, -".json".length)] = JSON.parse(readFileSync(new URL(name, dir), "utf8"));
  }
  return files;
}

const counts = { passed: 0, failed: 0, skipped: 0 };

/** A counted test: `fn` resolves to null (pass) or what differed. */
function counted(name, fn, skip) {
  if (skip) counts.skipped++;
  test(name, { skip }, async () => {
    const mismatch = await fn();
    if (mismatch !== null) {
      counts.failed++;
      assert.fail(mismatch);
    }
    counts.passed++;
  });
}

describe("vectors", () => {
  for (const group of GROUPS) {
    const cases = groupCases(group, loadVectorFiles(group), "node");
    assert.ok(cases.length > 0, `no ${group} vectors found`);
    for (const c of cases) counted(c.name, () => checkCase(ward, c), c.skip);
  }
});

describe("streams", () => {
  for (const [name, fn] of Object.entries(STREAM_CHECKS)) counted(name, () => fn(ward));
});

after(() => {
  // One plain line per runner, as every host prints it (the Chromium runner prints `chromium: ...`).
  console.log(`node: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
});

describe("errors", () => {
  const codeOf = (fn) => {
    try {
      fn();
    } catch (e) {
      assert.ok(e instanceof Error, "thrown value is an Error");
      return { name: e.name, code: e.code, message: e.message, ward: ward.isWardError(e) };
    }
    assert.fail("did not throw");
  };

  test("unknown entity is policy_invalid and names the entity", () => {
    const e = codeOf(() => ward.redact("x", { entities: ["NOPE"] }));
    assert.deepEqual([e.name, e.code, e.ward], ["WardError", "policy_invalid", true]);
    assert.match(e.message, /NOPE/);
  });

  test("unknown field, wrong type, bad JSON text and unencodable values are policy_invalid", () => {
    for (const policy of [{ entities: ["EMAIL"], typo: 1 }, 5, "{not json", { min_score: 2 }, { a: 1n }, () => 1]) {
      assert.equal(codeOf(() => ward.redact("x", policy)).code, "policy_invalid", String(policy));
    }
  });

  test("a non-string text is a TypeError, not a crash", () => {
    for (const text of [undefined, null, 5, {}, ["a@b.co"]]) {
      assert.throws(() => ward.redact(text), TypeError);
    }
  });

  test("the module keeps working after errors", () => {
    assert.throws(() => ward.redact("x", { entities: ["NOPE"] }));
    assert.equal(ward.redact("a@example.com").text, "[EMAIL_1]");
  });
});

describe("api", () => {
  test("version is the workspace version", () => {
    const cargo = readFileSync(new URL("../../Cargo.toml", import.meta.url), "utf8");
    const workspaceVersion = cargo.match(/\[workspace\.package\][^[]*?\nversion = "([^"]+)"/)[1];
    assert.equal(ward.version(), workspaceVersion);
  });

  test("init resolves and redact is usable at import in Node", async () => {
    assert.equal(ward.isReady(), true);
    await ward.init();
    assert.equal(ward.redact("").text, "");
  });

  test("a policy object and its JSON text give the same result; switching policies is honoured", () => {
    const text = "jane@example.org 4111 1111 1111 1111";
    const policy = { entities: ["EMAIL"] };
    const asObject = ward.redact(text, policy);
    assert.deepEqual(ward.redact(text, JSON.stringify(policy)), asObject);
    assert.deepEqual(asObject.findings.map((f) => f.entity), ["EMAIL"]);
    assert.deepEqual(ward.redact(text).findings.map((f) => f.entity), ["EMAIL", "CREDIT_CARD"]);
    assert.deepEqual(ward.redact(text, null), ward.redact(text, undefined));
    assert.deepEqual(ward.redact(text, { exclude: ["EMAIL"] }).findings.map((f) => f.entity), ["CREDIT_CARD"]);
  });

  test("operators and custom recognizers in a policy object reach core", () => {
    const policy = {
      operators: { CREDIT_CARD: { type: "mask", keep_last: 4, char: "#" }, EMAIL: { type: "fixed", text: "<mail>" } },
      custom: [{ entity: "TICKET", pattern: "T-(?P<v>[0-9]{6})" }],
    };
    const out = ward.redact("card 4111 1111 1111 1111 mail a@example.com ticket T-123456", policy);
    assert.equal(out.text, "card ###############1111 mail <mail> ticket T-[TICKET_1]");
    assert.deepEqual(out.findings.map((f) => f.entity), ["CREDIT_CARD", "EMAIL", "TICKET"]);
    const bad = { operators: { EMAIL: { type: "hash", key: "short" } } };
    assert.throws(() => ward.redact("x", bad), (e) => e.code === "policy_invalid" && /hash key/.test(e.message));
  });

  test("results are plain JSON-compatible objects", () => {
    const out = ward.redact("a@example.com");
    assert.equal(Object.getPrototypeOf(out), Object.prototype);
    assert.deepEqual(JSON.parse(JSON.stringify(out)), out);
  });
});

describe("utf-16 offsets", () => {
  test("text.slice(start_utf16, end_utf16) is the original value after astral and accented text", () => {
    const text = "héllo 😀👩‍💻 jane.doe@example.org — 𝔘𝔫𝔦 card 4111 1111 1111 1111 and ü@example.com";
    const out = ward.redact(text);
    const values = out.findings.map((f) => text.slice(f.start_utf16, f.end_utf16));
    assert.deepEqual(values, ["jane.doe@example.org", "4111 1111 1111 1111"].concat(
      out.findings.length === 3 ? [text.slice(out.findings[2].start_utf16, out.findings[2].end_utf16)] : [],
    ));
    // The test means something only if byte and UTF-16 offsets differ here.
    assert.notEqual(out.findings[0].start, out.findings[0].start_utf16);
    assert.equal(offsetsAgree(text, out.findings), null);
    // Every character outside the findings is unchanged.
    let rebuilt = "";
    let last = 0;
    for (const f of out.findings) {
      rebuilt += text.slice(last, f.start_utf16) + f.replacement;
      last = f.end_utf16;
    }
    assert.equal(rebuilt + text.slice(last), out.text);
  });

  test("lone surrogates do not throw and offsets stay in UTF-16 units", () => {
    const text = "\uD800 x \uDC00 a@example.com";
    const [f] = ward.redact(text).findings;
    assert.equal(text.slice(f.start_utf16, f.end_utf16), "a@example.com");
  });
});

describe("untrusted input", () => {
  // A deterministic generator (xorshift) over an alphabet rich in the characters recognizers look at.
  const alphabet = [..."aZ09@.-_ +:/=\n\t", "é", "😀", "\uD800", "\u0000", "4111", "@example.org", "sk-", "ghp_",
    "AKIA", "-----BEGIN RSA PRIVATE KEY-----", "-----END RSA PRIVATE KEY-----"];
  let seed = 0x2545f491;
  const next = () => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };

  test("500 random strings redact without throwing, with consistent offsets", () => {
    for (let i = 0; i < 500; i++) {
      let text = "";
      const len = next() % 200;
      for (let j = 0; j < len; j++) text += alphabet[next() % alphabet.length];
      const out = ward.redact(text);
      assert.equal(typeof out.text, "string");
      const wellFormed = !/[\uD800-\uDFFF]/.test(text);
      if (wellFormed) assert.equal(offsetsAgree(text, out.findings), null, JSON.stringify(text));
    }
  });

  test("a 4 MiB input is redacted", () => {
    const chunk = "hello jane.doe@example.org, card 4111-1111-1111-1111. ";
    const text = chunk.repeat(Math.ceil((4 << 20) / chunk.length));
    const out = ward.redact(text);
    assert.equal(out.findings.length, 2 * Math.ceil((4 << 20) / chunk.length));
    assert.equal(new Set(out.findings.map((f) => f.replacement)).size, 2);
  });
});

describe("vaults", () => {
  test("numbering is stable across calls, survives toJSON/fromJSON, and secrets are never restored", () => {
    const vault = new ward.Vault();
    const a = ward.redact("mail jane@example.org key AKIAIOSFODNN7EXAMPLE", null, { vault });
    assert.equal(a.text, "mail [EMAIL_1] key [AWS_ACCESS_KEY_1]");
    const saved = JSON.parse(JSON.stringify(vault));
    assert.deepEqual(saved, vault.toJSON());
    assert.equal(saved.entries.find((e) => e.entity === "AWS_ACCESS_KEY").value, undefined);
    const again = ward.Vault.fromJSON(saved);
    const b = ward.redact("bob@example.org then jane@example.org", null, { vault: again });
    assert.equal(b.text, "[EMAIL_2] then [EMAIL_1]");
    assert.equal(ward.restore(`${b.text} [AWS_ACCESS_KEY_1]`, again), "bob@example.org then jane@example.org [AWS_ACCESS_KEY_1]");
    assert.equal(new ward.Redactor().redact("jane@example.org", { vault: again }).text, "[EMAIL_1]");
    assert.equal(again.size, 3);
    vault.free();
    again.free();
    again.free(); // idempotent
    assert.throws(() => again.toJSON(), TypeError);
    assert.throws(() => ward.restore("x", {}), TypeError);
  });

  test("a damaged vault is vault_invalid", () => {
    for (const bad of ["{", { entries: 5 }, { counters: {}, entries: [], extra: 1 }, 7]) {
      assert.throws(() => ward.Vault.fromJSON(bad), (e) => e.code === "vault_invalid", JSON.stringify(bad));
    }
  });

  test("bodies, JSON documents and JSONL number through one vault and restore", () => {
    const vault = new ward.Vault();
    const body = JSON.stringify({ model: "gpt-4o", messages: [{ role: "user", content: "I am jane@example.org" }] });
    const red = ward.redactBody(body, { provider: "openai", vault });
    assert.equal(red.json, body.replace("jane@example.org", "[EMAIL_1]"));
    assert.equal(red.findings[0].path, "$.messages[0].content");
    const doc = ward.redactJson('{"a":"jane@example.org","b":"bob@example.org"}', { paths: { exclude: ["$.b"] }, vault });
    assert.equal(doc.json, '{"a":"[EMAIL_1]","b":"bob@example.org"}');
    const lines = ward.redactJsonl('{"m":"bob@example.org"}\nnot json\n', { badLines: "text", vault });
    assert.equal(lines.text, '{"m":"[EMAIL_2]"}\nnot json\n');
    assert.deepEqual(lines.errors.map((e) => [e.line, e.code]), [[2, "parse_failed"]]);
    assert.equal(ward.restoreBody('{"c":"[EMAIL_1] and [EMAIL_2]"}', vault), '{"c":"jane@example.org and bob@example.org"}');
    assert.throws(() => ward.redactBody("{", {}), (e) => e.code === "parse_failed");
    assert.throws(() => ward.redactBody("{}", { provider: "gemini" }), (e) => e.code === "unknown_provider");
    assert.throws(() => ward.redactJsonl("x", { badLines: "maybe" }), (e) => e.code === "parse_failed");
    assert.throws(() => ward.redactJson("{}", { paths: { include: ["nope"] } }), (e) => e.code === "parse_failed");
    const line = JSON.stringify({ url: "https://api.openai.com/v1/chat/completions", attributes: { user: "u-7", note: "bob@example.org" },
      request: { model: "gpt-4o", messages: [{ role: "user", content: "cc jane@example.org" }] } });
    const cap = ward.redactCapture(`${line}\nnot json\n`, { badLines: "pass", vault });
    const capLine = JSON.parse(cap.text.split("\n")[0]);
    assert.deepEqual([capLine.request.messages[0].content, capLine.attributes.user, capLine.attributes.note], ["cc [EMAIL_1]", "u-7", "[EMAIL_2]"]);
    assert.deepEqual(cap.findings.map((f) => [f.line, f.path]), [[1, "$.attributes.note"], [1, "$.request.messages[0].content"]]);
    assert.deepEqual(cap.errors.map((e) => [e.line, e.code]), [[2, "parse_failed"]]);
    assert.throws(() => ward.redactCapture("[1]\n"), (e) => e.code === "parse_failed" && e.message.startsWith("line 1: "));
    vault.free();
  });
});

describe("observability", () => {
  const line = {
    url: "https://api.openai.com/v1/chat/completions",
    request: { model: "gpt-4o" },
    response: { object: "chat.completion", model: "gpt-4o", choices: [], usage: { prompt_tokens: 1000, completion_tokens: 10 } },
  };
  test("an exchange object and its JSONL line price alike; unknown models are errors, not zero", () => {
    const a = ward.priceExchange(line);
    assert.deepEqual(ward.priceExchange(JSON.stringify(line)), a);
    assert.equal(a.record.usage.input_tokens, 1000);
    assert.ok(a.cost.cost.total > 0 && a.cost_error === null);
    const unknown = JSON.parse(JSON.stringify(line).replaceAll("gpt-4o", "zz-1"));
    assert.equal(ward.priceExchange(unknown).cost_error.code, "unknown_model");
    const override = { "zz-1": { litellm_provider: "openai", mode: "chat", input_cost_per_token: 1e-6, output_cost_per_token: 2e-6 } };
    assert.ok(Math.abs(ward.priceExchange(unknown, override).cost.cost.total - 1.02e-3) < 1e-15);
    assert.throws(() => ward.priceExchange("{"), (e) => e.code === "parse_failed");
  });

  test("report formats, OTLP round trip and option errors", () => {
    const capture = `${JSON.stringify(line)}\nnot json\n`;
    assert.match(ward.costReport(capture), /gpt-4o/);
    assert.match(ward.costReport(capture, { format: "prometheus" }), /ward_capture_unreadable_lines_total 1/);
    assert.equal(ward.costReport(capture, { format: "json" }).total.calls, 1);
    const otlp = ward.toOtlp(capture, { content: true });
    assert.deepEqual(otlp.errors.map((e) => e.line), [2]);
    const back = ward.parseOtlpTraces(otlp.traces);
    assert.equal(back.records.length, 1);
    assert.equal(back.records[0].usage.input_tokens, 1000);
    assert.deepEqual(ward.parseOtlpTraces(JSON.stringify(otlp.traces)), back);
    assert.throws(() => ward.toOtlp(capture, { bogus: 1 }), (e) => e.code === "parse_failed");
    assert.throws(() => ward.costReport(capture, { format: "yaml" }), (e) => e.code === "parse_failed");
    assert.throws(() => ward.replay("ab", capture), (e) => e.code === "not_found");
  });
});
