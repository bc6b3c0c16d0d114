//! `ward demo`: the whole of ward on one bundled capture, through the embedded component.
//!
//! The capture (`demo/capture.jsonl`, written by `demo/gen_capture.py`) is 16 lines of LLM traffic in the
//! capture format: OpenAI Chat (JSON and SSE), OpenAI Responses, Anthropic Messages (JSON and SSE, one with
//! cache reads), a rate-limited call, an agent run with retrieval and tool calls, and a line cut off
//! mid-write. It goes through the same calls a deployment makes, in order: redact the capture with one
//! vault, then cost, traces and OpenTelemetry on the redacted capture only, so nothing downstream of
//! redaction sees an original value. A final check looks for every replaced value in what was written.
//!
//! All logic is the component's; this module picks what to show and lays it out. The output depends only
//! on the capture and the output directory, so it is the same on every run.

mod observe;
mod redaction;

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use ward_host::Engine;

use super::{CliError, print};

/// The bundled capture.
pub const CAPTURE: &str = include_str!("../../../demo/capture.jsonl");

/// Where the files go without `--out`: a fixed directory under the system temp dir, overwritten by each
/// run (a fixed name keeps the output the same from run to run).
pub fn default_out_dir() -> PathBuf {
    std::env::temp_dir().join("ward-demo")
}

pub fn run(engine: &mut Engine, out_dir: &Path) -> Result<(), CliError> {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "ward demo: a capture of {} (OpenAI Chat, OpenAI Responses, Anthropic Messages; JSON and SSE;\n\
         an agent run with retrieval and tool calls), through the ward component (engine {}) under wasmtime {}",
        plural(CAPTURE.lines().count(), "LLM exchange line"),
        engine.version()?,
        ward_host::WASMTIME_VERSION
    );

    heading(
        &mut out,
        "1. Redaction: request and response bodies, streams, tool calls; one vault for the capture",
    );
    let vault = engine.vault()?;
    let red = redaction::redact(engine, CAPTURE, &vault)?;
    redaction::section(engine, &mut out, CAPTURE, &red, &vault)?;

    heading(&mut out, "2. Cost (from the redacted capture)");
    observe::cost(engine, &mut out, &red.text)?;

    heading(&mut out, "3. Agent traces (from the redacted capture)");
    let agent_trace = observe::traces(engine, &mut out, &red.text)?;

    heading(
        &mut out,
        "4. OpenTelemetry: OTLP/JSON, GenAI conventions, message content included (it is redacted)",
    );
    let otlp = observe::otel(engine, &mut out, &red.text)?;

    std::fs::create_dir_all(out_dir).map_err(|e| CliError::io(out_dir, &e))?;
    let files = [
        ("capture.jsonl", CAPTURE),
        ("capture.redacted.jsonl", red.text.as_str()),
        ("otlp-traces.json", otlp.traces.as_str()),
        ("otlp-metrics.json", otlp.metrics.as_str()),
    ];
    for (name, text) in files {
        let path = out_dir.join(name);
        std::fs::write(&path, text).map_err(|e| CliError::io(&path, &e))?;
    }
    let dir = out_dir.display();
    let _ =
        writeln!(out, "wrote {dir}/otlp-traces.json and {dir}/otlp-metrics.json (OTLP/HTTP request bodies)");

    // The promise of part 1, checked on what was written: no replaced value survives anywhere.
    let originals = redaction::originals(engine, CAPTURE, &red.findings, &vault)?;
    let written = [red.text.as_str(), otlp.traces.as_str(), otlp.metrics.as_str()];
    let leaked: Vec<&String> = originals.iter().filter(|v| written.iter().any(|w| contains(w, v))).collect();
    if leaked.is_empty() {
        let _ = writeln!(
            out,
            "leak check: none of the {} distinct replaced values occurs in the redacted capture or the OTLP files",
            originals.len()
        );
    } else {
        let shown: Vec<String> = leaked.iter().map(|v| format!("{v:?}")).collect();
        let _ = writeln!(out, "leak check: FAILED, still present: {}", shown.join(", "));
    }

    heading(&mut out, "Next");
    let _ = writeln!(out, "the capture and its redacted copy are in {dir}/; the full reports:");
    let _ = writeln!(out, "  ward cost {dir}/capture.jsonl          (also --json, --csv, --prometheus)");
    let _ = writeln!(out, "  ward traces {dir}/capture.redacted.jsonl");
    let _ = writeln!(
        out,
        "  ward otel {dir}/capture.redacted.jsonl --content [--endpoint http://127.0.0.1:4318]"
    );
    if let Some(id) = agent_trace {
        let _ = writeln!(out, "  ward replay {id} {dir}/capture.jsonl");
    }
    print(out.as_bytes())?;
    if leaked.is_empty() {
        Ok(())
    } else {
        Err(CliError::internal(format!("{} replaced values are still present in the output", leaked.len())))
    }
}

fn heading(out: &mut String, title: &str) {
    let _ = writeln!(out, "\n== {title}");
}

/// `text` contains `value` as written or JSON-escaped (a value with quotes is escaped inside JSON).
fn contains(text: &str, value: &str) -> bool {
    if text.contains(value) {
        return true;
    }
    let escaped = serde_json::to_string(value).unwrap_or_default();
    let escaped = escaped.get(1..escaped.len().saturating_sub(1)).unwrap_or_default();
    !escaped.is_empty() && escaped != value && text.contains(escaped)
}

/// `1 line`, `16 lines`.
fn plural(n: usize, what: &str) -> String {
    if n == 1 { format!("1 {what}") } else { format!("{n} {what}s") }
}

/// At most `max` characters of `text`, `…` marking a cut.
fn clip(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((i, _)) => format!("{}…", text.get(..i).unwrap_or(text)),
        None => text.to_string(),
    }
}

/// Decodes the component's JSON output.
fn decode<T: for<'de> serde::Deserialize<'de>>(text: &str) -> Result<T, CliError> {
    serde_json::from_str(text)
        .map_err(|e| CliError::internal(format!("decoding the component's output: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn capture_is_json_lines_but_the_last() {
        let lines: Vec<&str> = CAPTURE.lines().collect();
        let (last, rest) = lines.split_last().unwrap_or((&"", &[]));
        for line in rest {
            assert!(serde_json::from_str::<serde_json::Value>(line).is_ok(), "{line}");
        }
        assert!(
            serde_json::from_str::<serde_json::Value>(last).is_err(),
            "the last line is cut off on purpose"
        );
    }

    #[test]
    fn helpers() {
        assert_eq!(plural(1, "line"), "1 line");
        assert_eq!(plural(2, "line"), "2 lines");
        assert_eq!(clip("héllo", 2), "hé…");
        assert_eq!(clip("hé", 2), "hé");
        assert!(contains(r#"{"a": "say \"hi\""}"#, "say \"hi\""));
        assert!(!contains("abc", "x"));
    }
}
