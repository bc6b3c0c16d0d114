/**
 * Redaction and restore, one-shot: thin wrappers over the wasm-bindgen exports of `wasm/web` (Rust crate
 * `ward-web`). All behaviour lives in the Rust core; this file checks argument types (so a wrong call
 * fails with a `TypeError` instead of an obscure glue error), whether the module was initialized, and
 * supplies a temporary vault when the caller passes none.
 *
 * @module
 */

import * as engine from "../pkg/ward_web.js";
// Types generated from the Rust types by tsify, via the bundler target's declarations, which (unlike the
// web target's) need no DOM types, so Node-only TypeScript projects compile against them.
import type { JsonPathLists, JsonRedaction, JsonlRedaction, Policy, Redaction } from "../pkg/types.js";
import { ensureReady, expectString } from "./base.js";
import { type Vault, vaultHandle, withVault } from "./vault.js";

/** An LLM API body format: `auto` recognizes the others by their fields. */
export type Provider = "auto" | "openai" | "openai_chat" | "openai_responses" | "anthropic";

/** Options of the one-shot redaction calls. */
export interface RedactOptions {
  /** Number placeholders through this conversation's vault (stable across calls, restorable later). */
  vault?: Vault;
}

/** Options of `redactBody`. */
export interface RedactBodyOptions extends RedactOptions {
  /** The body's API (default `auto`). */
  provider?: Provider;
  /** The policy (default: every entity). */
  policy?: Policy | string | null;
}

/** Options of `redactJson` and `redactJsonl`. */
export interface RedactJsonOptions extends RedactOptions {
  /** Which string values to redact (default: all). */
  paths?: JsonPathLists;
  /** The policy (default: every entity). */
  policy?: Policy | string | null;
}

/** Options of `redactJsonl`. */
export interface RedactJsonlOptions extends RedactJsonOptions {
  /** A line that is not JSON: `fail` the call (default), redact it as `text`, or `pass` it unchanged. */
  badLines?: "fail" | "text" | "pass";
}

/**
 * Redacts `text`: every e-mail address, payment card, national ID, secret… the policy enables is replaced,
 * by default by a typed placeholder such as `[EMAIL_1]`; the same value gets the same placeholder.
 *
 * @param text any string (lone UTF-16 surrogates are replaced by U+FFFD on the way into WebAssembly)
 * @param policy a policy object, its JSON text, or nothing for the default policy (every entity)
 * @param options `vault`: number through a conversation's vault (fresh numbering without one)
 * @returns the redacted text and the findings, with offsets in UTF-8 bytes and UTF-16 code units
 * @throws {WardError} with `code` `policy_invalid` for a bad policy
 * @throws {TypeError} if `text` is not a string
 */
export function redact(text: string, policy?: Policy | string | null, options: RedactOptions = {}): Redaction {
  expectString(text, "redact: text");
  ensureReady("redact()");
  return options.vault === undefined
    ? engine.redact(text, policy)
    : engine.redactWith(text, policy, vaultHandle(options.vault));
}

/** Puts the originals of `vault`'s placeholders back into `text` (model output). Secrets stay redacted. */
export function restore(text: string, vault: Vault): string {
  expectString(text, "restore: text");
  return vaultHandle(vault).restore(text);
}

/**
 * Redacts an LLM API body (request, response or one stream chunk of OpenAI Chat Completions, OpenAI
 * Responses or Anthropic Messages): message texts, content parts, system prompts and tool-call arguments
 * (JSON inside strings is redacted value by value). Ids, roles, model names and every other byte stay.
 * @throws {WardError} `parse_failed` (not JSON), `unknown_provider`, `policy_invalid`
 */
export function redactBody(json: string, options: RedactBodyOptions = {}): JsonRedaction {
  expectString(json, "redactBody: json");
  ensureReady("redactBody()");
  return withVault(options.vault, (v) => engine.redactBody(json, options.provider, options.policy, v));
}

/**
 * Redacts the string values of a JSON document selected by `paths` (keys, numbers and layout kept).
 * @throws {WardError} `parse_failed` (not JSON, or a bad path), `policy_invalid`
 */
export function redactJson(json: string, options: RedactJsonOptions = {}): JsonRedaction {
  expectString(json, "redactJson: json");
  ensureReady("redactJson()");
  return withVault(options.vault, (v) => engine.redactJson(json, options.paths, options.policy, v));
}

/** Redacts each line of a JSONL text as a JSON document (one vault for every line). */
export function redactJsonl(text: string, options: RedactJsonlOptions = {}): JsonlRedaction {
  expectString(text, "redactJsonl: text");
  ensureReady("redactJsonl()");
  return withVault(options.vault, (v) =>
    engine.redactJsonl(text, options.paths, options.badLines, options.policy, v),
  );
}

/** Options of `redactCapture`. */
export interface RedactCaptureOptions extends RedactOptions {
  /** A line that is not a JSON object: `fail` the call (default), redact it as `text`, or `pass` it unchanged. */
  badLines?: "fail" | "text" | "pass";
  /** The policy (default: every entity). */
  policy?: Policy | string | null;
}

/**
 * Redacts a capture (JSONL in ward's capture format, one LLM call or agent step per line) through one
 * vault: request and response bodies by provider, `response_sse` event by event (a value split across
 * two delta events is still caught), tool arguments and results, and free-form attributes; the rollup
 * keys `user`, `tenant`, `feature`, `session`, `provider` and every framing byte (ids, times, usage,
 * models) stay. Findings carry the line, the field's `path` and, inside `response_sse`, the event field
 * as `inner_path`.
 * @throws {WardError} `parse_failed` (a bad line with `badLines: "fail"`), `policy_invalid`
 */
export function redactCapture(text: string, options: RedactCaptureOptions = {}): JsonlRedaction {
  expectString(text, "redactCapture: text");
  ensureReady("redactCapture()");
  return withVault(options.vault, (v) => engine.redactCapture(text, options.badLines, options.policy, v));
}

/**
 * Puts originals back into every string of a JSON document (a model response body), keeping its other
 * bytes; inside tool-call arguments (JSON in a string) values are escaped so the arguments stay valid JSON.
 * @throws {WardError} `parse_failed`
 */
export function restoreBody(json: string, vault: Vault): string {
  expectString(json, "restoreBody: json");
  return engine.restoreBody(json, vaultHandle(vault));
}

/** The version of the engine (ward-core) compiled into the WebAssembly module. */
export function version(): string {
  ensureReady("version()");
  return engine.version();
}
