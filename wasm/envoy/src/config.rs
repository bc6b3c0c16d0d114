//! The plugin configuration: a JSON object that arrives as Envoy's `configuration` StringValue.
//!
//! ```json
//! { "policy": { "entities": ["EMAIL"] }, "failure_mode": "closed", "max_body_bytes": 1048576,
//!   "stats": true, "max_models": 50, "max_response_bytes": 4194304, "prices": { "my-model": { … } },
//!   "restore": false }
//! ```
//!
//! Every field is optional (an empty configuration means: default policy, fail closed, 1 MiB, usage stats
//! on with the built-in price table, responses not restored), and unknown fields are rejected so that a typo cannot silently weaken
//! redaction. The policy is parsed by
//! `ward-core` (`Policy::from_json`), so it is the same JSON as everywhere else and its errors carry the
//! core's stable `policy_invalid` code.

use std::borrow::Cow;

use serde::Deserialize;
use ward_core::cost::PriceTable;
use ward_core::redact::{Policy, Redactor};

/// Default for `max_body_bytes`: 1 MiB, which Envoy's default per-connection buffer limit (also 1 MiB)
/// lets through only when the listener raises `per_connection_buffer_limit_bytes` (see the README).
pub const DEFAULT_MAX_BODY_BYTES: usize = 1 << 20;

/// Default for `max_response_bytes`: the largest response copy kept for usage stats (4 MiB).
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 4 << 20;

/// Default for `max_models`: distinct (provider, model) label sets per worker before folding into `other`.
pub const DEFAULT_MAX_MODELS: usize = 50;

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
    #[serde(default = "default_true")]
    stats: bool,
    #[serde(default = "default_max_models")]
    max_models: usize,
    #[serde(default = "default_max_response_bytes")]
    max_response_bytes: usize,
    #[serde(default)]
    prices: Option<serde_json::Value>,
    #[serde(default)]
    restore: bool,
}

fn default_max_body_bytes() -> usize {
    DEFAULT_MAX_BODY_BYTES
}

fn default_true() -> bool {
    true
}

fn default_max_models() -> usize {
    DEFAULT_MAX_MODELS
}

fn default_max_response_bytes() -> usize {
    DEFAULT_MAX_RESPONSE_BYTES
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
    /// Whether LLM responses are parsed for usage and cost stats.
    pub stats: bool,
    /// Distinct (provider, model) label sets per worker; later models are counted as `other`.
    pub max_models: usize,
    /// Largest response copied for usage stats; larger ones are counted in `llm_responses_too_large`.
    pub max_response_bytes: usize,
    /// The price table: the built-in one, or a copy with the `prices` override merged over it.
    pub prices: Cow<'static, PriceTable>,
    /// Whether placeholders in JSON and SSE responses are replaced by the request's original values.
    pub restore: bool,
}

impl Settings {
    /// Parses and validates the plugin configuration. Empty input means all defaults. The error is a
    /// sentence for Envoy's log, naming the field at fault.
    pub fn from_json(bytes: &[u8]) -> Result<Settings, String> {
        let text = std::str::from_utf8(bytes)
            .map_err(|e| format!("configuration is not valid UTF-8 at byte offset {}", e.valid_up_to()))?;
        let text = if text.trim().is_empty() { "{}" } else { text };
        let raw: RawConfig = {
            // Through `Value` first: serde would also accept a JSON array as the struct's fields in order.
            let value: serde_json::Value =
                serde_json::from_str(text).map_err(|e| format!("configuration: {e}"))?;
            if !value.is_object() {
                return Err("configuration: expected a JSON object".to_string());
            }
            serde_json::from_value(value).map_err(|e| format!("configuration: {e}"))?
        };
        for (name, value) in [
            ("max_body_bytes", raw.max_body_bytes),
            ("max_models", raw.max_models),
            ("max_response_bytes", raw.max_response_bytes),
        ] {
            if value == 0 {
                return Err(format!("configuration: {name} must be at least 1"));
            }
        }
        let policy = match raw.policy {
            None | Some(serde_json::Value::Null) => Policy::default(),
            Some(value) => Policy::from_json(&value.to_string()).map_err(|e| e.to_string())?,
        };
        let redactor = Redactor::new(policy).map_err(|e| e.to_string())?;
        // Decoded here, once per configuration, so that no request pays for it.
        let prices = match raw.prices {
            None | Some(serde_json::Value::Null) => {
                Cow::Borrowed(PriceTable::builtin().map_err(|e| e.to_string())?)
            }
            Some(value) => Cow::Owned(
                PriceTable::builtin_with_override(&value.to_string()).map_err(|e| format!("prices: {e}"))?,
            ),
        };
        Ok(Settings {
            redactor,
            failure_mode: raw.failure_mode,
            max_body_bytes: raw.max_body_bytes,
            stats: raw.stats,
            max_models: raw.max_models,
            max_response_bytes: raw.max_response_bytes,
            prices,
            restore: raw.restore,
        })
    }

    /// One line describing the active configuration, for Envoy's log.
    pub fn describe(&self) -> String {
        let policy = self.redactor.policy();
        let all = ward_core::redact::entities();
        let enabled = all.iter().filter(|e| policy.enables(e)).count();
        format!(
            "failure_mode={} max_body_bytes={} entities={enabled}/{} stats={} max_models={} \
             max_response_bytes={} prices={} models restore={}",
            self.failure_mode.as_str(),
            self.max_body_bytes,
            all.len(),
            self.stats,
            self.max_models,
            self.max_response_bytes,
            self.prices.len(),
            self.restore
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The error for `json`; an accepted configuration yields a text no assertion below expects.
    fn error(json: &str) -> String {
        match Settings::from_json(json.as_bytes()) {
            Ok(s) => format!("unexpectedly accepted {json}: {s:?}"),
            Err(e) => e,
        }
    }

    #[test]
    fn empty_means_defaults() -> Result<(), String> {
        for empty in ["", "  ", "{}"] {
            let s = Settings::from_json(empty.as_bytes())?;
            assert_eq!(s.failure_mode, FailureMode::Closed);
            assert_eq!(s.max_body_bytes, DEFAULT_MAX_BODY_BYTES);
            assert_eq!(s.redactor.policy(), &Policy::default());
            assert!(s.stats);
            assert_eq!(
                (s.max_models, s.max_response_bytes),
                (DEFAULT_MAX_MODELS, DEFAULT_MAX_RESPONSE_BYTES)
            );
            assert!(matches!(s.prices, Cow::Borrowed(_)));
            assert!(!s.restore, "restore is opt-in");
        }
        Ok(())
    }

    #[test]
    fn stats_and_prices() -> Result<(), String> {
        let s = Settings::from_json(
            br#"{"stats":false,"max_models":3,"max_response_bytes":99,
                "prices":{"acme-1":{"input_cost_per_token":0.5,"litellm_provider":"openai","mode":"chat"}}}"#,
        )?;
        assert!(!s.stats);
        assert_eq!((s.max_models, s.max_response_bytes), (3, 99));
        assert_eq!(s.prices.get("acme-1").and_then(|m| m.rate("input_cost_per_token")), Some(0.5));
        assert!(s.prices.get("gpt-4o").is_some(), "the override is merged over the built-in table");
        Ok(())
    }

    #[test]
    fn full_configuration() -> Result<(), String> {
        let s = Settings::from_json(
            br#"{"policy":{"entities":["EMAIL"]},"failure_mode":"open","max_body_bytes":10,"restore":true}"#,
        )?;
        assert_eq!(s.failure_mode, FailureMode::Open);
        assert!(s.restore);
        assert_eq!(s.max_body_bytes, 10);
        assert_eq!(s.redactor.redact("a@example.com 4111111111111111").text, "[EMAIL_1] 4111111111111111");
        assert!(
            s.describe().starts_with("failure_mode=open max_body_bytes=10 entities=1/"),
            "{}",
            s.describe()
        );
        Ok(())
    }

    #[test]
    fn bad_configurations_name_their_fault() {
        assert!(error("{").contains("configuration: EOF"));
        assert!(error(r#"{"polcy":{}}"#).contains("unknown field `polcy`"));
        assert!(error(r#"{"failure_mode":"sometimes"}"#).contains("unknown variant `sometimes`"));
        assert!(error(r#"{"max_body_bytes":0}"#).contains("max_body_bytes must be at least 1"));
        assert!(error(r#"{"max_models":0}"#).contains("max_models must be at least 1"));
        assert!(error(r#"{"max_response_bytes":0}"#).contains("max_response_bytes must be at least 1"));
        assert!(error(r#"{"stats":"yes"}"#).contains("invalid type"));
        assert!(error(r#"{"restore":1}"#).contains("invalid type"));
        assert!(
            error(r#"{"prices":{"m":{"input_cost_per_token":"x"}}}"#)
                .starts_with("prices: price_table_invalid")
        );
        assert!(error(r#"{"max_body_bytes":-1}"#).contains("invalid value"));
        assert!(error(r#"{"policy":{"entities":["NOPE"]}}"#).starts_with("policy_invalid: "));
        assert!(error(r#"{"policy":{"entitys":[]}}"#).starts_with("policy_invalid: "));
        assert_eq!(error("[]"), "configuration: expected a JSON object");
        assert!(Settings::from_json(b"\xff").is_err());
    }
}
