//! Bodies as a proxy sees them: bytes of unknown shape, redacted on the way up and restored on the way
//! back.
//!
//! A proxy (the Envoy filter) forwards bodies it did not choose. LLM API calls (OpenAI Chat Completions
//! and Responses, Anthropic Messages) must be redacted structure-aware: text-level redaction would touch
//! ids and model names, could swallow a quote, and would miss values in tool-call arguments written as
//! escaped JSON inside a string. Every other body is redacted as text. Deciding which, and decoding the
//! bytes, is the same for every proxy host, so it lives here and the host stays an adapter.

use serde_json::Value;

use super::super::{Redactor, Vault};
use super::body::{Provider, redact_body, restore_body};
use crate::Error;

/// How a proxied body was redacted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyFormat {
    /// An LLM API body (see [`is_llm_body`]), redacted with [`redact_body`] (`Provider::Auto`).
    LlmJson,
    /// Any other body, redacted as text.
    Text,
}

/// A redacted proxied body.
#[derive(Clone, Debug, PartialEq)]
pub struct ProxiedRedaction {
    /// The body to forward.
    pub body: String,
    /// Values replaced.
    pub findings: usize,
    /// Which path was taken.
    pub format: BodyFormat,
}

/// Fields of which at least one marks an LLM API request body (besides a string `model`): OpenAI Chat
/// `messages`, Responses `input` / `instructions`, Anthropic `messages` / `system`, legacy `prompt`.
const CONTENT_FIELDS: &[&str] = &["messages", "input", "instructions", "system", "prompt"];

/// Whether a parsed request body is an LLM API call whose content [`redact_body`] knows where to find:
/// a JSON object with a string `model` and at least one content field.
pub fn is_llm_body(value: &Value) -> bool {
    value.get("model").is_some_and(Value::is_string) && CONTENT_FIELDS.iter().any(|f| value.get(f).is_some())
}

/// Redacts a request body for forwarding, numbering placeholders through `vault`: an LLM API body
/// structure-aware (JSON stays valid, keys and framing untouched, tool-call arguments redacted field by
/// field), anything else as text. Bytes that are not UTF-8 are an `invalid_utf8` error.
pub fn redact_proxied(
    redactor: &Redactor,
    bytes: &[u8],
    vault: &mut Vault,
) -> Result<ProxiedRedaction, Error> {
    let text = std::str::from_utf8(bytes).map_err(|e| Error::invalid_utf8(e.valid_up_to()))?;
    let llm = serde_json::from_str::<Value>(text).is_ok_and(|v| is_llm_body(&v));
    if llm {
        let r = redact_body(redactor, Provider::Auto, text, vault)?;
        return Ok(ProxiedRedaction {
            body: r.json,
            findings: r.findings.len(),
            format: BodyFormat::LlmJson,
        });
    }
    let r = redactor.redact_with(text, vault);
    Ok(ProxiedRedaction { body: r.text, findings: r.findings.len(), format: BodyFormat::Text })
}

/// Puts original values back into a JSON response body ([`restore_body`]): `invalid_utf8` for bytes that
/// are not UTF-8, `parse_failed` for a body that is not JSON.
pub fn restore_proxied_json(vault: &Vault, bytes: &[u8]) -> Result<String, Error> {
    let text = std::str::from_utf8(bytes).map_err(|e| Error::invalid_utf8(e.valid_up_to()))?;
    restore_body(vault, text)
}

/// Whether `vault` holds a value that restore would put back (secrets never are).
pub fn has_restorable(vault: &Vault) -> bool {
    vault.entries().iter().any(|e| e.value.is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::Policy;

    fn redactor() -> Redactor {
        Redactor::new(Policy::default()).unwrap()
    }

    #[test]
    fn llm_bodies_are_structured_and_others_text() {
        let r = redactor();
        let body = br#"{"model":"gpt-4o","messages":[{"role":"user","content":"mail jane.doe@example.org"}],
            "id":"jane.doe@example.org"}"#;
        let mut vault = Vault::new();
        let out = redact_proxied(&r, body, &mut vault).unwrap();
        assert_eq!(out.format, BodyFormat::LlmJson);
        assert_eq!(out.findings, 1);
        assert!(out.body.contains(r#""content":"mail [EMAIL_1]""#), "{}", out.body);
        assert!(out.body.contains(r#""id":"jane.doe@example.org""#), "framing untouched: {}", out.body);
        assert_eq!(
            restore_proxied_json(&vault, br#"{"t":"[EMAIL_1]"}"#).unwrap(),
            r#"{"t":"jane.doe@example.org"}"#
        );

        let mut vault = Vault::new();
        let out = redact_proxied(&r, br#"{"model":"m","text":"jane.doe@example.org"}"#, &mut vault).unwrap();
        assert_eq!(out.format, BodyFormat::Text, "no content field: redacted as text");
        assert_eq!(out.body, r#"{"model":"m","text":"[EMAIL_1]"}"#);
        assert!(has_restorable(&vault));
    }

    #[test]
    fn errors_and_secrets() {
        let r = redactor();
        let err = redact_proxied(&r, b"caf\xe9", &mut Vault::new()).unwrap_err();
        assert_eq!(
            (err.code(), err.message()),
            ("invalid_utf8", "input is not valid UTF-8 at byte offset 3")
        );
        assert_eq!(restore_proxied_json(&Vault::new(), b"{").unwrap_err().code(), "parse_failed");
        let mut vault = Vault::new();
        let out = redact_proxied(&r, b"token: ghs_twSabpmzQWPY2lI7nM2tlXEqNV3EFwcYZhaf", &mut vault).unwrap();
        assert_eq!(out.findings, 1, "{}", out.body);
        assert!(!has_restorable(&vault), "secrets are never restorable");
        assert!(!vault.to_json().contains("ghs_"), "the vault keeps only a digest: {}", vault.to_json());
        let mut vault = Vault::new();
        let body = br#"{"model":"m","messages":[{"role":"user","content":"ghs_twSabpmzQWPY2lI7nM2tlXEqNV3EFwcYZhaf"}]}"#;
        let out = redact_proxied(&r, body, &mut vault).unwrap();
        let restored = restore_proxied_json(&vault, out.body.as_bytes()).unwrap();
        assert_eq!(restored, out.body, "a secret's placeholder is never restored");
    }
}
