//! Errors crossing into JavaScript: a real `Error` (stack, `instanceof Error`) with core's stable `code`.
//!
//! Also decodes the JSON-valued arguments (policies, options, price overrides, vaults), because the only
//! errors ward-web raises itself are about them: a value that JSON cannot encode (a `BigInt`, a cycle, a
//! function) never reaches core. The codes used are core's (`policy_invalid`, `parse_failed`,
//! `vault_invalid`), so callers see one vocabulary.

use wasm_bindgen::JsValue;

/// The code core uses for unusable policies; the unit tests check it is one of `Error::all_codes()`.
pub(crate) const POLICY_INVALID: &str = "policy_invalid";
/// The code core uses for unreadable JSON (options, capture lines, bodies).
pub(crate) const PARSE_FAILED: &str = "parse_failed";
/// The code core uses for unreadable vaults.
pub(crate) const VAULT_INVALID: &str = "vault_invalid";

/// Builds the JS error thrown for a core error.
pub(crate) fn to_js(e: &ward_core::Error) -> JsValue {
    coded(e.code(), e.message())
}

/// An `Error` named `WardError` with `message` and a `code` property.
pub(crate) fn coded(code: &str, message: &str) -> JsValue {
    let err = js_sys::Error::new(message);
    err.set_name("WardError");
    // Setting a property on a fresh, unfrozen object cannot fail; if it somehow did, the error still
    // carries its message and name.
    let _ = js_sys::Reflect::set(&err, &JsValue::from_str("code"), &JsValue::from_str(code));
    err.into()
}

/// The policy as JSON text for core: strings pass through, `undefined`/`null` mean the default policy,
/// anything else is JSON-encoded and left for core to accept or reject.
pub(crate) fn policy_json(policy: &JsValue) -> Result<Option<String>, JsValue> {
    json_arg(policy, POLICY_INVALID, "policy")
}

/// A JSON-valued argument as JSON text: strings pass through (they are JSON text already),
/// `undefined`/`null` are `None`, anything else goes through `JSON.stringify`. A value JSON cannot encode
/// fails with `code`, naming `what`.
pub(crate) fn json_arg(value: &JsValue, code: &str, what: &str) -> Result<Option<String>, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(None);
    }
    if let Some(text) = value.as_string() {
        return Ok(Some(text));
    }
    match js_sys::JSON::stringify(value) {
        Ok(text) => match text.as_string() {
            Some(text) => Ok(Some(text)),
            // JSON.stringify returns undefined for functions and symbols.
            None => Err(coded(code, &format!("{what}: expected an object or JSON text"))),
        },
        Err(_) => Err(coded(code, &format!("{what}: value cannot be encoded as JSON"))),
    }
}

/// Core's JSON text output as a plain JS value (`JSON.parse`, which V8 does faster than a serde walk).
pub(crate) fn parse_output(json: &str) -> Result<JsValue, JsValue> {
    js_sys::JSON::parse(json).map_err(|_| coded("internal", "engine output is not JSON"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn codes_are_core_codes() {
        for code in [super::POLICY_INVALID, super::PARSE_FAILED, super::VAULT_INVALID, "internal"] {
            assert!(ward_core::Error::all_codes().contains(&code), "{code}");
        }
    }
}
