//! Drift checks: the mirrors must serialize exactly like core's types, so a field added, renamed or removed
//! in core fails here until the mirror (and with it the generated TypeScript) follows.

use std::collections::BTreeMap;

use serde_json::Value;
use ward_core::redact::{Policy as CorePolicy, Redactor};

use super::{CustomRecognizer, Operator, Policy, Redaction};

#[test]
fn redaction_mirror_serializes_like_core() {
    let redactor = Redactor::new(CorePolicy::default()).unwrap();
    let core = redactor.redact("mail jane.doe@example.org, card 4111-1111-1111-1111, é a@b.co");
    assert!(!core.findings.is_empty());
    let core_json = serde_json::to_value(&core).unwrap();
    let mirror_json = serde_json::to_value(Redaction::from(core)).unwrap();
    assert_eq!(core_json, mirror_json);
}

/// A policy with every field, operator kind and recognizer field set explicitly.
fn full_policy() -> Policy {
    let operators = BTreeMap::from([
        ("*".to_string(), Operator::Placeholder),
        ("CREDIT_CARD".to_string(), Operator::Mask { keep_last: Some(4), char: Some('#') }),
        ("EMAIL".to_string(), Operator::Hash { key: "0123456789abcdef0123".into() }),
        ("AWS_ACCESS_KEY".to_string(), Operator::Remove),
        ("GITHUB_TOKEN".to_string(), Operator::Fixed { text: "<token>".into() }),
    ]);
    Policy {
        entities: Some(vec![
            "EMAIL".into(),
            "CREDIT_CARD".into(),
            "AWS_ACCESS_KEY".into(),
            "GITHUB_TOKEN".into(),
        ]),
        exclude: Some(vec!["GITHUB_TOKEN".into()]),
        min_score: Some(0.5),
        thresholds: Some(BTreeMap::from([("EMAIL".to_string(), 0.9)])),
        operators: Some(operators),
        allow: Some(vec!["support@example.com".into()]),
        deny: Some(vec!["project falcon".into()]),
        custom: Some(vec![CustomRecognizer {
            entity: "TICKET".into(),
            pattern: r"T-(?P<v>[0-9]{6})".into(),
            validator: None,
            context: Some(vec!["ticket".into()]),
            context_required: Some(false),
            score: Some(0.8),
            secret: Some(false),
        }]),
    }
}

#[test]
fn policy_mirror_round_trips_through_core_unchanged() {
    let mirror = serde_json::to_value(full_policy()).unwrap();
    let core = CorePolicy::from_json(&mirror.to_string()).unwrap();
    let mut back = serde_json::to_value(&core).unwrap();
    // `validator: None` is the one field the mirror omits and core writes as null.
    if let Some(Value::Array(custom)) = back.get_mut("custom") {
        for c in custom {
            if let Some(obj) = c.as_object_mut() {
                obj.retain(|k, v| !(k == "validator" && v.is_null()));
            }
        }
    }
    assert_eq!(back, mirror);
}

#[test]
fn policy_mirror_has_every_core_field() {
    let core_default = serde_json::to_value(CorePolicy::default()).unwrap();
    let mirror_full = serde_json::to_value(full_policy()).unwrap();
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&core_default), keys(&mirror_full));
    assert_eq!(serde_json::to_string(&Policy::default()).unwrap(), "{}");
    assert_eq!(CorePolicy::from_json("{}").unwrap(), CorePolicy::default());
}

/// `value` (core's serialized output) decodes into mirror `T` and encodes back unchanged: a field added,
/// renamed or removed in core fails here.
fn round_trips<T: serde::Serialize + serde::de::DeserializeOwned>(what: &str, value: &Value) {
    let mirror: T = serde_json::from_value(value.clone()).unwrap_or_else(|e| panic!("{what}: {e}\n{value}"));
    assert_eq!(&serde_json::to_value(mirror).unwrap(), value, "{what}");
}

fn agent_capture() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/replay/agent.jsonl")).unwrap()
}

#[test]
fn vault_and_structured_mirrors_match_core() {
    use ward_core::redact::Vault;
    use ward_core::redact::structured::{BadLine, JsonPaths, Provider, redact_body, redact_jsonl};
    let r = Redactor::new(CorePolicy::default()).unwrap();
    let mut vault = Vault::new();
    let body = r#"{"messages":[{"role":"user","content":"mail jane@example.org key AKIAIOSFODNN7EXAMPLE"}],"tools":[],"tool_calls":[{"function":{"arguments":"{\"to\":\"bob@example.org\"}"}}]}"#;
    let out = redact_body(&r, Provider::Auto, body, &mut vault).unwrap();
    assert!(out.findings.iter().any(|f| f.inner_path.is_some()) || out.findings.len() >= 2);
    round_trips::<super::JsonRedaction>("JsonRedaction", &serde_json::to_value(&out).unwrap());
    let saved: Value = serde_json::from_str(&vault.to_json()).unwrap();
    let entries = saved["entries"].as_array().unwrap();
    assert!(
        entries.iter().any(|e| e.get("digest").is_some()) && entries.iter().any(|e| e.get("value").is_some())
    );
    round_trips::<super::VaultData>("VaultData", &saved);
    let text = "{\"m\":\"jane@example.org\"}\nnot json\n";
    let out = redact_jsonl(&r, text, &JsonPaths::default(), BadLine::Pass, &mut vault).unwrap();
    assert_eq!(out.errors.len(), 1);
    round_trips::<super::JsonlRedaction>("JsonlRedaction", &serde_json::to_value(&out).unwrap());
}

#[test]
fn record_mirror_matches_every_record_of_the_agent_capture() {
    let results = ward_core::record::parse_exchange_jsonl(&agent_capture());
    let mut records = 0;
    for r in results.iter().flatten() {
        round_trips::<super::ExchangeRecord>("ExchangeRecord", &serde_json::to_value(r).unwrap());
        records += 1;
    }
    assert!(records >= 10);
    for e in results.iter().filter_map(|r| r.as_ref().err()) {
        round_trips::<super::RecordError>("RecordError", &serde_json::to_value(e).unwrap());
    }
}

#[test]
fn record_mirror_matches_the_record_vectors() {
    for file in ["openai", "anthropic"] {
        let path = format!("{}/../../tests/vectors/record/{file}.json", env!("CARGO_MANIFEST_DIR"));
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        for case in doc["cases"].as_array().unwrap() {
            let line = case["input"].to_string();
            if let Ok(out) = ward_core::cost::price_exchange_json(&line, None) {
                let v: Value = serde_json::from_str(&out).unwrap();
                round_trips::<super::PricedExchange>(case["name"].as_str().unwrap(), &v);
            }
        }
    }
}

#[test]
fn envelope_mirrors_match_core_entry_points() {
    let capture = agent_capture();
    let otlp: Value =
        serde_json::from_str(&ward_core::otel::capture_to_otlp_json(&capture, None).unwrap()).unwrap();
    round_trips::<super::OtlpExport>("OtlpExport", &otlp);
    let back = ward_core::otel::ingest::parse_otlp_traces_json(&otlp["traces"].to_string()).unwrap();
    round_trips::<super::ParsedExchanges>("ParsedExchanges", &serde_json::from_str(&back).unwrap());
    let traces: Value =
        serde_json::from_str(&ward_core::trace::traces_json(&capture, None).unwrap()).unwrap();
    round_trips::<super::TracesResult>("TracesResult", &traces);
    let id = traces["traces"][0]["trace_id"].as_str().unwrap();
    let replay: Value = serde_json::from_str(&ward_core::trace::replay_json(id, &capture).unwrap()).unwrap();
    round_trips::<super::ReplayResult>("ReplayResult", &replay);
}

#[test]
fn option_mirrors_with_every_field_are_accepted_by_core() {
    let capture = agent_capture();
    let prices = serde_json::json!({"zz-model": {"litellm_provider": "openai", "mode": "chat",
        "input_cost_per_token": 1e-6, "output_cost_per_token": 2e-6}});
    let report = super::ReportOptions {
        format: Some("json".into()),
        now: Some("2026-11-27T00:00:00Z".into()),
        top: Some(3),
        prices: Some(prices.clone()),
    };
    let out =
        ward_core::rollup::cost_report(&capture, Some(&serde_json::to_string(&report).unwrap())).unwrap();
    assert!(out.starts_with('{'));
    let otel = super::OtelOptions {
        semconv: Some("latest".into()),
        content: Some(true),
        service_name: Some("svc".into()),
        cost_detail: Some(true),
        semconv_opt_in: Some("gen_ai_latest_experimental".into()),
        prices: Some(prices.clone()),
    };
    ward_core::otel::capture_to_otlp_json(&capture, Some(&serde_json::to_string(&otel).unwrap())).unwrap();
    let traces: Value =
        serde_json::from_str(&ward_core::trace::traces_json(&capture, None).unwrap()).unwrap();
    let trace = super::TraceOptions {
        trace_id: traces["traces"][0]["trace_id"].as_str().map(str::to_string),
        prices: Some(prices),
    };
    ward_core::trace::traces_json(&capture, Some(&serde_json::to_string(&trace).unwrap())).unwrap();
}
