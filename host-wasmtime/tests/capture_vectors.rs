//! The shared `redact_capture` vectors (`tests/vectors/redact_capture/*.json`) on the built component
//! through `redact-capture`, honouring `hosts_skip.wasmtime`. Same comparison as the core runner
//! (`core/tests/redact_capture.rs`): the text exactly, each finding's listed fields, the error lines.

use serde_json::{Value, json};
use ward_host::Engine;

use crate::support;

fn cases() -> Vec<(String, Value)> {
    let dir = support::root().join("tests/vectors/redact_capture");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no vectors in {}", dir.display());
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let doc: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        for case in doc["cases"].as_array().cloned().unwrap_or_default() {
            out.push((format!("redact_capture/{stem}/{}", case["name"].as_str().unwrap_or("?")), case));
        }
    }
    out
}

/// The component's output reduced to what a vector fixes.
fn comparable(out: &Value) -> Value {
    let keys = ["line", "path", "inner_path", "entity", "start", "end", "replacement"];
    let findings: Vec<Value> = out["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| keys.iter().filter_map(|k| f.get(*k).map(|v| ((*k).to_string(), v.clone()))).collect())
        .collect();
    let errors: Vec<Value> = out["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|e| json!({"line": e["line"], "code": e["code"]}))
        .collect();
    json!({"text": out["text"], "findings": findings, "errors": errors})
}

fn run(engine: &mut Engine, case: &Value) -> Result<(), String> {
    let input = &case["input"];
    let expected = &case["expected"];
    let policy = input.get("policy").map(Value::to_string);
    let bad = input["bad_lines"].as_str();
    let capture: String = input["capture"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .map(|l| format!("{l}\n"))
        .collect();
    let vault = engine.vault().map_err(|e| e.to_string())?;
    let result = engine.redact_capture(&capture, bad, policy.as_deref(), &vault);
    engine.release(vault).map_err(|e| e.to_string())?;
    match (result, expected.get("error").and_then(Value::as_str)) {
        (Err(e), Some(code)) if e.code() == code => Ok(()),
        (Err(e), _) => Err(format!("unexpected error {e}")),
        (Ok(_), Some(code)) => Err(format!("expected error {code}")),
        (Ok(out), None) => {
            let out: Value = serde_json::from_str(&out).map_err(|e| e.to_string())?;
            let text: String = expected["text"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .map(|l| format!("{l}\n"))
                .collect();
            let want = json!({"text": text, "findings": expected["findings"], "errors": expected["errors"]});
            let got = comparable(&out);
            if got == want { Ok(()) } else { Err(format!("got {got:#}\nwant {want:#}")) }
        }
    }
}

#[test]
fn redact_capture_vectors_on_the_component() {
    let mut engine = support::default_engine().lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    let (mut failures, mut count) = (Vec::new(), 0);
    for (name, case) in cases() {
        if let Some(reason) = case.pointer("/hosts_skip/wasmtime") {
            assert!(reason.as_str().is_some_and(|r| !r.trim().is_empty()), "{name}: skip without reason");
            continue;
        }
        count += 1;
        if let Err(e) = run(&mut engine, &case) {
            failures.push(format!("{name}: {e}"));
        }
    }
    eprintln!("wasmtime redact_capture vectors: {count} run");
    assert!(failures.is_empty(), "{} of {count} vectors failed:\n{}", failures.len(), failures.join("\n"));
    assert!(count > 0);
}
