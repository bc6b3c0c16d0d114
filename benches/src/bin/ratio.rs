//! `ward-ratio`: the component's `redact` speed as a fraction of the native core's, measured interleaved.
//!
//! Criterion (`cargo xtask bench`) times the native group, then the wasmtime group, seconds apart. On a
//! shared VM whose neighbours come and go, the same native bench moved by up to 37 % between two runs an
//! hour apart (2026-11-27), which swamps a ratio goal like "wasmtime ≥ 0.5× native". Here both run in
//! alternating batches on one thread, so each round's ratio compares the two under the same load, and the
//! median over rounds is reported with its spread. Time is wall time (a batch of each side runs within
//! the same ~80 ms, so both see the same interruptions). Every call's output is checked against the
//! native core's.
//!
//! Run: `cargo run --release -p ward-benches --bin ward-ratio` (embedded component: build `dist/` first,
//! `cargo xtask build`).

use std::process::ExitCode;
use std::time::Instant;

use ward_core::redact::RedactorCache;
use ward_host::{Engine, Limits};

/// Alternating rounds per input; each round is one native batch and one component batch.
const ROUNDS: usize = 21;
/// Time each batch aims at (the batch size is calibrated once per input and engine).
const BATCH_NS: u64 = 40_000_000;

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ward-ratio: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result {
    let mut native = RedactorCache::new();
    let mut engine = Engine::new(Limits::default()).map_err(|e| e.to_string())?;
    println!(
        "| input | native (µs/call) | component under wasmtime (µs/call) | ratio, median (min–max of {ROUNDS} rounds) |"
    );
    println!("|---|---|---|---|");
    for (name, text) in ward_benches::inputs() {
        let expected = native.redact(&text, None).map_err(|e| e.to_string())?.text;
        let mut call_native = || -> Result {
            let out = native.redact(&text, None).map_err(|e| e.to_string())?;
            check(out.text == expected, name, "native")
        };
        let mut call_wasm = || -> Result {
            let out = engine.redact(&text, None).map_err(|e| e.to_string())?;
            check(out.text == expected, name, "component")
        };
        // The component's first call compiles the policy inside the guest: not part of any batch.
        call_wasm()?;
        let n_native = calibrate(&mut call_native)?;
        let n_wasm = calibrate(&mut call_wasm)?;
        let (mut natives, mut wasms, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
        for _ in 0..ROUNDS {
            let a = per_call_ns(&mut call_native, n_native)?;
            let b = per_call_ns(&mut call_wasm, n_wasm)?;
            natives.push(a);
            wasms.push(b);
            ratios.push(a / b);
        }
        let ratio = sorted(ratios);
        println!(
            "| {name} ({} B) | {:.2} | {:.2} | **{:.3}×** ({:.3}–{:.3}) |",
            text.len(),
            median(&sorted(natives)) / 1e3,
            median(&sorted(wasms)) / 1e3,
            median(&ratio),
            ratio.first().copied().unwrap_or(f64::NAN),
            ratio.last().copied().unwrap_or(f64::NAN),
        );
    }
    Ok(())
}

fn check(same: bool, input: &str, host: &str) -> Result {
    if same { Ok(()) } else { Err(format!("{input}: the {host} output differs from the native core's")) }
}

/// Calls per batch so that a batch takes about [`BATCH_NS`].
fn calibrate(call: &mut impl FnMut() -> Result) -> Result<usize> {
    let mut n = 16;
    loop {
        let per_call = per_call_ns(call, n)?;
        if per_call * n as f64 >= BATCH_NS as f64 / 8.0 {
            return Ok(((BATCH_NS as f64 / per_call) as usize).max(1));
        }
        n *= 4;
    }
}

/// Mean nanoseconds per call over `n` calls.
fn per_call_ns(call: &mut impl FnMut() -> Result, n: usize) -> Result<f64> {
    let wall = Instant::now();
    for _ in 0..n {
        call()?;
    }
    Ok(wall.elapsed().as_nanos() as f64 / n as f64)
}

fn sorted(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(f64::total_cmp);
    v
}

fn median(v: &[f64]) -> f64 {
    v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
}
