/**
 * `Redactor`: a policy compiled once (the free functions recompile whenever the policy differs from the
 * previous call's), with one-shot calls and WHATWG streams.
 *
 * @module
 */

import * as engine from "../pkg/ward_web.js";
// Handle types from the bundler declarations (no DOM types), so the emitted .d.ts needs none either.
import type * as E from "../pkg/types.js";
import type { JsonRedaction, Policy, Redaction } from "../pkg/types.js";
import type { Provider, RedactOptions } from "./api.js";
import { ensureReady, expectString } from "./base.js";
import { type StreamOptions, redactStream, sseRedactStreamWith } from "./streams.js";
import { vaultHandle, withVault } from "./vault.js";

/** A compiled policy. Reuse it: compiling costs far more than redacting a prompt. */
export class Redactor {
  #handle: E.Redactor | undefined;

  /**
   * @param policy a policy object, its JSON text, or nothing for the default policy (every entity)
   * @throws {WardError} `policy_invalid`
   */
  constructor(policy?: Policy | string | null) {
    ensureReady("new Redactor()");
    this.#handle = new engine.Redactor(policy);
  }

  /** Redacts `text` (see the free function `redact`). */
  redact(text: string, options: RedactOptions = {}): Redaction {
    expectString(text, "redact: text");
    const h = this.handle();
    return options.vault === undefined ? h.redact(text) : h.redactWith(text, vaultHandle(options.vault));
  }

  /** Redacts an LLM API body (see the free function `redactBody`). */
  redactBody(json: string, options: RedactOptions & { provider?: Provider } = {}): JsonRedaction {
    expectString(json, "redactBody: json");
    const h = this.handle();
    return withVault(options.vault, (v) => h.redactBody(json, options.provider, v));
  }

  /**
   * A `TransformStream` redacting text that arrives in chunks (strings, or bytes split anywhere, even
   * inside a character): its output concatenates to exactly the one-shot `redact` of the whole text,
   * with a bounded hold-back (a value is emitted once it is complete or ruled out).
   */
  stream(options: StreamOptions = {}): TransformStream<string | Uint8Array, string> {
    return redactStream(this.handle(), options);
  }

  /**
   * A `TransformStream` over an OpenAI (Chat, Responses) or Anthropic SSE event stream: text and
   * tool-argument deltas are redacted, values split across events included; framing passes through.
   * A given vault receives the stream's placeholders when the stream ends.
   */
  sseStream(options: StreamOptions = {}): TransformStream<string | Uint8Array, string> {
    return sseRedactStreamWith(this.handle(), options);
  }

  /** Releases the compiled policy now (streams already opened keep working). Idempotent. */
  free(): void {
    this.#handle?.free();
    this.#handle = undefined;
  }

  private handle(): E.Redactor {
    if (this.#handle === undefined) throw new TypeError("redactor was freed");
    return this.#handle;
  }
}
