//! Runs the shared vectors in `tests/vectors/redact/` against the native core.

use std::path::PathBuf;

use serde_json::Value;
use ward_core::redact::RedactorCache;

fn vector_files(group: &str) -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors").join(group);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no vectors in {}", dir.display());
    files
}

/// Compares one actual finding with an expected one: every field the vector lists must match.
fn finding_matches(actual: &Value, expected: &Value) -> bool {
    expected.as_object().is_some_and(|fields| fields.iter().all(|(k, v)| actual.get(k) == Some(v)))
}

#[test]
fn redact_vectors() {
    let mut cache = RedactorCache::new();
    let mut failures = Vec::new();
    let mut count = 0;
    for file in vector_files("redact") {
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap_or_default())
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        for case in doc["cases"].as_array().into_iter().flatten() {
            let name = format!("redact/{stem}/{}", case["name"].as_str().unwrap_or("?"));
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
                        failures.push(format!(
                            "{name}: findings {} != {}",
                            actual["findings"], expected["findings"]
                        ));
                    }
                }
                (Err(err), Some(code)) if code == err.code() => {}
                (Err(err), _) => failures.push(format!("{name}: unexpected error {err}")),
                (Ok(out), Some(code)) => {
                    failures.push(format!("{name}: expected error {code}, got {:?}", out.text))
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} of {count} vectors failed:\n{}", failures.len(), failures.join("\n"));
    assert!(count > 0);
}
