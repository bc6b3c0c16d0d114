// The npm package in Node: every shared vector (tests/vectors/redact/*.json), then the API contract
// (errors with stable codes, UTF-16 offsets, no throw on arbitrary strings). Imports the package by its
// own name, so the `exports` map is exercised too.

import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { after, describe, test } from "node:test";

import * as ward from "@ward/engine";

import { casesFor, check, offsetsAgree } from "./vectors.mjs";

const vectorsDir = new URL("../../tests/vectors/redact/", import.meta.url);

function loadVectorFiles() {
  const files = {};
  for (const name of readdirSync(vectorsDir).filter((n) => n.endsWith(".json"))) {
    files[name.slice(0, -".json".length)] = JSON.parse(readFileSync(new URL(name, vectorsDir), "utf8"));
  }
  return files;
}

const counts = { passed: 0, failed: 0, skipped: 0 };

describe("vectors", () => {
  const cases = casesFor(loadVectorFiles(), "node");
  assert.ok(cases.length > 0, "no vectors found");
  for (const c of cases) {
    test(c.name, { skip: c.skip }, () => {
      const mismatch = check(ward, c);
      if (mismatch !== null) {
        counts.failed++;
        assert.fail(mismatch);
      }
      counts.passed++;
    });
    if (c.skip) counts.skipped++;
  }
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
