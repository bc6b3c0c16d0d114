/**
 * The public API shared by the Node and browser entry points: thin wrappers over the wasm-bindgen exports of
 * `wasm/web` (Rust crate `ward-web`). All behaviour lives in the Rust core; this file only checks argument
 * types (so a wrong call fails with a `TypeError` instead of an obscure glue error) and whether the
 * WebAssembly module was initialized.
 *
 * @module
 */

import * as engine from "../pkg/ward_web.js";
// Types generated from the Rust types by tsify, via the bundler target's declarations, which (unlike the
// web target's) need no DOM types, so Node-only TypeScript projects compile against them.
import type { Policy, Redaction } from "../pkg/types.js";

export type { CustomRecognizer, Finding, Operator, Policy, Redaction } from "../pkg/types.js";

/**
 * An error thrown by the engine. `code` is stable across every ward host (CLI, component, Envoy filter,
 * this package), e.g. `policy_invalid`; `message` explains it. `not_initialized` is the one code of this
 * package itself: a browser called `redact` before `await init()`.
 */
export interface WardError extends Error {
  name: "WardError";
  code: string;
}

/** Whether `e` is an error thrown by ward (it carries a stable `code`). */
export function isWardError(e: unknown): e is WardError {
  return e instanceof Error && e.name === "WardError" && typeof (e as { code?: unknown }).code === "string";
}

let ready = false;

/** Called by an entry point once the WebAssembly module is instantiated. */
export function markReady(): void {
  ready = true;
}

/** Whether the WebAssembly module is instantiated and `redact` can be called. */
export function isReady(): boolean {
  return ready;
}

function ensureReady(): void {
  if (!ready) {
    const e = new Error("ward: call `await init()` before redact() (the WebAssembly module is not loaded yet)");
    e.name = "WardError";
    throw Object.assign(e, { code: "not_initialized" });
  }
}

/**
 * Redacts `text`: every e-mail address, payment card and secret the policy enables is replaced by a typed
 * placeholder such as `[EMAIL_1]`; the same value gets the same placeholder within one call.
 *
 * @param text any string (lone UTF-16 surrogates are replaced by U+FFFD on the way into WebAssembly)
 * @param policy a policy object, its JSON text, or nothing for the default policy (every entity)
 * @returns the redacted text and the findings, with offsets in UTF-8 bytes and UTF-16 code units
 * @throws {WardError} with `code` `policy_invalid` for a bad policy
 * @throws {TypeError} if `text` is not a string
 */
export function redact(text: string, policy?: Policy | string | null): Redaction {
  if (typeof text !== "string") {
    throw new TypeError(`redact: text must be a string, got ${typeof text}`);
  }
  ensureReady();
  return engine.redact(text, policy);
}

/** The version of the engine (ward-core) compiled into the WebAssembly module. */
export function version(): string {
  ensureReady();
  return engine.version();
}
