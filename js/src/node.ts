/**
 * Node entry point (`exports["."].node`): loads the WebAssembly module synchronously at import, so
 * the engine works right away. `init()` exists for code shared with browsers and resolves immediately.
 *
 * @module
 */

import { readFileSync } from "node:fs";

import { initSync } from "../pkg/ward_web.js";
import { markReady } from "./base.js";

initSync({ module: readFileSync(new URL("../pkg/ward_web_bg.wasm", import.meta.url)) });
markReady();

export * from "./all.js";

/** The module is already loaded in Node; resolves immediately (for code shared with browsers). */
export function init(): Promise<void> {
  return Promise.resolve();
}
