//! Helpers shared by the core's vector runners (redact, redact_json, redact_capture, record, rollup, otel, trace; included with
//! `#[path]`; as a test target of its own it has no tests).

#![allow(dead_code, clippy::unwrap_used)] // test helpers: a malformed vector file should fail loudly

use std::path::PathBuf;

use serde_json::Value;

/// `expected` is a subset of `actual`: objects by key, arrays elementwise with equal length, numbers to
/// 1e-12 (absolute) or 1e-9 (relative).
pub fn subset(path: &str, expected: &Value, actual: &Value, out: &mut Vec<String>) {
    match (expected, actual) {
        (Value::Object(e), Value::Object(a)) => {
            for (k, v) in e {
                match a.get(k) {
                    Some(av) => subset(&format!("{path}.{k}"), v, av, out),
                    None => out.push(format!("{path}.{k}: missing")),
                }
            }
        }
        (Value::Array(e), Value::Array(a)) if e.len() == a.len() => {
            for (i, (x, y)) in e.iter().zip(a).enumerate() {
                subset(&format!("{path}[{i}]"), x, y, out);
            }
        }
        (Value::Number(e), Value::Number(a)) => {
            let (e, a) = (e.as_f64().unwrap(), a.as_f64().unwrap());
            if (e - a).abs() > 1e-12 && (e - a).abs() > 1e-9 * e.abs().max(a.abs()) {
                out.push(format!("{path}: {a} != {e}"));
            }
        }
        _ if expected == actual => {}
        _ => out.push(format!("{path}: {actual} != {expected}")),
    }
}

/// Every case of `tests/vectors/<group>/*.json`, named `group/file/case`.
pub fn vectors(group: &str) -> Vec<(String, Value)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors").join(group);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    let mut out = Vec::new();
    for f in files.iter().filter(|p| p.extension().is_some_and(|x| x == "json")) {
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(f).unwrap()).unwrap();
        let stem = f.file_stem().unwrap().to_string_lossy().to_string();
        for case in doc["cases"].as_array().unwrap() {
            out.push((format!("{group}/{stem}/{}", case["name"].as_str().unwrap()), case.clone()));
        }
    }
    assert!(!out.is_empty());
    out
}
