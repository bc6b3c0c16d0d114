// Shared checks for every vector group except `redact` (which is in vectors.mjs): `redact_json`,
// `redact_capture`, `record`, `rollup`, `otel`, `trace`. Plain ESM with no Node or DOM specifics, used unchanged by the Node runner
// (node.test.mjs) and the Chromium page (page.html), so both hosts judge cases alike. They mirror the core
// runners (core/tests/{redact_structured,redact_capture,record_vectors,rollup_vectors,otel_vectors,trace_vectors}.rs);
// the format is defined in tests/vectors/README.md. Each check returns null (pass) or what differed.

import { check as checkRedact } from "./vectors.mjs";

/** Every group a JS host runs, in order. */
export const GROUPS = ["redact", "redact_json", "redact_capture", "record", "rollup", "otel", "trace"];

/**
 * Flattens one group's files into cases for `host`.
 * @param {string} group e.g. "record"
 * @param {Record<string, {cases: any[]}>} files file stem -> parsed JSON
 * @param {string} host "node" or "chromium"
 */
export function groupCases(group, files, host) {
  const out = [];
  for (const stem of Object.keys(files).sort()) {
    for (const c of files[stem].cases) {
      const name = `${group}/${stem}/${c.name}`;
      let skip;
      if (c.hosts_skip && Object.hasOwn(c.hosts_skip, host)) {
        skip = c.hosts_skip[host];
        if (typeof skip !== "string" || skip.trim() === "") {
          throw new Error(`${name}: hosts_skip.${host} needs a written reason`);
        }
      }
      out.push({ name, group, input: c.input, expected: c.expected, skip });
    }
  }
  return out;
}

/** Runs one case of any group; resolves to null when it passes, else what differed. */
export async function checkCase(api, c) {
  switch (c.group) {
    case "redact":
      return checkRedact(api, c);
    case "redact_json":
      return checkRedactJson(api, c);
    case "redact_capture":
      return checkRedactCapture(api, c);
    case "record":
      return checkRecord(api, c);
    case "rollup":
      return checkRollup(api, c);
    case "otel":
      return checkOtel(api, c);
    case "trace":
      return checkTrace(api, c);
    default:
      return `unknown group ${c.group}`;
  }
}

/** Exact JSON equality (object key order ignored). */
export function jsonEqual(a, b) {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]));
}

/**
 * `expected` is a subset of `actual`: objects by the keys listed, arrays elementwise with equal length,
 * numbers to 1e-12 absolute or 1e-9 relative (core/tests/rollup_shared.rs). Appends differences to `out`.
 */
export function subset(path, expected, actual, out) {
  if (Array.isArray(expected) && Array.isArray(actual) && expected.length === actual.length) {
    expected.forEach((e, i) => subset(`${path}[${i}]`, e, actual[i], out));
  } else if (expected !== null && typeof expected === "object" && !Array.isArray(expected)
    && actual !== null && typeof actual === "object" && !Array.isArray(actual)) {
    for (const [k, v] of Object.entries(expected)) {
      if (Object.hasOwn(actual, k)) subset(`${path}.${k}`, v, actual[k], out);
      else out.push(`${path}.${k}: missing`);
    }
  } else if (typeof expected === "number" && typeof actual === "number") {
    const d = Math.abs(expected - actual);
    if (d > 1e-12 && d > 1e-9 * Math.max(Math.abs(expected), Math.abs(actual))) out.push(`${path}: ${actual} != ${expected}`);
  } else if (!jsonEqual(expected, actual)) {
    out.push(`${path}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`);
  }
}

function subsetResult(name, expected, actual) {
  const out = [];
  subset(name, expected, actual, out);
  return out.length === 0 ? null : out.join("; ");
}

/** Runs `fn`; a thrown error must carry `expected.error`, else it is a failure. */
async function guarded(expected, fn) {
  try {
    const r = await fn();
    if (expected.error !== undefined) return `expected error ${expected.error}, got a result`;
    return r;
  } catch (e) {
    if (expected.error !== undefined && e && e.code === expected.error) return null;
    return `unexpected error ${e && e.name} ${e && e.code}: ${e && e.message}`;
  }
}

/** Writes `chunks` into a TransformStream and collects its output. */
export async function pipe(ts, chunks) {
  const writer = ts.writable.getWriter();
  const reader = ts.readable.getReader();
  const parts = [];
  const reading = (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      parts.push(value);
    }
  })();
  const writing = (async () => {
    for (const c of chunks) await writer.write(c);
    await writer.close();
  })();
  await Promise.all([writing, reading]);
  return parts.join("");
}

const captureOf = (input) => input.capture.map((l) => `${l}\n`).join("");

function checkRedactJson(api, c) {
  const { input, expected } = c;
  return guarded(expected, async () => {
    const redactor = new api.Redactor(input.policy);
    const vault = new api.Vault();
    try {
      const format = input.format ?? "auto";
      let out;
      if (format === "sse") out = await pipe(redactor.sseStream({ vault }), [input.sse]);
      else if (format === "json") out = api.redactJson(input.body, { paths: input.paths, policy: input.policy, vault }).json;
      else out = redactor.redactBody(input.body, { provider: format, vault }).json;
      const key = format === "sse" ? "sse" : "body";
      if (expected.error !== undefined) return null; // guarded reports the missing error
      if (out !== expected[key]) return `${key}: got ${JSON.stringify(out)}`;
      if (typeof expected.restored === "string") {
        const back = format === "sse" ? await pipe(api.sseRestoreStream(vault), [out]) : api.restoreBody(out, vault);
        if (back !== expected.restored) return `restored: got ${JSON.stringify(back)}`;
      }
      return null;
    } finally {
      vault.free();
      redactor.free();
    }
  });
}

const CAPTURE_FINDING_KEYS = ["line", "path", "inner_path", "entity", "start", "end", "replacement"];

function checkRedactCapture(api, c) {
  const { input, expected } = c;
  return guarded(expected, async () => {
    const vault = new api.Vault();
    try {
      const out = api.redactCapture(captureOf(input), { badLines: input.bad_lines, policy: input.policy, vault });
      if (expected.error !== undefined) return null; // guarded reports the missing error
      const text = expected.text.map((l) => `${l}\n`).join("");
      if (out.text !== text) return `text: got ${JSON.stringify(out.text)}`;
      const findings = out.findings.map((f) =>
        Object.fromEntries(CAPTURE_FINDING_KEYS.filter((k) => Object.hasOwn(f, k)).map((k) => [k, f[k]])));
      if (!jsonEqual(findings, expected.findings)) return `findings: got ${JSON.stringify(findings)}`;
      const errors = out.errors.map((e) => ({ line: e.line, code: e.code }));
      if (!jsonEqual(errors, expected.errors)) return `errors: got ${JSON.stringify(errors)}`;
      return null;
    } finally {
      vault.free();
    }
  });
}

function checkRecord(api, c) {
  const { input, expected } = c;
  // One capture line after a blank one: the line number must come out as 2.
  const parsed = api.parseExchanges(`\n${JSON.stringify(input)}\n`);
  if (parsed.records.length + parsed.errors.length !== 1) return `expected one result, got ${JSON.stringify(parsed)}`;
  if (parsed.errors.length === 1) {
    const [e] = parsed.errors;
    if (e.line !== 2) return `error line ${e.line}`;
    return expected.error === e.code ? null : `unexpected error ${JSON.stringify(e)}`;
  }
  if (expected.error !== undefined) return `expected error ${expected.error}, got a record`;
  const [rec] = parsed.records;
  const diffs = [];
  for (const [k, want] of Object.entries(expected)) {
    if (k === "cost" || k === "cost_error") {
      const priced = api.priceExchange(input);
      if (k === "cost") {
        if (!priced.cost) diffs.push(`cost: ${JSON.stringify(priced.cost_error)}`);
        else if (priced.cost.model_key !== want.model_key || Math.abs(priced.cost.cost.total - want.total_usd) > 1e-12) {
          diffs.push(`cost: ${priced.cost.model_key} ${priced.cost.cost.total} != ${JSON.stringify(want)}`);
        }
      } else if (priced.cost_error?.code !== want) {
        diffs.push(`cost_error: ${JSON.stringify(priced.cost_error)} != ${want}`);
      }
    } else if (k === "error_type") {
      if (rec.error?.type !== want) diffs.push(`error.type: ${JSON.stringify(rec.error)} != ${want}`);
    } else if (!jsonEqual(rec[k], want)) {
      diffs.push(`${k}: ${JSON.stringify(rec[k])} != ${JSON.stringify(want)}`);
    }
  }
  return diffs.length === 0 ? null : diffs.join("; ");
}

function checkRollup(api, c) {
  return guarded(c.expected, () => subsetResult(c.name, c.expected, api.costReport(captureOf(c.input), c.input.options)));
}

/** An OTLP AnyValue as a plain value (core/tests/otel_vectors.rs `plain`). */
function plain(any) {
  for (const k of ["stringValue", "boolValue", "doubleValue"]) if (Object.hasOwn(any, k)) return any[k];
  if (Object.hasOwn(any, "intValue")) return Number(any.intValue);
  if (any.arrayValue) return (any.arrayValue.values ?? []).map(plain);
  return null;
}

/** JSON-in-a-string values compare as JSON. */
function normalize(v) {
  if (typeof v === "string" && (v.startsWith("[") || v.startsWith("{"))) {
    try {
      return JSON.parse(v);
    } catch {
      return v;
    }
  }
  if (v !== null && typeof v === "object" && !Array.isArray(v)) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalize(x)]));
  }
  return v;
}

function checkOtel(api, c) {
  const { input, expected } = c;
  if (input.otlp !== undefined) {
    return guarded(expected, () => subsetResult(c.name, expected, api.parseOtlpTraces(input.otlp)));
  }
  return guarded(expected, () => {
    const out = api.toOtlp(captureOf(input), input.options);
    const spans = {};
    for (const s of out.traces.resourceSpans[0].scopeSpans[0].spans) {
      spans[s.spanId] = normalize({ ...s, attributes: Object.fromEntries(s.attributes.map((kv) => [kv.key, plain(kv.value)])) });
    }
    const diffs = [];
    for (const [id, want] of Object.entries(expected.spans)) subset(`${c.name}/${id}`, normalize(want), spans[id], diffs);
    for (const [id, keys] of Object.entries(expected.absent ?? {})) {
      for (const k of keys) if (spans[id] && Object.hasOwn(spans[id].attributes, k)) diffs.push(`${id}: ${k} must be absent`);
    }
    for (const key of ["errors", "unpriced"]) {
      if (expected[key] === undefined) continue;
      const lines = out[key].map((e) => e.line);
      if (!jsonEqual(lines, expected[key])) diffs.push(`${key} lines ${JSON.stringify(lines)} != ${JSON.stringify(expected[key])}`);
    }
    return diffs.length === 0 ? null : diffs.join("; ");
  });
}

function checkTrace(api, c) {
  const { input, expected } = c;
  const capture = captureOf(input);
  return guarded(expected, () => {
    if (input.replay === undefined) return subsetResult(c.name, expected, api.traces(capture, input.options));
    const out = api.replay(input.replay, capture);
    if (expected.replay_equals_recorded === undefined) return subsetResult(c.name, expected, out);
    const recorded = input.capture.flatMap((l) => {
      try {
        return [JSON.parse(l)];
      } catch {
        return [];
      }
    });
    const ids = out.steps.map((s) => s.span_id);
    if (!jsonEqual(ids, expected.replay_equals_recorded)) return `steps ${JSON.stringify(ids)}`;
    for (const s of out.steps) {
      const orig = recorded.find((r) => r.span_id === s.span_id);
      if (!orig || !jsonEqual(orig.request, s.request) || s.rebuilt !== true) return `${s.span_id} differs`;
    }
    return null;
  });
}
