//! No entry point of the rollup, otel and trace modules panics on damaged input: the agent capture
//! with random truncations, byte swaps and spliced lines goes through every JSON entry point.

#![allow(clippy::unwrap_used)] // test helpers

use proptest::prelude::*;
use ward_core::cost::price_exchange_json;
use ward_core::otel::capture_to_otlp_json;
use ward_core::otel::ingest::parse_otlp_traces_json;
use ward_core::rollup::cost_report;
use ward_core::trace::{replay_json, traces_json};

const AGENT: &str = include_str!("../../tests/replay/agent.jsonl");

fn damage(text: &str, cuts: &[(usize, u8)]) -> String {
    let mut b = text.as_bytes().to_vec();
    for (pos, byte) in cuts {
        if b.is_empty() {
            break;
        }
        let i = pos % b.len();
        match byte % 4 {
            0 => b.truncate(i),
            1 => b[i] = b"{}[]\",:0\n"[usize::from(*byte) % 9],
            2 => {
                b.remove(i);
            }
            _ => b.insert(i, *byte),
        }
    }
    String::from_utf8_lossy(&b).into_owned()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]
    #[test]
    fn damaged_captures_never_panic(cuts in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..12)) {
        let text = damage(AGENT, &cuts);
        for format in ["text", "json", "csv", "prometheus"] {
            let _ = cost_report(&text, Some(&format!("{{\"format\":\"{format}\"}}")));
        }
        let otlp = capture_to_otlp_json(&text, Some(r#"{"content":true,"semconv":"latest"}"#)).unwrap();
        let traces = serde_json::from_str::<serde_json::Value>(&otlp).unwrap()["traces"].to_string();
        let _ = parse_otlp_traces_json(&damage(&traces, &cuts));
        let _ = traces_json(&text, None);
        let _ = replay_json("4bf92f3577b34da6a3ce929d0e0e4736", &text);
        for line in text.lines() {
            let _ = price_exchange_json(line, None);
        }
    }
}

#[test]
fn step_lines_are_validated() {
    let r = ward_core::record::parse_exchange_jsonl(
        "{\"operation\":\"teleport\"}\n{\"operation\":\"execute_tool\",\"tool\":{}}\n{\"operation\":\"retrieval\",\"retrieval\":{\"documents\":[{\"score\":1}]}}\n{\"operation\":\"retrieval\",\"span_id\":\"xyz\"}\n{\"operation\":\"invoke_agent\",\"agent\":{\"name\":\"a\"}}\n",
    );
    let codes: Vec<&str> = r.iter().map(|x| x.as_ref().map_or_else(|e| e.code.as_str(), |_| "ok")).collect();
    assert_eq!(codes, ["parse_failed", "parse_failed", "parse_failed", "parse_failed", "ok"]);
}
