// Streaming checks shared by Node (node.test.mjs) and Chromium (page.html): the TransformStreams must give
// exactly the one-shot result for every way of splitting the input. Each check resolves to null (pass) or
// what differed.

import { pipe } from "./groups.mjs";

const encoder = new TextEncoder();

/** A short mixed-script sample: CJK, Devanagari, Greek, emoji (astral, ZWJ), combining marks, values. */
export const SAMPLE =
  "日本 jane.doe@example.org नमस्ते Ωμέγα 😀👩‍💻 e\u0301 card 4111 1111 1111 1111, +44 20 7946 0958 é";

/** Every split of `text` into two parts: at each UTF-16 index (strings) and each byte offset (bytes). */
function twoWaySplits(text) {
  const bytes = encoder.encode(text);
  const splits = [];
  for (let i = 0; i <= text.length; i++) splits.push([text.slice(0, i), text.slice(i)]);
  for (let i = 0; i <= bytes.length; i++) splits.push([bytes.slice(0, i), bytes.slice(i)]);
  // One byte at a time, and one UTF-16 unit at a time (lone surrogates in every other chunk).
  splits.push(Array.from(bytes, (b) => Uint8Array.of(b)));
  splits.push(Array.from({ length: text.length }, (_, i) => text[i]));
  return splits;
}

const describe = (chunks) =>
  chunks.map((c) => (typeof c === "string" ? JSON.stringify(c) : `bytes(${c.length})`)).join(" | ");

/** The redacting stream equals one-shot `redact` (text and vault) for every split. */
async function redactSplits(api) {
  const redactor = new api.Redactor();
  const oneVault = new api.Vault();
  const expected = redactor.redact(SAMPLE, { vault: oneVault });
  const expectedVault = JSON.stringify(oneVault);
  oneVault.free();
  if (expected.findings.length < 3) return `sample should have at least 3 findings: ${expected.text}`;
  try {
    for (const chunks of twoWaySplits(SAMPLE)) {
      const vault = new api.Vault();
      const got = await pipe(redactor.stream({ vault }), chunks);
      const v = JSON.stringify(vault);
      vault.free();
      if (got !== expected.text) return `split ${describe(chunks)}: ${JSON.stringify(got)} != ${JSON.stringify(expected.text)}`;
      if (v !== expectedVault) return `split ${describe(chunks)}: vault ${v} != ${expectedVault}`;
    }
    return null;
  } finally {
    redactor.free();
  }
}

/** The restoring stream equals one-shot `restore` for every split of a redacted text (placeholders split). */
async function restoreSplits(api) {
  const vault = new api.Vault();
  try {
    const red = api.redact(`${SAMPLE} again jane.doe@example.org`, null, { vault });
    const whole = api.restore(red.text, vault);
    if (whole !== `${SAMPLE} again jane.doe@example.org`) return `one-shot restore: ${whole}`;
    for (const chunks of twoWaySplits(red.text)) {
      const got = await pipe(api.restoreStream(vault), chunks);
      if (got !== whole) return `split ${describe(chunks)}: ${JSON.stringify(got)}`;
    }
    return null;
  } finally {
    vault.free();
  }
}

/** An OpenAI chat SSE stream whose deltas carry `pieces`. */
function chatSse(pieces) {
  const chunk = (delta) =>
    `data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", choices: [{ index: 0, delta, finish_reason: null }] })}\n\n`;
  return (
    pieces.map((p) => chunk({ content: p })).join("") +
    `data: ${JSON.stringify({ id: "c1", object: "chat.completion.chunk", choices: [{ index: 0, delta: {}, finish_reason: "stop" }] })}\n\n` +
    "data: [DONE]\n\n"
  );
}

/** The concatenated `delta.content` of a chat SSE stream. */
function chatText(sse) {
  let text = "";
  for (const line of sse.split("\n")) {
    if (!line.startsWith("data: {")) continue;
    for (const ch of JSON.parse(line.slice(6)).choices ?? []) text += ch.delta?.content ?? "";
  }
  return text;
}

/**
 * SSE restore: placeholders split across delta events and the byte stream split at every offset give the
 * one-shot result, whose text is the original.
 */
async function sseRestoreSplits(api) {
  const vault = new api.Vault();
  try {
    const original = "write to jane.doe@example.org or Ωμέγα 😀 card 4111 1111 1111 1111";
    const red = api.redact(original, null, { vault });
    // Model output echoing the placeholders, cut inside each of them across events.
    const at = [red.text.indexOf("[EMAIL_1]") + 3, red.text.indexOf("[CREDIT_CARD_1]") + 8];
    const sse = chatSse([red.text.slice(0, at[0]), red.text.slice(at[0], at[1]), red.text.slice(at[1])]);
    const whole = await pipe(api.sseRestoreStream(vault), [sse]);
    if (chatText(whole) !== original) return `one-shot: ${JSON.stringify(chatText(whole))}`;
    const bytes = encoder.encode(sse);
    for (let i = 0; i <= bytes.length; i++) {
      const got = await pipe(api.sseRestoreStream(vault), [bytes.slice(0, i), bytes.slice(i)]);
      if (got !== whole) return `split at byte ${i}: ${JSON.stringify(got)}`;
    }
    return null;
  } finally {
    vault.free();
  }
}

/** SSE redaction: an e-mail split across events is caught, for every byte split of the stream. */
async function sseRedactSplits(api) {
  const redactor = new api.Redactor();
  try {
    const sse = chatSse(["mail ja", "ne@exam", "ple.org tha", "nks 😀"]);
    const vault = new api.Vault();
    const whole = await pipe(redactor.sseStream({ vault }), [sse]);
    if (chatText(whole) !== "mail [EMAIL_1] thanks 😀") return `one-shot: ${JSON.stringify(chatText(whole))}`;
    if (vault.restore("[EMAIL_1]") !== "jane@example.org") return `vault after the stream: ${JSON.stringify(vault)}`;
    vault.free();
    const bytes = encoder.encode(sse);
    for (let i = 0; i <= bytes.length; i += 1) {
      const got = await pipe(redactor.sseStream(), [bytes.slice(0, i), bytes.slice(i)]);
      if (got !== whole) return `split at byte ${i}: ${JSON.stringify(got)}`;
    }
    return null;
  } finally {
    redactor.free();
  }
}

/** Errors surface as stream errors with the stable code, and the stream's memory is released. */
async function streamErrors(api) {
  const redactor = new api.Redactor();
  try {
    await pipe(redactor.stream(), [Uint8Array.of(0x61, 0xff, 0x62)]);
    return "invalid UTF-8 did not fail the stream";
  } catch (e) {
    if (e?.code !== "invalid_utf8") return `got ${e && e.code}: ${e && e.message}`;
  }
  try {
    await pipe(redactor.stream(), ["ok ", Uint8Array.of(0xe2, 0x82)]); // unfinished character at the end
    return "an unfinished character at the end did not fail the stream";
  } catch (e) {
    if (e?.code !== "invalid_utf8") return `got ${e && e.code}: ${e && e.message}`;
  } finally {
    redactor.free();
  }
  try {
    await pipe(api.restoreStream(new api.Vault()), [42]);
    return "a number chunk did not fail the stream";
  } catch (e) {
    if (!(e instanceof TypeError)) return `got ${e}`;
  }
  return null;
}

/** The checks, by name. */
export const STREAM_CHECKS = {
  "stream/redact-every-split-equals-one-shot": redactSplits,
  "stream/restore-every-split-equals-one-shot": restoreSplits,
  "stream/sse-restore-split-placeholders-and-bytes": sseRestoreSplits,
  "stream/sse-redact-every-split": sseRedactSplits,
  "stream/errors-have-codes": streamErrors,
};
