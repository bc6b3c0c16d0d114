//! Runs the shared vectors in `tests/vectors/trace/` (summaries via `traces_json`, replay via
//! `replay_json`), plus tree robustness checks.

#![allow(clippy::unwrap_used)] // test helpers

#[path = "vectors_shared.rs"]
mod shared;

use serde_json::Value;
use ward_core::record::parse_exchange_jsonl;
use ward_core::trace::{replay_json, traces_json, tree};

#[test]
fn trace_vectors() {
    let mut failures = Vec::new();
    for (name, case) in shared::vectors("trace") {
        let lines = case["input"]["capture"].as_array().unwrap();
        let capture: String = lines.iter().map(|l| l.as_str().unwrap().to_string() + "\n").collect();
        let exp = &case["expected"];
        let result = match case["input"].get("replay") {
            Some(id) => replay_json(id.as_str().unwrap(), &capture),
            None => traces_json(&capture, Some(&case["input"]["options"].to_string())),
        };
        let out: Value = match (result, exp.get("error")) {
            (Err(e), Some(code)) if code == e.code() => continue,
            (Ok(t), None) => serde_json::from_str(&t).unwrap(),
            (other, _) => {
                failures.push(format!("{name}: unexpected {other:?}"));
                continue;
            }
        };
        if let Some(spans) = exp.get("replay_equals_recorded") {
            let recorded: Vec<Value> = lines
                .iter()
                .filter_map(|l| serde_json::from_str::<Value>(l.as_str().unwrap()).ok())
                .collect();
            let steps = out["steps"].as_array().unwrap();
            let ids: Vec<&Value> = steps.iter().map(|s| &s["span_id"]).collect();
            if ids != spans.as_array().unwrap().iter().collect::<Vec<_>>() {
                failures.push(format!("{name}: steps {ids:?}"));
            }
            for s in steps {
                let orig = recorded.iter().find(|r| r["span_id"] == s["span_id"]).unwrap();
                if orig["request"] != s["request"] || s["rebuilt"] != Value::Bool(true) {
                    failures.push(format!("{name}: {} differs", s["span_id"]));
                }
            }
            continue;
        }
        shared::subset(&name, exp, &out, &mut failures);
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn cycles_and_deep_chains_do_not_hang_or_overflow() {
    let mut text = String::new();
    let t = "0123456789abcdef0123456789abcdef";
    // A 5,000-deep parent chain, and a two-span cycle.
    for i in 1..=5000u64 {
        text.push_str(&format!(
            "{{\"operation\":\"invoke_agent\",\"trace_id\":\"{t}\",\"span_id\":\"{i:016x}\",\"parent_span_id\":\"{:016x}\"}}\n",
            i - 1
        ));
    }
    text.push_str(&format!("{{\"operation\":\"invoke_agent\",\"trace_id\":\"{t}\",\"span_id\":\"aaaaaaaaaaaaaaaa\",\"parent_span_id\":\"bbbbbbbbbbbbbbbb\"}}\n"));
    text.push_str(&format!("{{\"operation\":\"invoke_agent\",\"trace_id\":\"{t}\",\"span_id\":\"bbbbbbbbbbbbbbbb\",\"parent_span_id\":\"aaaaaaaaaaaaaaaa\"}}\n"));
    let records: Vec<_> = parse_exchange_jsonl(&text).into_iter().map(Result::unwrap).collect();
    let groups = tree::group_by_trace(&records);
    let roots = tree::build(&groups[t]);
    fn count(n: &tree::Node) -> usize {
        1 + n.children.iter().map(count).sum::<usize>()
    }
    assert_eq!(roots.iter().map(count).sum::<usize>(), 5002);
    assert_eq!(roots[0].missing_parent.as_deref(), Some("0000000000000000"));
}
