//! Runs the shared vectors in `tests/vectors/rollup/` through [`ward_core::rollup::cost_report`] (JSON
//! format) and checks the expected subset; plus renderer checks (text, CSV, Prometheus) on the same data.

#![allow(clippy::unwrap_used)] // test helpers: a malformed vector file should fail loudly

use std::path::PathBuf;

#[path = "vectors_shared.rs"]
mod shared;

use serde_json::Value;
use shared::{subset, vectors};
use ward_core::rollup::cost_report;

fn capture(case: &Value) -> String {
    let lines = case["input"]["capture"].as_array().unwrap();
    lines.iter().map(|l| l.as_str().unwrap().to_string() + "\n").collect()
}

#[test]
fn rollup_vectors() {
    let mut failures = Vec::new();
    for (name, case) in vectors("rollup") {
        let opts = case["input"]["options"].to_string();
        let out = cost_report(&capture(&case), Some(&opts));
        match (out, case["expected"].get("error")) {
            (Err(e), Some(code)) if code == e.code() => {}
            (Ok(text), None) => {
                let actual: Value = serde_json::from_str(&text).unwrap();
                let mut f = Vec::new();
                subset(&name, &case["expected"], &actual, &mut f);
                failures.extend(f);
            }
            (other, _) => failures.push(format!("{name}: unexpected {other:?}")),
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

fn agent() -> String {
    std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/replay/agent.jsonl"))
        .unwrap()
}

#[test]
fn renderers() {
    let text = cost_report(&agent(), Some(r#"{"now": "2026-11-27T00:00:00Z"}"#)).unwrap();
    assert!(text.contains("acme-llm-9 (openai)  1 calls  in 10  out 5  lines 13"), "{text}");
    assert!(text.contains("line 15: parse_failed"), "{text}");
    assert!(text.contains("projected $0.007499"), "{text}");
    let csv = cost_report(&agent(), Some(r#"{"format": "csv"}"#)).unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    assert!(rows[0].starts_with("dimension,key,calls,"));
    assert!(rows.iter().all(|r| r.split(',').count() == 15), "{csv}");
    assert!(
        rows[1].starts_with("total,,7,1,3120,135,2328,200,0,0.7461538461538462,0.00466500")
            && rows[1].ends_with(",5,1,1,0"),
        "{csv}"
    );
    let prom = cost_report(&agent(), Some(r#"{"format": "prometheus"}"#)).unwrap();
    for line in prom.lines().filter(|l| l.starts_with("# TYPE")) {
        let parts: Vec<&str> = line.split(' ').collect();
        assert!(parts[3] != "counter" || parts[2].ends_with("_total"), "{line}");
    }
    assert!(prom.contains("ward_capture_unreadable_lines_total 1\n"));
    // Escaping: quote, backslash and newline in a label value.
    let line = r#"{"url":"https://api.openai.com/v1/chat/completions","request":{"model":"gpt-4o"},"response":{"object":"chat.completion","choices":[],"usage":{"prompt_tokens":1,"completion_tokens":1}},"attributes":{"user":"a\"b\\c\nd"}}"#;
    let prom = cost_report(line, Some(r#"{"format": "prometheus"}"#)).unwrap();
    assert!(prom.contains(r#"user="a\"b\\c\nd""#), "{prom}");
}

#[test]
fn unknown_model_is_listed_not_free() {
    let line = r#"{"url":"https://api.openai.com/v1/chat/completions","request":{"model":"nope-1"},"response":{"object":"chat.completion","model":"nope-1","choices":[],"usage":{"prompt_tokens":5,"completion_tokens":1}}}"#;
    let v: Value = serde_json::from_str(&cost_report(line, Some(r#"{"format":"json"}"#)).unwrap()).unwrap();
    assert_eq!(v["total"]["unpriced_calls"], 1);
    assert_eq!(v["total"]["priced_calls"], 0);
    assert_eq!(v["unknown_models"][0]["model"], "nope-1");
    // An override prices it.
    let opts = r#"{"format":"json","prices":{"nope-1":{"litellm_provider":"openai","mode":"chat","input_cost_per_token":1e-6,"output_cost_per_token":2e-6}}}"#;
    let v: Value = serde_json::from_str(&cost_report(line, Some(opts)).unwrap()).unwrap();
    assert_eq!(v["total"]["unpriced_calls"], 0);
    assert!((v["total"]["cost_usd"].as_f64().unwrap() - 7e-6).abs() < 1e-15);
}

#[test]
fn one_exchange_json_entry_point() {
    let line = r#"{"url":"https://api.anthropic.com/v1/messages","request":{"model":"claude-sonnet-4-5"},"response":{"type":"message","model":"claude-sonnet-4-5-20250929","content":[],"usage":{"input_tokens":50,"cache_read_input_tokens":1000,"output_tokens":40}}}"#;
    let v: Value = serde_json::from_str(&ward_core::cost::price_exchange_json(line, None).unwrap()).unwrap();
    assert_eq!(v["record"]["usage"]["input_tokens"], 1050);
    assert!(
        (v["cost"]["cost"]["total"].as_f64().unwrap() - (50.0 * 3e-6 + 1000.0 * 3e-7 + 40.0 * 1.5e-5)).abs()
            < 1e-15
    );
    assert!(v["cost_error"].is_null());
    let unknown =
        line.replace("claude-sonnet-4-5-20250929", "zz-1").replace("\"claude-sonnet-4-5\"", "\"zz-1\"");
    let v: Value =
        serde_json::from_str(&ward_core::cost::price_exchange_json(&unknown, None).unwrap()).unwrap();
    assert_eq!(v["cost_error"]["code"], "unknown_model");
    assert!(v["cost"].is_null());
    assert_eq!(ward_core::cost::price_exchange_json("{", None).unwrap_err().code(), "parse_failed");
}
