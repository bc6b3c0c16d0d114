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
    if let Some(calls) = std::env::var("WARD_RATIO_PROFILE").ok().and_then(|n| n.parse().ok()) {
        return profile(&mut native, &mut engine, calls);
    }
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

/// `WARD_RATIO_PROFILE=N`: `N` calls of each side on the 4 KB input, each side in its own function, and no
/// timing. Under `valgrind --tool=callgrind --collect-atstart=no --toggle-collect='*profile_component*'` (or
/// `'*profile_native*'`) this counts the instructions of one side's calls, which, unlike times on a shared
/// VM, repeat from run to run: the unit for comparing wasmtime settings on a noisy machine.
fn profile(native: &mut RedactorCache, engine: &mut Engine, calls: usize) -> Result {
    let text = ward_benches::chat_text(4096);
    let expected = native.redact(&text, None).map_err(|e| e.to_string())?.text;
    // First calls outside the counted functions: the guest compiles its policy, both sides warm up.
    check(engine.redact(&text, None).map_err(|e| e.to_string())?.text == expected, "4KB", "component")?;
    profile_native(native, &text, calls)?;
    profile_component(engine, &text, calls)
}

#[inline(never)]
fn profile_native(native: &mut RedactorCache, text: &str, calls: usize) -> Result {
    for _ in 0..calls {
        std::hint::black_box(native.redact(std::hint::black_box(text), None).map_err(|e| e.to_string())?);
    }
    Ok(())
}

#[inline(never)]
fn profile_component(engine: &mut Engine, text: &str, calls: usize) -> Result {
    for _ in 0..calls {
        std::hint::black_box(engine.redact(std::hint::black_box(text), None).map_err(|e| e.to_string())?);
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
