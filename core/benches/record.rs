//! Exchanges parsed and priced per second (native), plus the rollup and OTLP export of the same capture.
//!
//! The capture is `tests/replay/agent.jsonl` (OpenAI Chat JSON and SSE, Anthropic Messages with cache
//! tokens, agent/tool/retrieval steps, an unknown model, a failed call and one unreadable line) repeated
//! 100 times: 1,500 lines. Every benched closure asserts its result. Run:
//! `CARGO_TARGET_DIR=… cargo bench -p ward-core --bench record`; results in `benches/RESULTS-record.md`.

#![allow(clippy::unwrap_used, missing_docs)]

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group};
use ward_core::cost::{PriceTable, price};
use ward_core::otel::{OtelOptions, capture_to_otlp};
use ward_core::record::parse_exchange_jsonl;
use ward_core::rollup::{RollupOptions, rollup};

const COPIES: usize = 100;

fn capture() -> String {
    let one =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/replay/agent.jsonl")).unwrap();
    one.repeat(COPIES)
}

fn benches(c: &mut Criterion) {
    let text = capture();
    let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
    assert_eq!(lines, 15 * COPIES);
    let table = PriceTable::builtin().unwrap();
    let mut g = c.benchmark_group("native");
    g.throughput(Throughput::Elements(lines as u64));
    g.sample_size(10).measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_millis(500));
    g.bench_function("parse", |b| {
        b.iter(|| {
            let out = parse_exchange_jsonl(black_box(&text));
            assert_eq!(out.iter().filter(|r| r.is_ok()).count(), 14 * COPIES);
        })
    });
    g.bench_function("parse+price", |b| {
        b.iter(|| {
            let out = parse_exchange_jsonl(black_box(&text));
            let priced =
                out.iter().flatten().filter_map(|r| r.usage.as_ref().and(price(r, table).ok())).count();
            assert_eq!(priced, 5 * COPIES);
        })
    });
    g.bench_function("parse+rollup", |b| {
        b.iter(|| {
            let r = rollup(&parse_exchange_jsonl(black_box(&text)), table, &RollupOptions::default());
            assert_eq!((r.total.priced_calls, r.total.unpriced_calls), (5 * COPIES as u64, COPIES as u64));
        })
    });
    g.bench_function("parse+price+otlp", |b| {
        b.iter(|| {
            let out = capture_to_otlp(black_box(&text), table, &OtelOptions::default());
            assert_eq!(out.errors.len(), COPIES);
        })
    });
    g.finish();
}

criterion_group!(group, benches);

fn main() {
    group();
    Criterion::default().configure_from_args().final_summary();
}
