//! Runs the shared vectors in `tests/vectors/record/` (exchange → normalized record, optional cost).

#![allow(clippy::unwrap_used)] // test helpers: a malformed vector file should fail loudly

use serde_json::Value;
use ward_core::cost::{PriceTable, price};
use ward_core::record::parse_exchange_jsonl;

#[path = "vectors_shared.rs"]
mod shared;

fn check(name: &str, input: &Value, expected: &Value, failures: &mut Vec<String>) {
    // Each vector is one capture line; prefix a blank and a comment-free line to check line numbers.
    let jsonl = format!("\n{}\n", input);
    let results = parse_exchange_jsonl(&jsonl);
    assert_eq!(results.len(), 1, "{name}");
    let exp = expected.as_object().unwrap();
    match &results[0] {
        Err(e) => {
            assert_eq!(e.line, 2, "{name}: error line");
            if exp.get("error").and_then(Value::as_str) != Some(e.code.as_str()) {
                failures.push(format!("{name}: unexpected error {e:?}"));
            }
        }
        Ok(rec) => {
            if let Some(code) = exp.get("error") {
                failures.push(format!("{name}: expected error {code}, got a record"));
                return;
            }
            let actual = serde_json::to_value(rec).unwrap();
            for (k, v) in exp {
                match k.as_str() {
                    "cost" => match price(rec, PriceTable::builtin().unwrap()) {
                        Ok(p) => {
                            let total = v["total_usd"].as_f64().unwrap();
                            if p.model_key != v["model_key"].as_str().unwrap()
                                || (p.cost.total - total).abs() > 1e-12
                            {
                                failures
                                    .push(format!("{name}: cost {} {} != {v}", p.model_key, p.cost.total));
                            }
                        }
                        Err(e) => failures.push(format!("{name}: cost error {e}")),
                    },
                    "cost_error" => match price(rec, PriceTable::builtin().unwrap()) {
                        Err(e) if Some(e.code()) == v.as_str() => {}
                        other => failures.push(format!("{name}: expected cost error {v}, got {other:?}")),
                    },
                    "error_type" => {
                        if actual.pointer("/error/type") != Some(v) {
                            failures.push(format!("{name}: error.type {:?} != {v}", actual.get("error")));
                        }
                    }
                    _ => {
                        if actual.get(k) != Some(v) {
                            failures.push(format!("{name}: {k}: {:?} != {v}", actual.get(k)));
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn record_vectors() {
    let mut failures = Vec::new();
    let mut count = 0;
    for (name, case) in shared::vectors("record") {
        if case.pointer("/hosts_skip/core").is_some() {
            continue;
        }
        count += 1;
        check(&name, &case["input"], &case["expected"], &mut failures);
    }
    for f in &failures {
        eprintln!("FAIL {f}");
    }
    println!("record vectors: {} passed, {} failed", count - failures.len().min(count), failures.len());
    assert!(failures.is_empty());
}

#[test]
fn batch_continues_after_bad_lines() {
    let text = "not json\n{\"url\":\"https://x.invalid/\",\"request\":{}}\n{\"url\":\"https://api.openai.com/v1/embeddings\",\"request\":{\"model\":\"text-embedding-3-small\"},\"response\":{\"object\":\"list\",\"data\":[{\"embedding\":[1.0]}],\"usage\":{\"prompt_tokens\":3}}}\n";
    let out = parse_exchange_jsonl(text);
    assert_eq!(out.len(), 3);
    assert_eq!(out[0].as_ref().unwrap_err().line, 1);
    assert_eq!(out[1].as_ref().unwrap_err().code, "unknown_provider");
    assert_eq!(out[2].as_ref().unwrap().line, 3);
}
