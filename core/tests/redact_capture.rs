//! Runs the shared vectors in `tests/vectors/redact_capture/` (ward's capture format through
//! `redact_capture`; format in `tests/vectors/README.md`) against the native core.

use std::sync::Arc;

use serde_json::{Value, json};
use ward_core::redact::structured::{BadLine, JsonlRedaction, redact_capture};
use ward_core::redact::{Policy, Redactor, Streaming, Vault};

#[path = "vectors_shared.rs"]
mod shared;

fn cases() -> Vec<(String, Value)> {
    shared::vectors("redact_capture")
}

/// The parts of the output a vector fixes: text, findings (listed fields only) and error lines/codes.
fn comparable(out: &JsonlRedaction) -> Value {
    let findings: Vec<Value> = out
        .findings
        .iter()
        .map(|f| {
            let mut o = json!({"line": f.line, "path": f.finding.path, "entity": f.finding.finding.entity,
                "start": f.finding.finding.start, "end": f.finding.finding.end,
                "replacement": f.finding.finding.replacement});
            if let Some(inner) = &f.finding.inner_path {
                o["inner_path"] = json!(inner);
            }
            o
        })
        .collect();
    let errors: Vec<Value> = out.errors.iter().map(|e| json!({"line": e.line, "code": e.code})).collect();
    json!({"text": out.text, "findings": findings, "errors": errors})
}

fn run(case: &Value) -> Result<(), String> {
    let input = &case["input"];
    let expected = &case["expected"];
    let policy = match input.get("policy") {
        Some(p) => Policy::from_json(&p.to_string()).map_err(|e| e.to_string())?,
        None => Policy::default(),
    };
    let redactor = Redactor::new(policy).map_err(|e| e.to_string())?;
    let streaming = Streaming::new(Arc::new(redactor)).map_err(|e| e.to_string())?;
    let bad: BadLine = match input.get("bad_lines") {
        Some(b) => serde_json::from_value(b.clone()).map_err(|e| e.to_string())?,
        None => BadLine::default(),
    };
    let lines: Vec<&str> =
        input["capture"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    let capture: String = lines.iter().map(|l| format!("{l}\n")).collect();
    let result = redact_capture(&streaming, &capture, bad, &mut Vault::new());
    match (result, expected.get("error").and_then(Value::as_str)) {
        (Err(e), Some(code)) if e.code() == code => Ok(()),
        (Err(e), _) => Err(format!("error {}: {}", e.code(), e.message())),
        (Ok(_), Some(code)) => Err(format!("expected error {code}")),
        (Ok(out), None) => {
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
fn redact_capture_vectors() {
    let mut failures = Vec::new();
    let all = cases();
    for (name, case) in &all {
        if let Some(reason) = case.get("hosts_skip").and_then(|s| s.get("core")) {
            assert!(reason.as_str().is_some_and(|r| !r.trim().is_empty()), "{name}: skip without reason");
            continue;
        }
        if let Err(e) = run(case) {
            failures.push(format!("{name}: {e}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} vectors failed:\n{}",
        failures.len(),
        all.len(),
        failures.join("\n")
    );
    assert!(all.len() >= 7);
}
