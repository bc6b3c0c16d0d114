//! Runs the shared vectors in `tests/vectors/redact/` against the native core.

use serde_json::Value;
use ward_core::redact::RedactorCache;

#[path = "vectors_shared.rs"]
mod shared;

/// Compares one actual finding with an expected one: every field the vector lists must match.
fn finding_matches(actual: &Value, expected: &Value) -> bool {
    expected.as_object().is_some_and(|fields| fields.iter().all(|(k, v)| actual.get(k) == Some(v)))
}

#[test]
fn redact_vectors() {
    let mut cache = RedactorCache::new();
    let mut failures = Vec::new();
    let mut count = 0;
    for (name, case) in shared::vectors("redact") {
        if let Some(reason) = case.pointer("/hosts_skip/core") {
            eprintln!("skip {name}: {reason}");
            continue;
        }
        count += 1;
        let text = case["input"]["text"].as_str().unwrap_or_default();
        let policy = case["input"].get("policy").map(Value::to_string);
        let expected = &case["expected"];
        match (cache.redact(text, policy.as_deref()), expected.get("error")) {
            (Ok(out), None) => {
                let actual = serde_json::to_value(&out).unwrap_or_default();
                if actual["text"] != expected["text"] {
                    failures.push(format!("{name}: text {} != {}", actual["text"], expected["text"]));
                }
                let (a, e) = (actual["findings"].as_array(), expected["findings"].as_array());
                let same = match (a, e) {
                    (Some(a), Some(e)) => {
                        a.len() == e.len() && a.iter().zip(e).all(|(a, e)| finding_matches(a, e))
                    }
                    _ => false,
                };
                if !same {
                    failures
                        .push(format!("{name}: findings {} != {}", actual["findings"], expected["findings"]));
                }
            }
            (Err(err), Some(code)) if code == err.code() => {}
            (Err(err), _) => failures.push(format!("{name}: unexpected error {err}")),
            (Ok(out), Some(code)) => {
                failures.push(format!("{name}: expected error {code}, got {:?}", out.text))
            }
        }
    }
    assert!(failures.is_empty(), "{} of {count} vectors failed:\n{}", failures.len(), failures.join("\n"));
    assert!(count > 0);
}
