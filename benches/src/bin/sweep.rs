//! `ward-sweep`: the measurements behind the component's release profile and the README's build times.
//!
//! `--opt-levels` builds the component at opt-level 3, "s" and "z" (each in its own target directory under
//! `target/sweep/`, so the shared one is untouched), wraps each into a component as xtask does, and
//! reports its size and the time of a 4 KB `redact` call under wasmtime (median of rounds; the output is
//! checked against the native core). `--build-times` times clean release builds of the component and of
//! `ward` in fresh target directories. Prints Markdown tables for `benches/RESULTS.md`.
//!
//! Run: `cargo run --release -p ward-benches --bin ward-sweep -- --opt-levels --build-times`.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use ward_core::redact::RedactorCache;
use ward_host::{Engine, Limits};

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (levels, builds) =
        (args.iter().any(|a| a == "--opt-levels"), args.iter().any(|a| a == "--build-times"));
    if !levels && !builds {
        eprintln!("usage: ward-sweep [--opt-levels] [--build-times]");
        return ExitCode::from(2);
    }
    println!("machine: {}; load average at start: {}", machine(), load());
    let result = (if levels { opt_levels() } else { Ok(()) })
        .and_then(|()| if builds { build_times() } else { Ok(()) });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ward-sweep: {e}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn opt_levels() -> Result {
    let text = ward_benches::chat_text(4096);
    let expected = RedactorCache::new().redact(&text, None).map_err(|e| e.to_string())?;
    println!("\n| opt-level | core module | component | 4 KB redact (median) |");
    println!("|---|---|---|---|");
    for (label, value) in [("3", "3"), ("\"s\"", "\"s\""), ("\"z\"", "\"z\"")] {
        let target = root().join("target/sweep").join(format!("opt-{}", value.trim_matches('"')));
        let override_ = format!("profile.release.package.ward-component.opt-level={value}");
        cargo(
            &[
                "build",
                "--release",
                "-p",
                "ward-component",
                "--target",
                "wasm32-unknown-unknown",
                "--config",
                &override_,
            ],
            &target,
        )?;
        let module_path = target.join("wasm32-unknown-unknown/release/ward_component.wasm");
        let module = std::fs::read(&module_path).map_err(|e| format!("{}: {e}", module_path.display()))?;
        let component = wit_component::ComponentEncoder::default()
            .module(&module)
            .and_then(|encoder| encoder.validate(true).encode())
            .map_err(|e| format!("wrapping {}: {e:#}", module_path.display()))?;
        let mut engine =
            Engine::from_component(&component, Limits::default(), None).map_err(|e| e.to_string())?;
        let per_call = time_calls(&mut engine, &text, &expected.text)?;
        println!(
            "| {label} | {} | {} | {:.2} µs |",
            kib(module.len()),
            kib(component.len()),
            per_call.as_secs_f64() * 1e6
        );
    }
    Ok(())
}

/// Median time of one call over 9 rounds of 1,000 calls, after 500 warm-up calls; every output checked.
fn time_calls(engine: &mut Engine, text: &str, expected: &str) -> Result<Duration> {
    let mut call = || -> Result {
        let out = engine.redact(text, None).map_err(|e| e.to_string())?;
        if out.text == expected { Ok(()) } else { Err("the component disagrees with the native core".into()) }
    };
    for _ in 0..500 {
        call()?;
    }
    let mut rounds = Vec::new();
    for _ in 0..9 {
        let start = Instant::now();
        for _ in 0..1000 {
            call()?;
        }
        rounds.push(start.elapsed() / 1000);
    }
    rounds.sort();
    Ok(rounds[rounds.len() / 2])
}

fn build_times() -> Result {
    println!("\n| clean release build | time |");
    println!("|---|---|");
    let builds: [(&str, &[&str]); 2] = [
        (
            "component (`ward-component`, wasm32-unknown-unknown)",
            &["-p", "ward-component", "--target", "wasm32-unknown-unknown"],
        ),
        ("`ward` (`ward-host`, wasmtime + Cranelift)", &["-p", "ward-host", "--bin", "ward"]),
    ];
    for (name, args) in builds {
        let target = root().join("target/sweep").join(format!("clean-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&target);
        let mut full = vec!["build", "--release"];
        full.extend_from_slice(args);
        let start = Instant::now();
        let result = cargo(&full, &target);
        let elapsed = start.elapsed();
        let _ = std::fs::remove_dir_all(&target);
        result?;
        println!("| {name} | {:.0} s |", elapsed.as_secs_f64());
    }
    Ok(())
}

fn cargo(args: &[&str], target: &Path) -> Result {
    eprintln!("+ CARGO_TARGET_DIR={} cargo {}", target.display(), args.join(" "));
    let status = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(args)
        .env("CARGO_TARGET_DIR", target)
        .current_dir(root())
        .status()
        .map_err(|e| format!("cannot start cargo: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("cargo {} failed with {status}", args.join(" "))) }
}

fn kib(bytes: usize) -> String {
    format!("{:.0} KiB ({bytes} B)", bytes as f64 / 1024.0)
}

fn machine() -> String {
    let cpus = std::thread::available_parallelism().map_or(0, |n| n.get());
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    format!("{cpus}-vCPU {} ({model})", std::env::consts::ARCH)
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .map_or_else(|_| "unknown".into(), |s| s.split_whitespace().take(3).collect::<Vec<_>>().join(" "))
}
