//! `redact` call overhead and throughput: the native core vs the component under wasmtime (through
//! `ward_host::Engine`, instantiated once, called many times; fuel metering and memory limits on, as
//! shipped). Every benched closure checks its output against the native core's result.
//!
//! `WARD_BENCH_COMPONENTS=a.wasm,b.wasm` adds groups for other component builds (same checks).
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

    // Other builds of the component, side by side with the embedded one (e.g. with and without
    // `+simd128`): `WARD_BENCH_COMPONENTS=a.wasm,b.wasm`, each a wrapped component.
    let extra = std::env::var("WARD_BENCH_COMPONENTS").unwrap_or_default();
    for path in extra.split(',').filter(|p| !p.is_empty()) {
        let bytes = std::fs::read(path).expect("a component file named in WARD_BENCH_COMPONENTS");
        let mut other = Engine::from_component(&bytes, Limits::default(), None).expect("the component loads");
        let stem = std::path::Path::new(path).file_stem().and_then(|s| s.to_str()).unwrap_or("other");
        let mut group = c.benchmark_group(format!("redact/wasmtime-{stem}"));
        for (name, text) in &inputs {
            let expected = native.redact(text, None).expect("native redact");
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_function(*name, |b| {
                b.iter(|| {
                    let out = other.redact(text, None).expect("component redact");
                    assert_eq!(
                        out.text, expected.text,
                        "{path}: the component disagrees with the native core"
                    );
                    out
                })
            });
        }
        group.finish();
    }

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
