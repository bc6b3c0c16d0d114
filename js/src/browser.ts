/**
 * Browser and default entry point (`exports["."].browser` / `default`): no bundler needed, but the
 * WebAssembly module must be fetched and compiled asynchronously first, so call `await init()` once before
 * using the engine. Works in workers and edge runtimes too: pass the module (or its bytes, URL or `Response`) to
 * `init` where fetching next to this file is not possible.
 *
 * @module
 */

import initWasm from "../pkg/ward_web.js";
import type { InitInput } from "../pkg/ward_web.js";
import { isReady, markReady } from "./base.js";

export * from "./all.js";
export type { InitInput } from "../pkg/ward_web.js";

let loading: Promise<void> | undefined;

/**
 * Loads the WebAssembly module; call once (later calls return the same promise).
 *
 * @param input where to get the module: a URL, a `Response`, bytes or a compiled `WebAssembly.Module`.
 *   Default: `ward_web_bg.wasm` next to the package's JS (fetched relative to `import.meta.url`).
 */
export function init(input?: InitInput | Promise<InitInput>): Promise<void> {
  if (isReady()) {
    return Promise.resolve();
  }
  loading ??= initWasm({ module_or_path: input ?? new URL("../pkg/ward_web_bg.wasm", import.meta.url) }).then(
    () => markReady(),
    (e: unknown) => {
      loading = undefined; // allow a retry, e.g. after a network error
      throw e;
    },
  );
  return loading;
}
