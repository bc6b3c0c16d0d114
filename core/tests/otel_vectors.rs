//! Runs the shared vectors in `tests/vectors/otel/`: export (`capture_to_otlp_json`) and ingest
//! (`parse_otlp_traces_json`), plus round-trip and robustness checks.

#![allow(clippy::unwrap_used)] // test helpers

#[path = "vectors_shared.rs"]
mod shared;

use serde_json::{Value, json};
use ward_core::otel::capture_to_otlp_json;
use ward_core::otel::ingest::{parse_otlp_traces, parse_otlp_traces_json};

fn plain(any: &Value) -> Value {
    for k in ["stringValue", "boolValue", "doubleValue"] {
        if let Some(v) = any.get(k) {
            return v.clone();
        }
    }
    if let Some(i) = any.get("intValue") {
        return json!(i.as_str().unwrap().parse::<i64>().unwrap());
    }
    if let Some(a) = any.pointer("/arrayValue/values") {
        return Value::Array(a.as_array().unwrap().iter().map(plain).collect());
    }
    Value::Null
}

/// Span id → span with attributes as a plain `{key: value}` object.
fn spans(traces: &Value) -> serde_json::Map<String, Value> {
    let mut out = serde_json::Map::new();
    for s in traces["resourceSpans"][0]["scopeSpans"][0]["spans"].as_array().unwrap() {
        let mut s = s.clone();
        let attrs: serde_json::Map<String, Value> = s["attributes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|kv| (kv["key"].as_str().unwrap().to_string(), plain(&kv["value"])))
            .collect();
        s["attributes"] = Value::Object(attrs);
        out.insert(s["spanId"].as_str().unwrap().to_string(), s);
    }
    out
}

/// Expected JSON-in-a-string attributes are compared as JSON.
fn normalize(v: &Value) -> Value {
    match v {
        Value::String(s) if s.starts_with('[') || s.starts_with('{') => {
            serde_json::from_str(s).unwrap_or(v.clone())
        }
        Value::Object(m) => Value::Object(m.iter().map(|(k, v)| (k.clone(), normalize(v))).collect()),
        other => other.clone(),
    }
}

#[test]
fn otel_vectors() {
    let mut failures = Vec::new();
    for (name, case) in shared::vectors("otel") {
        let exp = &case["expected"];
        if let Some(otlp) = case["input"].get("otlp") {
            let out: Value =
                serde_json::from_str(&parse_otlp_traces_json(&otlp.to_string()).unwrap()).unwrap();
            shared::subset(&name, exp, &out, &mut failures);
            continue;
        }
        let capture: String = case["input"]["capture"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_str().unwrap().to_string() + "\n")
            .collect();
        let out: Value = serde_json::from_str(
            &capture_to_otlp_json(&capture, Some(&case["input"]["options"].to_string())).unwrap(),
        )
        .unwrap();
        let actual = Value::Object(spans(&out["traces"]));
        let actual = normalize(&actual);
        for (id, want) in exp["spans"].as_object().unwrap() {
            shared::subset(&format!("{name}/{id}"), &normalize(want), &actual[id], &mut failures);
        }
        for (id, keys) in exp.get("absent").and_then(Value::as_object).into_iter().flatten() {
            for k in keys.as_array().unwrap() {
                if actual[id]["attributes"].get(k.as_str().unwrap()).is_some() {
                    failures.push(format!("{name}/{id}: {k} must be absent"));
                }
            }
        }
        for (key, field) in [("errors", "errors"), ("unpriced", "unpriced")] {
            if let Some(lines) = exp.get(key) {
                let got: Vec<Value> =
                    out[field].as_array().unwrap().iter().map(|e| e["line"].clone()).collect();
                if &Value::Array(got.clone()) != lines {
                    failures.push(format!("{name}: {key} lines {got:?} != {lines}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn export_then_ingest_round_trips() {
    let agent =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/replay/agent.jsonl")).unwrap();
    for opts in [r#"{"content": true}"#, r#"{"content": true, "semconv": "latest"}"#] {
        let out: Value = serde_json::from_str(&capture_to_otlp_json(&agent, Some(opts)).unwrap()).unwrap();
        let back = parse_otlp_traces(&out["traces"].to_string()).unwrap();
        assert_eq!(back.len(), 14);
        let recs: Vec<_> = back.into_iter().map(Result::unwrap).collect();
        let anth = recs.iter().find(|r| r.span_id.as_deref() == Some("e000000000000001")).unwrap();
        let u = anth.usage.as_ref().unwrap();
        assert_eq!(
            (u.input_tokens, u.cache_read_input_tokens, u.cache_creation_input_tokens),
            (1250, 1000, 200)
        );
        assert!((anth.reported_cost_usd.unwrap() - 0.0018).abs() < 1e-12);
        assert_eq!(anth.output_messages[0].parts.len(), 2);
        let tool = recs.iter().find(|r| r.span_id.as_deref() == Some("c000000000000002")).unwrap();
        assert_eq!(tool.step.tool_call_id.as_deref(), Some("call_2"));
        assert_eq!(tool.error.as_ref().unwrap().kind, "timeout");
        let retrieval = recs.iter().find(|r| r.operation == "retrieval").unwrap();
        assert_eq!(retrieval.step.documents.len(), 2);
    }
}

#[test]
fn ingest_never_panics_on_junk() {
    for doc in [
        "",
        "[]",
        "{}",
        r#"{"resourceSpans": 3}"#,
        r#"{"resourceSpans": [{"scopeSpans": [{"spans": [1, null, {"attributes": 5}]}]}]}"#,
        r#"{"resourceSpans":[{"scopeSpans":[{"spans":[{"spanId":"@@","attributes":[{"key":"gen_ai.input.messages","value":{"stringValue":"{nope"}}]}]}]}]}"#,
    ] {
        let _ = parse_otlp_traces(doc);
    }
    let bad = r#"{"resourceSpans":[{"scopeSpans":[{"spans":[{"attributes":[{"key":"gen_ai.input.messages","value":{"stringValue":"{nope"}}]}]}]}]}"#;
    let out = parse_otlp_traces(bad).unwrap();
    assert_eq!(out[0].as_ref().unwrap_err().code, "parse_failed");
}

#[test]
fn opt_in_env_value_selects_latest_names() {
    let agent =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/replay/agent.jsonl")).unwrap();
    let opts = r#"{"semconv_opt_in": "http, gen_ai_latest_experimental"}"#;
    let out = capture_to_otlp_json(&agent, Some(opts)).unwrap();
    assert!(out.contains("gen_ai.usage.cache_write.input_tokens"));
    assert!(!out.contains("gen_ai.usage.cache_creation.input_tokens"));
    assert!(out.contains("gen_ai.client.inference.duration"));
    let out = capture_to_otlp_json(&agent, Some(r#"{"semconv_opt_in": "http"}"#)).unwrap();
    assert!(out.contains("gen_ai.usage.cache_creation.input_tokens"));
    assert_eq!(capture_to_otlp_json(&agent, Some(r#"{"bogus": 1}"#)).unwrap_err().code(), "parse_failed");
}
