//! The plugin configuration: a JSON object that arrives as Envoy's `configuration` StringValue.
//!
//! ```json
//! { "policy": { "entities": ["EMAIL"] }, "failure_mode": "closed", "max_body_bytes": 1048576 }
//! ```
//!
//! Every field is optional (an empty configuration means: default policy, fail closed, 1 MiB), and unknown
//! fields are rejected so that a typo cannot silently weaken redaction. The policy is parsed by
//! `ward-core` (`Policy::from_json`), so it is the same JSON as everywhere else and its errors carry the
//! core's stable `policy_invalid` code.

use serde::Deserialize;
use ward_core::redact::{Policy, Redactor};

/// Default for `max_body_bytes`: 1 MiB, which Envoy's default per-connection buffer limit (also 1 MiB)
/// lets through only when the listener raises `per_connection_buffer_limit_bytes` (see the README).
pub const DEFAULT_MAX_BODY_BYTES: usize = 1 << 20;

/// What to do with a body that cannot be redacted (not UTF-8, or over `max_body_bytes`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FailureMode {
    /// Forward the body unchanged, marked with the `x-ward-redaction` request header.
    Open,
    /// Answer with a local JSON error reply; nothing reaches the upstream.
    #[default]
    Closed,
}

impl FailureMode {
    /// The configuration spelling, for logs.
    pub fn as_str(self) -> &'static str {
        match self {
            FailureMode::Open => "open",
            FailureMode::Closed => "closed",
        }
    }
}

/// The configuration as written; turned into [`Settings`] by [`Settings::from_json`].
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    policy: Option<serde_json::Value>,
    #[serde(default)]
    failure_mode: FailureMode,
    #[serde(default = "default_max_body_bytes")]
    max_body_bytes: usize,
}

fn default_max_body_bytes() -> usize {
    DEFAULT_MAX_BODY_BYTES
}

/// A validated configuration with its compiled redactor, built once per root context.
#[derive(Debug)]
pub struct Settings {
    /// The compiled policy.
    pub redactor: Redactor,
    /// Fail open or closed.
    pub failure_mode: FailureMode,
    /// Bodies larger than this are not buffered; they follow `failure_mode`.
    pub max_body_bytes: usize,
}

impl Settings {
    /// Parses and validates the plugin configuration. Empty input means all defaults. The error is a
    /// sentence for Envoy's log, naming the field at fault.
    pub fn from_json(bytes: &[u8]) -> Result<Settings, String> {
        let text = std::str::from_utf8(bytes)
            .map_err(|e| format!("configuration is not valid UTF-8 at byte offset {}", e.valid_up_to()))?;
        let raw: RawConfig = if text.trim().is_empty() {
            RawConfig {
                policy: None,
                failure_mode: FailureMode::default(),
                max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            }
        } else {
            // Through `Value` first: serde would also accept a JSON array as the struct's fields in order.
            let value: serde_json::Value =
                serde_json::from_str(text).map_err(|e| format!("configuration: {e}"))?;
            if !value.is_object() {
                return Err("configuration: expected a JSON object".to_string());
            }
            serde_json::from_value(value).map_err(|e| format!("configuration: {e}"))?
        };
        if raw.max_body_bytes == 0 {
            return Err("configuration: max_body_bytes must be at least 1".to_string());
        }
        let policy = match raw.policy {
            None | Some(serde_json::Value::Null) => Policy::default(),
            Some(value) => Policy::from_json(&value.to_string()).map_err(|e| e.to_string())?,
        };
        let redactor = Redactor::new(policy).map_err(|e| e.to_string())?;
        Ok(Settings { redactor, failure_mode: raw.failure_mode, max_body_bytes: raw.max_body_bytes })
    }

    /// One line describing the active configuration, for Envoy's log.
    pub fn describe(&self) -> String {
        let policy = self.redactor.policy();
        let all = ward_core::redact::entities();
        let enabled = all.iter().filter(|e| policy.enables(e)).count();
        format!(
            "failure_mode={} max_body_bytes={} entities={enabled}/{}",
            self.failure_mode.as_str(),
            self.max_body_bytes,
            all.len()
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(json: &str) -> String {
        match Settings::from_json(json.as_bytes()) {
            Ok(s) => panic!("expected an error for {json}, got {s:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn empty_means_defaults() {
        for empty in ["", "  ", "{}"] {
            let s = Settings::from_json(empty.as_bytes()).unwrap();
            assert_eq!(s.failure_mode, FailureMode::Closed);
            assert_eq!(s.max_body_bytes, DEFAULT_MAX_BODY_BYTES);
            assert_eq!(s.redactor.policy(), &Policy::default());
        }
    }

    #[test]
    fn full_configuration() {
        let s = Settings::from_json(
            br#"{"policy":{"entities":["EMAIL"]},"failure_mode":"open","max_body_bytes":10}"#,
        )
        .unwrap();
        assert_eq!(s.failure_mode, FailureMode::Open);
        assert_eq!(s.max_body_bytes, 10);
        assert_eq!(s.redactor.redact("a@example.com 4111111111111111").text, "[EMAIL_1] 4111111111111111");
        assert!(
            s.describe().starts_with("failure_mode=open max_body_bytes=10 entities=1/"),
            "{}",
            s.describe()
        );
    }

    #[test]
    fn bad_configurations_name_their_fault() {
        assert!(error("{").contains("configuration: EOF"));
        assert!(error(r#"{"polcy":{}}"#).contains("unknown field `polcy`"));
        assert!(error(r#"{"failure_mode":"sometimes"}"#).contains("unknown variant `sometimes`"));
        assert!(error(r#"{"max_body_bytes":0}"#).contains("max_body_bytes must be at least 1"));
        assert!(error(r#"{"max_body_bytes":-1}"#).contains("invalid value"));
        assert!(error(r#"{"policy":{"entities":["NOPE"]}}"#).starts_with("policy_invalid: "));
        assert!(error(r#"{"policy":{"entitys":[]}}"#).starts_with("policy_invalid: "));
        assert_eq!(error("[]"), "configuration: expected a JSON object");
        assert!(Settings::from_json(b"\xff").is_err());
    }
}
