/**
 * `Vault`: a conversation's placeholders, held in WebAssembly memory by the engine (a handle, so the
 * vault is not copied across the boundary on every call). Save it with `toJSON()` (or
 * `JSON.stringify(vault)`), load it with `Vault.fromJSON()`, release it with `free()`; an unreachable
 * vault is also released by a `FinalizationRegistry`.
 *
 * @module
 */

import * as engine from "../pkg/ward_web.js";
// Handle types from the bundler declarations (no DOM types), so the emitted .d.ts needs none either.
import type * as E from "../pkg/types.js";
import type { VaultData } from "../pkg/types.js";
import { ensureReady, expectString } from "./base.js";

const handles = new WeakMap<Vault, E.Vault>();

/**
 * Placeholder ↔ original value for one conversation. Pass the same vault to every call of a conversation
 * (`[EMAIL_1]` stays the same address) and to `restore` on the model's output. Secrets get placeholders
 * but only their digest is kept: they are never restored.
 */
export class Vault {
  /** An empty vault. */
  constructor() {
    ensureReady("new Vault()");
    handles.set(this, new engine.Vault());
  }

  /**
   * Loads a vault saved with `toJSON()`: the object or its JSON text.
   * @throws {WardError} `vault_invalid`
   */
  static fromJSON(data: VaultData | string): Vault {
    ensureReady("Vault.fromJSON()");
    const vault = Object.create(Vault.prototype) as Vault;
    handles.set(vault, engine.Vault.fromJSON(data));
    return vault;
  }

  /** The vault as a plain object (`JSON.stringify(vault)` writes it): store it with the conversation. */
  toJSON(): VaultData {
    return vaultHandle(this).toJSON();
  }

  /** Puts original values back in place of their placeholders; secrets and unknown placeholders stay. */
  restore(text: string): string {
    expectString(text, "restore: text");
    return vaultHandle(this).restore(text);
  }

  /** How many placeholders were handed out. */
  get size(): number {
    return vaultHandle(this).size;
  }

  /** Releases the engine's memory now; the vault cannot be used afterwards. Idempotent. */
  free(): void {
    handles.get(this)?.free();
    handles.delete(this);
  }
}

/** The engine handle of `vault` (for the other modules of this package). */
export function vaultHandle(vault: Vault): E.Vault {
  const h = vault instanceof Vault ? handles.get(vault) : undefined;
  if (h === undefined) {
    throw new TypeError(vault instanceof Vault ? "vault was freed" : "expected a Vault (new Vault() or Vault.fromJSON())");
  }
  return h;
}

/**
 * Runs `f` with the handle of `vault`, or with a temporary vault freed afterwards when there is none
 * (fresh numbering; nothing to restore later).
 */
export function withVault<T>(vault: Vault | undefined, f: (h: E.Vault) => T): T {
  if (vault !== undefined) return f(vaultHandle(vault));
  const temp = new engine.Vault();
  try {
    return f(temp);
  } finally {
    temp.free();
  }
}
