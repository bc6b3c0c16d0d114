//! The vault as a JS class: a handle to core's [`Vault`](ward_core::redact::Vault) living in WebAssembly
//! memory, so a conversation's placeholders are not re-parsed on every call.
//!
//! Why a handle and not JSON in, JSON out: the vault grows with the conversation and every redact and
//! restore call needs it; copying it across the boundary twice per call would cost more than the scan.
//! The host stores it with `toJSON()` / `Vault.fromJSON()` (core's serialized form, unchanged), and frees
//! it with `free()` (the generated class also registers a `FinalizationRegistry`).

use ward_core::redact::Vault as CoreVault;
use wasm_bindgen::prelude::*;

use crate::error;

/// Placeholder ↔ original value for one conversation. Pass the same vault to every redact call of a
/// conversation (stable numbering) and to `restore` on the model's output. Secrets are kept only as a
/// digest: they get placeholders but are never restored.
#[wasm_bindgen]
#[derive(Debug, Default)]
pub struct Vault(pub(crate) CoreVault);

#[wasm_bindgen]
impl Vault {
    /// An empty vault.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Vault {
        Vault(CoreVault::new())
    }

    /// Loads a vault saved with `toJSON()` (the object or its JSON text). Throws `vault_invalid`.
    #[wasm_bindgen(js_name = fromJSON)]
    pub fn from_json(
        #[wasm_bindgen(unchecked_param_type = "string | VaultData")] json: JsValue,
    ) -> Result<Vault, JsValue> {
        let text = error::json_arg(&json, error::VAULT_INVALID, "vault")?
            .ok_or_else(|| error::coded(error::VAULT_INVALID, "vault: expected an object or JSON text"))?;
        CoreVault::from_json(&text).map(Vault).map_err(|e| error::to_js(&e))
    }

    /// The vault as a plain object (what `JSON.stringify(vault)` writes); store it with the conversation.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "VaultData")]
    pub fn to_json(&self) -> Result<JsValue, JsValue> {
        error::parse_output(&self.0.to_json())
    }

    /// Puts original values back in place of their placeholders; secrets and unknown placeholders stay.
    pub fn restore(&self, text: &str) -> String {
        self.0.restore(text)
    }

    /// How many placeholders were handed out.
    #[wasm_bindgen(getter)]
    pub fn size(&self) -> usize {
        self.0.entries().len()
    }
}
