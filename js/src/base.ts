/**
 * What every module of the facade shares: whether the WebAssembly module is loaded, and the error shape.
 *
 * @module
 */

/**
 * An error thrown by the engine. `code` is stable across every ward host (CLI, component, Envoy filter,
 * this package), e.g. `policy_invalid`; `message` explains it. `not_initialized` is the one code of this
 * package itself: a browser called the engine before `await init()`.
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

/** Whether the WebAssembly module is instantiated and the engine can be called. */
export function isReady(): boolean {
  return ready;
}

/** Throws `not_initialized` until an entry point loaded the module. */
export function ensureReady(what: string): void {
  if (!ready) {
    const e = new Error(`ward: call \`await init()\` before ${what} (the WebAssembly module is not loaded yet)`);
    e.name = "WardError";
    throw Object.assign(e, { code: "not_initialized" });
  }
}

/** A `TypeError` unless `value` is a string (a wrong call fails clearly instead of in the glue code). */
export function expectString(value: unknown, what: string): asserts value is string {
  if (typeof value !== "string") {
    throw new TypeError(`${what} must be a string, got ${typeof value}`);
  }
}
