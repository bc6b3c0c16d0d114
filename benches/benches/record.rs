//! Exchanges parsed and priced per second: the native core vs the component under wasmtime, same
//! capture, same run.
//!
//! The capture is `tests/replay/agent.jsonl` (OpenAI Chat JSON and SSE, Anthropic Messages with cache
//! tokens, agent/tool/retrieval steps, an unknown model, a failed call, one unreadable line) repeated 100
//! times: 1,500 lines. Both sides run the same JSON entry points, so the only difference is the host:
//! - `parse`: the whole capture → `{"records", "errors"}` JSON (what the component's `parse-exchanges`
//!   does; natively the same core calls plus the same serialization),
//! - `price`: every capture line through `price-exchange` (parse one exchange, price it, JSON out: what
//!   a host that sees one call at a time does; one host/guest call per line under wasmtime),
//! - `cost-report`: the whole capture parsed, priced and rolled up into the JSON report.
//!
//! Every benched closure checks its output (record and error counts, the priced-call total); the
//! component's first answer must equal the native one byte for byte. Run:
//! `cargo bench -p ward-benches --bench record -- --warm-up-time 1 --measurement-time 3`.

#![allow(missing_docs)]
// A bench that cannot load the component or gets a wrong answer must stop: panicking is the check.
#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use serde::Serialize;
use serde_json::Value;
use ward_core::record::{Record, RecordError, parse_exchange_jsonl};
use ward_host::{Engine, Limits};

const COPIES: usize = 100;

fn capture() -> String {
    let one = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/replay/agent.jsonl"))
        .expect("tests/replay/agent.jsonl");
    one.repeat(COPIES)
}

/// The component's `parse-exchanges` result shape, built natively the same way.
#[derive(Serialize)]
struct Split {
    records: Vec<Record>,
    errors: Vec<RecordError>,
}

fn native_parse(capture: &str) -> String {
    let mut out = Split { records: Vec::new(), errors: Vec::new() };
    for line in parse_exchange_jsonl(capture) {
        match line {
            Ok(r) => out.records.push(r),
            Err(e) => out.errors.push(e),
        }
    }
    serde_json::to_string(&out).expect("records serialize")
}

/// (records, errors) of a parse-exchanges answer.
fn counts(json: &str) -> (usize, usize) {
    let v: Value = serde_json::from_str(json).expect("parse-exchanges JSON");
    let len = |k: &str| v[k].as_array().map_or(usize::MAX, Vec::len);
    (len("records"), len("errors"))
}

/// Prices every line with `price` and returns how many lines were priced (a `cost` that is not null).
fn price_lines(lines: &[&str], mut price: impl FnMut(&str) -> Option<String>) -> usize {
    lines.iter().filter_map(|l| price(l)).filter(|out| out.contains("\"cost\":{")).count()
}

fn total_cost(report: &str) -> f64 {
    let v: Value = serde_json::from_str(report).expect("cost report JSON");
    v["total"]["cost_usd"].as_f64().expect("total.cost_usd")
}

fn record(c: &mut Criterion) {
    let text = capture();
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 15 * COPIES);
    let bytes = text.len() as u64;
    // Fuel metering and memory limits on, as shipped.
    let mut engine = Engine::new(Limits::default()).expect("the embedded component loads");
    eprintln!("capture: {} lines, {bytes} bytes", lines.len());

    // Same answers on both sides before anything is timed.
    let native = native_parse(&text);
    assert_eq!(counts(&native), (14 * COPIES, COPIES));
    assert_eq!(engine.parse_exchanges(&text).expect("component parse"), native, "parse-exchanges differs");
    for l in &lines {
        let n = ward_core::cost::price_exchange_json(l, None).ok();
        let w = engine.price_exchange(l, None).ok();
        assert_eq!(n, w, "price-exchange differs on {l}");
    }
    let priced = |f: &mut dyn FnMut(&str) -> Option<String>| price_lines(&lines, f);
    let opts = Some(r#"{"format":"json","now":"2026-11-27T00:00:00Z"}"#);
    let report = ward_core::rollup::cost_report(&text, opts).expect("native report");
    assert_eq!(engine.cost_report(&text, opts).expect("component report"), report, "cost-report differs");
    let want_cost = total_cost(&report);
    assert!(want_cost > 0.0);

    for (host, is_native) in [("native", true), ("wasmtime", false)] {
        let mut g = c.benchmark_group(format!("record/{host}"));
        g.sample_size(10).measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));
        // Lines per second; MB/s = lines/s × bytes / lines (printed above), see benches/RESULTS-record.md.
        g.throughput(Throughput::Elements(lines.len() as u64));
        g.bench_function("parse", |b| {
            b.iter(|| {
                let out = if is_native {
                    native_parse(black_box(&text))
                } else {
                    engine.parse_exchanges(black_box(&text)).expect("component parse")
                };
                assert_eq!(out.len(), native.len());
            })
        });
        g.bench_function("price per line", |b| {
            b.iter(|| {
                let n = if is_native {
                    priced(&mut |l| ward_core::cost::price_exchange_json(black_box(l), None).ok())
                } else {
                    priced(&mut |l| engine.price_exchange(black_box(l), None).ok())
                };
                assert_eq!(n, 5 * COPIES);
            })
        });
        g.bench_function("cost-report", |b| {
            b.iter(|| {
                let out = if is_native {
                    ward_core::rollup::cost_report(black_box(&text), opts).expect("native report")
                } else {
                    engine.cost_report(black_box(&text), opts).expect("component report")
                };
                assert_eq!(out.len(), report.len());
            })
        });
        g.finish();
    }
}

criterion_group!(benches, record);
criterion_main!(benches);
