//! A small driver over ward-core's JSON entry points, for the cross-language tests (`tests/otlp/`,
//! `tests/replay/`) and for trying the engine without the CLI:
//!
//! ```text
//! cargo run -p ward-core --example ward_io -- cost FILE [OPTIONS_JSON]
//! cargo run -p ward-core --example ward_io -- otel FILE [OPTIONS_JSON]
//! cargo run -p ward-core --example ward_io -- otel-in FILE
//! cargo run -p ward-core --example ward_io -- traces FILE [OPTIONS_JSON]
//! cargo run -p ward-core --example ward_io -- replay TRACE_ID FILE
//! ```
//! Each command reads FILE, calls one function and prints its output; an error prints its code and
//! exits with status 2.

use std::process::ExitCode;

fn run(args: &[String]) -> Result<String, String> {
    let read = |p: &String| std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"));
    let opt = |i: usize| args.get(i).map(String::as_str);
    let core = |r: Result<String, ward_core::Error>| r.map_err(|e| e.to_string());
    match (opt(0), args.get(1)) {
        (Some("cost"), Some(f)) => core(ward_core::rollup::cost_report(&read(f)?, opt(2))),
        (Some("otel"), Some(f)) => core(ward_core::otel::capture_to_otlp_json(&read(f)?, opt(2))),
        (Some("otel-in"), Some(f)) => core(ward_core::otel::ingest::parse_otlp_traces_json(&read(f)?)),
        (Some("traces"), Some(f)) => core(ward_core::trace::traces_json(&read(f)?, opt(2))),
        (Some("replay"), Some(id)) => {
            let f = args.get(2).ok_or("usage: replay TRACE_ID FILE")?;
            core(ward_core::trace::replay_json(id, &read(f)?))
        }
        _ => Err("usage: ward_io cost|otel|otel-in|traces FILE [OPTIONS_JSON] | replay TRACE_ID FILE".into()),
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(out) => {
            println!("{out}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(2)
        }
    }
}
