//! The shared vectors (`tests/vectors/redact/*.json`) on the built component, honouring
//! `hosts_skip.wasmtime`. Same comparison as the core runner: text exactly, every listed finding field.

use serde_json::Value;

use crate::support;

fn vector_files() -> Vec<std::path::PathBuf> {
    let dir = support::root().join("tests/vectors/redact");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no vectors in {}", dir.display());
    files
}

fn finding_matches(actual: &Value, expected: &Value) -> bool {
    expected.as_object().is_some_and(|fields| fields.iter().all(|(k, v)| actual.get(k) == Some(v)))
}

#[test]
fn redact_vectors_on_the_component() {
    let mut engine = support::default_engine().lock().expect("engine lock");
    let (mut failures, mut count, mut skipped) = (Vec::new(), 0, 0);
    for file in vector_files() {
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let doc: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let cases = doc["cases"].as_array().unwrap_or_else(|| panic!("{}: no cases", file.display()));
        for case in cases {
            let name = format!("redact/{stem}/{}", case["name"].as_str().unwrap_or("?"));
            if let Some(reason) = case.pointer("/hosts_skip/wasmtime") {
                assert!(reason.as_str().is_some_and(|r| !r.trim().is_empty()), "{name}: skip without reason");
                eprintln!("skip {name}: {reason}");
                skipped += 1;
                continue;
            }
            count += 1;
            let input = case["input"]["text"].as_str().unwrap_or_else(|| panic!("{name}: no input.text"));
            let policy = case["input"].get("policy").map(Value::to_string);
            let expected = &case["expected"];
            match (engine.redact(input, policy.as_deref()), expected.get("error")) {
                (Ok(out), None) => {
                    let actual = serde_json::to_value(&out).expect("redaction serializes");
                    if actual["text"] != expected["text"] {
                        failures.push(format!("{name}: text {} != {}", actual["text"], expected["text"]));
                    }
                    let same = match (actual["findings"].as_array(), expected["findings"].as_array()) {
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
    eprintln!("wasmtime vectors: {count} run, {skipped} skipped");
    assert!(failures.is_empty(), "{} of {count} vectors failed:\n{}", failures.len(), failures.join("\n"));
    assert!(count > 0);
}

#[test]
fn version_matches_the_core_it_was_built_from() {
    // Not poisoned by a failing vector test: the engine itself is fine after a wrong answer.
    let mut engine = support::default_engine().lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    assert_eq!(engine.version().expect("version"), env!("CARGO_PKG_VERSION"));
}
