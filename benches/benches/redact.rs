//! `redact` call overhead and throughput: the native core vs the component under wasmtime (through
//! `ward_host::Engine`, instantiated once, called many times; fuel metering and memory limits on, as
//! shipped). Every benched closure checks its output against the native core's result.
//!
//! Run: `cargo xtask bench`, or `cargo bench -p ward-benches --bench redact -- --warm-up-time 1
//! --measurement-time 3`.

#![allow(missing_docs)]
// criterion_group! generates undocumented public functions
// A bench that cannot load the component or gets a wrong answer must stop: panicking is the check.
#![allow(clippy::expect_used)]

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use ward_core::redact::RedactorCache;
use ward_host::{Engine, Limits};

fn redact(c: &mut Criterion) {
    let inputs = ward_benches::inputs();
    let mut native = RedactorCache::new();
    let mut engine = Engine::new(Limits::default()).expect("the embedded component loads");

    let mut group = c.benchmark_group("redact/native");
    for (name, text) in &inputs {
        let expected = native.redact(text, None).expect("native redact");
        assert!(!expected.findings.is_empty(), "{name}: the input should contain values to redact");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| {
                let out = native.redact(text, None).expect("native redact");
                assert_eq!(out.text, expected.text);
                out
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("redact/wasmtime");
    for (name, text) in &inputs {
        let expected = native.redact(text, None).expect("native redact");
        let first = engine.redact(text, None).expect("component redact");
        assert_eq!(first.text, expected.text, "{name}: the component disagrees with the native core");
        assert_eq!(first.findings.len(), expected.findings.len(), "{name}: findings differ");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function(*name, |b| {
            b.iter(|| {
                let out = engine.redact(text, None).expect("component redact");
                assert_eq!(out.text, expected.text);
                out
            })
        });
    }
    group.finish();

    // The host/guest boundary alone: a call that does no work but return a short string.
    let mut group = c.benchmark_group("call/wasmtime");
    let version = engine.version().expect("version");
    group.bench_function("version", |b| {
        b.iter(|| {
            let v = engine.version().expect("version");
            assert_eq!(v, version);
            v
        })
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = redact
}
criterion_main!(benches);
