//! Errors crossing into JavaScript: a real `Error` (stack, `instanceof Error`) with core's stable `code`.
//!
//! Also decodes the policy argument, because the one error ward-web raises itself is about it: a policy
//! value that JSON cannot encode (a `BigInt`, a cycle, a function) never reaches core.

use wasm_bindgen::JsValue;

/// The code core uses for unusable policies; the unit tests check it is one of `Error::all_codes()`.
pub(crate) const POLICY_INVALID: &str = "policy_invalid";

/// Builds the JS error thrown for a core error.
pub(crate) fn to_js(e: &ward_core::Error) -> JsValue {
    coded(e.code(), e.message())
}

/// An `Error` named `WardError` with `message` and a `code` property.
fn coded(code: &str, message: &str) -> JsValue {
    let err = js_sys::Error::new(message);
    err.set_name("WardError");
    // Setting a property on a fresh, unfrozen object cannot fail; if it somehow did, the error still
    // carries its message and name.
    let _ = js_sys::Reflect::set(&err, &JsValue::from_str("code"), &JsValue::from_str(code));
    err.into()
}

/// The policy as JSON text for core's cache: strings pass through, `undefined`/`null` mean the default
/// policy, anything else is JSON-encoded and left for core to accept or reject.
pub(crate) fn policy_json(policy: &JsValue) -> Result<Option<String>, JsValue> {
    if policy.is_undefined() || policy.is_null() {
        return Ok(None);
    }
    if let Some(text) = policy.as_string() {
        return Ok(Some(text));
    }
    match js_sys::JSON::stringify(policy) {
        Ok(text) => match text.as_string() {
            Some(text) => Ok(Some(text)),
            // JSON.stringify returns undefined for functions and symbols.
            None => Err(coded(POLICY_INVALID, "policy: expected an object or JSON text")),
        },
        Err(_) => Err(coded(POLICY_INVALID, "policy: value cannot be encoded as JSON")),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn policy_invalid_is_a_core_code() {
        assert!(ward_core::Error::all_codes().contains(&super::POLICY_INVALID));
    }
}
