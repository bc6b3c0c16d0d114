//! Model-name matching, overrides and RFC 3339 parsing.

#![allow(clippy::unwrap_used)] // test helpers

use ward_core::cost::{PriceTable, lookup};
use ward_core::record::timestamp::parse_rfc3339;

#[test]
fn names_resolve_to_table_entries() {
    let t = PriceTable::builtin().unwrap();
    assert!(t.len() > 3000, "{}", t.len());
    assert!(t.source().starts_with("litellm "), "{}", t.source());
    let key = |m: &str, p: Option<&str>| lookup::resolve(t, m, p).map(|(k, _)| k.to_string());
    assert_eq!(key("gpt-4o", Some("openai")).as_deref(), Some("gpt-4o"));
    // Gateway prefixes and dated snapshots.
    assert!(key("openrouter/openai/gpt-4o", None).is_some());
    assert!(key("my-gateway/gpt-4o", None).is_some());
    assert_eq!(key("gpt-4o-2099-01-01", Some("openai")).as_deref(), Some("gpt-4o"));
    assert_eq!(key("GPT-4O", Some("openai")).as_deref(), Some("gpt-4o"));
    // Provider-prefixed keys win for that provider, like LiteLLM.
    assert_eq!(key("gemini-2.5-pro", Some("gcp.gemini")).as_deref(), Some("gemini/gemini-2.5-pro"));
    assert_eq!(key("definitely-not-a-model", Some("openai")), None);
    assert_eq!(key("", None), None);
}

#[test]
fn override_merges_over_builtin() {
    let t = PriceTable::builtin_with_override(
        r#"{"gpt-4o": {"input_cost_per_token": 1e-6}, "acme-llm": {"litellm_provider": "openai", "mode": "chat",
            "input_cost_per_token": "2e-6", "output_cost_per_token": 4e-6}}"#,
    )
    .unwrap();
    let gpt = t.get("gpt-4o").unwrap();
    assert_eq!(gpt.rate("input_cost_per_token"), Some(1e-6));
    assert_eq!(gpt.rate("output_cost_per_token"), Some(1e-5), "keys not overridden are kept");
    assert_eq!(t.get("acme-llm").unwrap().rate("input_cost_per_token"), Some(2e-6));
    let err = PriceTable::from_litellm_json(r#"{"x": {"input_cost_per_token": "cheap"}}"#).unwrap_err();
    assert_eq!(err.code(), "price_table_invalid");
    assert_eq!(PriceTable::from_litellm_json("[").unwrap_err().code(), "price_table_invalid");
}

#[test]
fn rfc3339() {
    assert_eq!(parse_rfc3339("1970-01-01T00:00:00Z").unwrap(), 0);
    assert_eq!(parse_rfc3339("2026-11-27T10:00:00Z").unwrap(), 1_795_773_600_000_000_000);
    assert_eq!(parse_rfc3339("2026-11-27T12:00:00.5+02:00").unwrap(), 1_795_773_600_500_000_000);
    assert_eq!(parse_rfc3339("2000-02-29T00:00:00.123456789Z").unwrap(), 951_782_400_123_456_789);
    for bad in [
        "",
        "2026-11-27",
        "2026-13-01T00:00:00Z",
        "2026-11-27T10:00:00",
        "2026-11-27T10:00:00.Z",
        "x026-11-27T10:00:00Z",
    ] {
        assert_eq!(parse_rfc3339(bad).unwrap_err().code(), "parse_failed", "{bad}");
    }
}
