/**
 * WHATWG `TransformStream`s over the engine's streaming redactor and restorer, plain text and SSE
 * (Node ≥ 18, browsers, workers). Each stream owns an engine handle that it frees when the stream ends,
 * fails or is cancelled (and a `FinalizationRegistry` frees it if the stream is simply dropped).
 *
 * Chunks may be strings or bytes (`Uint8Array`, split anywhere, even inside a character). The one thing
 * done here rather than in the engine is JavaScript-specific: a string chunk ending in the first half of
 * a surrogate pair keeps that half until the next chunk, since a lone surrogate cannot cross into
 * WebAssembly (it would become U+FFFD).
 *
 * @module
 */

import * as engine from "../pkg/ward_web.js";
// Handle types from the bundler declarations (no DOM types), so the emitted .d.ts needs none either.
import type * as E from "../pkg/types.js";
import type { Policy } from "../pkg/types.js";
import { ensureReady } from "./base.js";
import { type Vault, vaultHandle } from "./vault.js";

/** Options of the redacting streams. */
export interface StreamOptions {
  /**
   * The conversation's vault. Text streams number through it as they go; SSE streams start from a copy
   * and write their placeholders back when the stream ends. Without one, numbering starts fresh.
   */
  vault?: Vault;
}

type Chunk = string | Uint8Array;

/** What a stream does with one chunk and at the end; `close` releases engine memory. */
interface Sink<Out> {
  bytes(chunk: Uint8Array): Out;
  text(chunk: string): Out;
  finish(): Out;
  close(): void;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** A TransformStream feeding `sink`, decoding its output with `decode`. */
function transform<Out>(sink: Sink<Out>, decode: (out: Out, last: boolean) => string): TransformStream<Chunk, string> {
  let pending = ""; // a high surrogate waiting for its pair
  let closed = false;
  const close = () => {
    if (!closed) {
      closed = true;
      sink.close();
    }
  };
  const emit = (controller: TransformStreamDefaultController<string>, out: Out, last = false) => {
    const text = decode(out, last);
    if (text !== "") controller.enqueue(text);
  };
  const transformer: Transformer<Chunk, string> & { cancel?: () => void } = {
    transform(chunk, controller) {
      try {
        if (typeof chunk === "string") {
          let text = pending + chunk;
          pending = "";
          if (text.length > 0 && isHighSurrogate(text.charCodeAt(text.length - 1))) {
            pending = text.slice(-1);
            text = text.slice(0, -1);
          }
          emit(controller, sink.text(text));
        } else if (chunk instanceof Uint8Array) {
          if (pending !== "") {
            emit(controller, sink.text(pending));
            pending = "";
          }
          emit(controller, sink.bytes(chunk));
        } else {
          throw new TypeError(`stream chunks must be strings or Uint8Arrays, got ${typeof chunk}`);
        }
      } catch (e) {
        close();
        throw e;
      }
    },
    flush(controller) {
      try {
        if (pending !== "") emit(controller, sink.text(pending));
        emit(controller, sink.finish(), true);
      } finally {
        close();
      }
    },
    // Called when the readable side is cancelled (newer runtimes); the FinalizationRegistry covers others.
    cancel() {
      close();
    },
  };
  return new TransformStream<Chunk, string>(transformer);
}

const asText = (out: string) => out;

/** SSE output is bytes of whole events; decoded with a streaming decoder all the same. */
function sseText(): (out: Uint8Array, last: boolean) => string {
  const decoder = new TextDecoder();
  return (out, last) => decoder.decode(out, { stream: !last });
}

/** A temporary engine vault when the caller gave none (`owned`: freed with the stream). */
function streamVault(vault: Vault | undefined): { v: E.Vault; owned: boolean } {
  return vault === undefined ? { v: new engine.Vault(), owned: true } : { v: vaultHandle(vault), owned: false };
}

/** @internal Text redaction stream of a compiled redactor (used by `Redactor.stream`). */
export function redactStream(redactor: E.Redactor, options: StreamOptions): TransformStream<Chunk, string> {
  const { v, owned } = streamVault(options.vault);
  const s = redactor.openStream();
  return transform<string>(
    {
      bytes: (b) => s.push(b, v),
      text: (t) => s.pushStr(t, v),
      finish: () => s.finish(v),
      close: () => {
        s.free();
        if (owned) v.free();
      },
    },
    asText,
  );
}

/** @internal SSE redaction stream of a compiled redactor (used by `Redactor.sseStream`). */
export function sseRedactStreamWith(
  redactor: E.Redactor,
  options: StreamOptions,
): TransformStream<Chunk, string> {
  const { v, owned } = streamVault(options.vault);
  const s = redactor.openSse(v);
  return transform<Uint8Array>(
    {
      bytes: (b) => s.push(b),
      text: (t) => s.pushStr(t),
      finish: () => s.finish(v),
      close: () => {
        s.free();
        if (owned) v.free();
      },
    },
    sseText(),
  );
}

/**
 * A `TransformStream` redacting an OpenAI or Anthropic SSE event stream under `policy` (compiles the
 * policy for this stream; use `new Redactor(policy).sseStream()` to reuse a compiled one).
 */
export function sseRedactStream(
  policy?: Policy | string | null,
  options: StreamOptions = {},
): TransformStream<Chunk, string> {
  ensureReady("sseRedactStream()");
  const redactor = new engine.Redactor(policy);
  try {
    return sseRedactStreamWith(redactor, options);
  } finally {
    redactor.free(); // the stream keeps its own reference to the compiled policy
  }
}

/**
 * A `TransformStream` putting `vault`'s originals back into streamed model output, even when a
 * placeholder is split across chunks; its output concatenates to `restore(wholeText, vault)`. Uses the
 * placeholders the vault holds when the stream is created.
 */
export function restoreStream(vault: Vault): TransformStream<Chunk, string> {
  const s = new engine.StreamRestorer(vaultHandle(vault));
  return transform<string>(
    { bytes: (b) => s.push(b), text: (t) => s.pushStr(t), finish: () => s.finish(), close: () => s.free() },
    asText,
  );
}

/**
 * A `TransformStream` restoring placeholders in an OpenAI or Anthropic SSE event stream (text and
 * tool-argument deltas; placeholders split across events included; values JSON-escaped in arguments).
 */
export function sseRestoreStream(vault: Vault): TransformStream<Chunk, string> {
  const s = new engine.SseRestorer(vaultHandle(vault));
  return transform<Uint8Array>(
    { bytes: (b) => s.push(b), text: (t) => s.pushStr(t), finish: () => s.finish(), close: () => s.free() },
    sseText(),
  );
}
