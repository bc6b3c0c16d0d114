// The benchmark inputs, identical to the criterion benches' (`ward_benches::inputs()` in benches/src/lib.rs):
// read from that Rust source rather than copied, so the Node and the native/wasmtime numbers always measure
// the same text. Fails loudly if the source no longer has the shape parsed here.

import { readFileSync } from "node:fs";

const source = readFileSync(new URL("../src/lib.rs", import.meta.url), "utf8");

function rustString(literal) {
  // The literals are plain ASCII with `\n` and `\"` escapes only; anything else is refused, not guessed.
  if (/\\[^n"\\]/.test(literal)) throw new Error(`benches/src/lib.rs: unsupported escape in ${literal}`);
  return literal.replace(/\\(n|"|\\)/g, (_, c) => (c === "n" ? "\n" : c));
}

function turns() {
  const block = source.match(/const TURNS: &\[&str\] = &\[([\s\S]*?)\];/);
  if (!block) throw new Error("benches/src/lib.rs: `const TURNS` not found");
  const list = [...block[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => rustString(m[1]));
  if (list.length === 0) throw new Error("benches/src/lib.rs: TURNS is empty");
  return list;
}

/** Chat-like text of exactly `bytes` bytes, as `ward_benches::chat_text`. */
export function chatText(bytes) {
  const all = turns();
  let text = "";
  while (text.length < bytes) text += all.join("");
  text = text.slice(0, bytes);
  if (Buffer.byteLength(text) !== bytes) throw new Error("chat text is no longer ASCII: sizes would differ from Rust's");
  return text;
}

/** `[name, text]` pairs, as `ward_benches::inputs()`. */
export function inputs() {
  const tiny = source.match(/\("tiny", "((?:[^"\\]|\\.)*)"\.to_string\(\)\)/);
  if (!tiny) throw new Error("benches/src/lib.rs: the `tiny` input was not found");
  return [
    ["tiny", rustString(tiny[1])],
    ["1KB", chatText(1024)],
    ["4KB", chatText(4096)],
  ];
}
