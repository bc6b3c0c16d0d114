//! Per-call cost equals LiteLLM's own cost functions to 1e-9 USD.
//!
//! `tests/litellm/gen_cases.py` prices random usages with the real `litellm` package and writes
//! `tests/litellm/cases.json` (committed; `cargo xtask` regenerates it from the pinned wheel). This test
//! prices every case with ward's built-in table and compares prompt and completion cost.
//! Set `WARD_LITELLM_CASES` to check another file.

#![allow(clippy::unwrap_used)] // test helpers: a malformed vector file should fail loudly

use std::path::PathBuf;

use serde_json::Value;
use ward_core::cost::{PriceOptions, PriceTable, lookup, price_usage};
use ward_core::record::Usage;

const TOLERANCE: f64 = 1e-9;

#[test]
fn litellm_equality() {
    let path = std::env::var("WARD_LITELLM_CASES")
        .map(PathBuf::from)
        .unwrap_or_else(|_| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/litellm/cases.json"));
    let doc: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let table = PriceTable::builtin().unwrap();
    let cases = doc["cases"].as_array().unwrap();
    assert!(cases.len() >= 2000, "need at least 2,000 cases, got {}", cases.len());
    assert!(doc["models"].as_u64().unwrap() >= 300, "need at least 300 models");
    let (mut passed, mut failed) = (0usize, Vec::new());
    for case in cases {
        // The entry LiteLLM's cost function read (it can differ from the case's name, see gen_cases.py).
        let model = case["litellm_key"].as_str().or(case["model"].as_str()).unwrap();
        let u = &case["usage"];
        let n = |k: &str| u[k].as_u64().unwrap();
        let usage = Usage {
            input_tokens: n("input"),
            output_tokens: n("output"),
            cache_read_input_tokens: n("cache_read"),
            cache_creation_input_tokens: n("cache_write"),
            cache_creation_1h_input_tokens: n("cache_write_1h"),
            reasoning_output_tokens: n("reasoning"),
            estimated: false,
            tokenizer: None,
        };
        let opts = PriceOptions {
            service_tier: case["service_tier"].as_str().map(str::to_string),
            batch: case["batch"].as_bool().unwrap_or(false),
        };
        let Some((_, entry)) = lookup::resolve(table, model, None) else {
            failed.push(format!("{model}: not in ward's table"));
            continue;
        };
        let cost = price_usage(&usage, entry, &opts);
        let (p, c) =
            (case["litellm"]["prompt"].as_f64().unwrap(), case["litellm"]["completion"].as_f64().unwrap());
        if (cost.prompt - p).abs() <= TOLERANCE && (cost.completion - c).abs() <= TOLERANCE {
            passed += 1;
        } else {
            failed.push(format!(
                "{model} tier={:?} batch={} usage={u}: ward ({}, {}) litellm ({p}, {c})",
                opts.service_tier, opts.batch, cost.prompt, cost.completion
            ));
        }
    }
    for f in failed.iter().take(40) {
        eprintln!("mismatch: {f}");
    }
    println!("litellm: {passed} passed, {} failed", failed.len());
    assert!(failed.is_empty(), "litellm: {passed} passed, {} failed", failed.len());
}
