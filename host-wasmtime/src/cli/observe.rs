//! `ward cost`, `ward otel`, `ward traces`, `ward replay`: a capture (JSONL of LLM exchanges) through the
//! component's observability calls. The CLI builds the options JSON from flags, prints the component's
//! output, and reports per-line errors on stderr as `line N: <code>: <message>` without stopping the batch.

use std::path::Path;

use serde::Deserialize;
use serde_json::{Map, Value, json};
use ward_host::{Engine, Limits};

use super::args::OtelOptions;
use super::{CliError, http, json_line, otlp, print, read_input, read_text};

/// A per-line error as every observability output encodes it.
#[derive(Deserialize)]
struct LineError {
    line: usize,
    code: String,
    message: String,
}

fn report(errors: &[LineError], what: &str) {
    for e in errors {
        eprintln!("ward: line {}: {}: {}{what}", e.line, e.code, e.message);
    }
}

fn decode<T: for<'de> Deserialize<'de>>(text: &str) -> Result<T, CliError> {
    serde_json::from_str(text)
        .map_err(|e| CliError::internal(format!("decoding the component's output: {e}")))
}

/// Adds `"prices": <override JSON>` when `--prices FILE` was given.
fn with_prices(mut opts: Map<String, Value>, prices: Option<&Path>) -> Result<String, CliError> {
    if let Some(path) = prices {
        let text = read_text(path)?;
        let value: Value = serde_json::from_str(&text).map_err(|e| CliError {
            code: "parse_failed".into(),
            message: format!("{}: price override is not JSON: {e}", path.display()),
            exit: 1,
        })?;
        opts.insert("prices".into(), value);
    }
    Ok(Value::Object(opts).to_string())
}

/// Per-line errors of a capture, from the component's parser.
fn capture_errors(engine: &mut Engine, capture: &str) -> Result<Vec<LineError>, CliError> {
    #[derive(Deserialize)]
    struct Parsed {
        errors: Vec<LineError>,
    }
    let parsed: Parsed = decode(&engine.parse_exchanges(capture)?)?;
    Ok(parsed.errors)
}

pub fn cost(
    file: &Path,
    format: &str,
    now: Option<String>,
    top: Option<String>,
    prices: Option<&Path>,
    limits: Limits,
) -> Result<(), CliError> {
    let capture = read_input(Some(file), limits.max_input_bytes)?;
    let mut opts = Map::new();
    opts.insert("format".into(), json!(format));
    if let Some(now) = now {
        opts.insert("now".into(), json!(now));
    }
    if let Some(top) = top {
        let n: usize = top.parse().map_err(|_| CliError::usage(format!("--top: `{top}` is not a number")))?;
        opts.insert("top".into(), json!(n));
    }
    let opts = with_prices(opts, prices)?;
    let mut engine = Engine::new(limits)?;
    let out = engine.cost_report(&capture, Some(&opts)).map_err(|e| CliError::about(Some(file), e))?;
    report(&capture_errors(&mut engine, &capture)?, " (skipped)");
    print(out.as_bytes())?;
    if !out.ends_with('\n') { print(b"\n") } else { Ok(()) }
}

/// The OTLP export as the component encodes it.
#[derive(Deserialize)]
struct Export {
    traces: Value,
    metrics: Value,
    errors: Vec<LineError>,
    unpriced: Vec<LineError>,
}

pub fn otel(o: &OtelOptions) -> Result<(), CliError> {
    let capture = read_input(Some(&o.file), o.limits.max_input_bytes)?;
    let mut opts = Map::new();
    opts.insert("content".into(), json!(o.content));
    opts.insert("cost_detail".into(), json!(o.cost_detail));
    if let Some(s) = &o.semconv {
        opts.insert("semconv".into(), json!(s));
    }
    if let Some(s) = &o.service_name {
        opts.insert("service_name".into(), json!(s));
    }
    // Forwarded verbatim: core decides what opts in (a comma list, like every OTel SDK reads it).
    if let Ok(v) = std::env::var("OTEL_SEMCONV_STABILITY_OPT_IN") {
        opts.insert("semconv_opt_in".into(), json!(v));
    }
    let opts = with_prices(opts, o.prices.as_deref())?;
    let mut engine = Engine::new(o.limits)?;
    let out = engine.to_otlp(&capture, Some(&opts)).map_err(|e| CliError::about(Some(&o.file), e))?;
    let export: Export = decode(&out)?;
    report(&export.errors, " (skipped)");
    report(&export.unpriced, " (exported without gen_ai.usage.cost)");
    match &o.endpoint {
        None => {
            print(&json_line(&export.traces)?)?;
            print(&json_line(&export.metrics)?)
        }
        Some(url) => send(url, o, &export),
    }
}

/// `--signals`: a comma list of `traces` and `metrics`; (traces, metrics) to send.
fn signals(list: Option<&str>) -> Result<(bool, bool), CliError> {
    let Some(list) = list else { return Ok((true, true)) };
    let (mut traces, mut metrics) = (false, false);
    for name in list.split(',').map(str::trim) {
        match name {
            "traces" => traces = true,
            "metrics" => metrics = true,
            _ => return Err(CliError::usage(format!("--signals: `{name}` is not traces or metrics"))),
        }
    }
    Ok((traces, metrics))
}

/// POSTs the export to an OTLP/HTTP receiver, one request per signal.
fn send(url: &str, o: &OtelOptions, export: &Export) -> Result<(), CliError> {
    let env = std::env::var(otlp::PROTOCOL_ENV).ok();
    let protocol = otlp::Protocol::resolve(o.protocol.as_deref(), env.as_deref())?;
    let (traces, metrics) = signals(o.signals.as_deref())?;
    let mut posts = Vec::new();
    if traces {
        posts.push(("/v1/traces", otlp::traces_body(&export.traces, protocol)?));
    }
    if metrics {
        posts.push(("/v1/metrics", otlp::metrics_body(&export.metrics, protocol)?));
    }
    for (path, body) in posts {
        let r = http::post(url, path, protocol.content_type(), &body)?;
        if !(200..300).contains(&r.status) {
            return Err(CliError {
                code: "http".into(),
                message: format!(
                    "{url}{path}: status {}: {}",
                    r.status,
                    String::from_utf8_lossy(&r.body).chars().take(500).collect::<String>()
                ),
                exit: 1,
            });
        }
        eprintln!("ward: {url}{path}: {} ({})", r.status, protocol.content_type());
    }
    Ok(())
}

pub fn traces(
    file: &Path,
    trace_id: Option<String>,
    prices: Option<&Path>,
    limits: Limits,
) -> Result<(), CliError> {
    let capture = read_input(Some(file), limits.max_input_bytes)?;
    let mut opts = Map::new();
    if let Some(id) = trace_id {
        opts.insert("trace_id".into(), json!(id));
    }
    let opts = with_prices(opts, prices)?;
    let mut engine = Engine::new(limits)?;
    let out = engine.traces(&capture, Some(&opts)).map_err(|e| CliError::about(Some(file), e))?;
    #[derive(Deserialize)]
    struct Out {
        traces: Value,
        errors: Vec<LineError>,
    }
    let out: Out = decode(&out)?;
    report(&out.errors, " (skipped)");
    let mut text = serde_json::to_vec_pretty(&out.traces).map_err(|e| CliError::internal(e.to_string()))?;
    text.push(b'\n');
    print(&text)
}

/// One rebuilt step, as the component encodes it.
#[derive(Deserialize)]
struct Replay {
    steps: Vec<Value>,
    errors: Vec<LineError>,
}

pub fn replay(trace_id: &str, file: &Path, send: Option<&str>, limits: Limits) -> Result<(), CliError> {
    let capture = read_input(Some(file), limits.max_input_bytes)?;
    let mut engine = Engine::new(limits)?;
    let out = engine.replay(trace_id, &capture).map_err(|e| CliError::about(Some(file), e))?;
    let out: Replay = decode(&out)?;
    report(&out.errors, " (skipped)");
    for step in &out.steps {
        let Some(base) = send else {
            print(&json_line(step)?)?;
            continue;
        };
        let path = step.get("path").and_then(Value::as_str).unwrap_or_default();
        let body = serde_json::to_vec(step.get("request").unwrap_or(&Value::Null))
            .map_err(|e| CliError::internal(e.to_string()))?;
        let r = http::post_json(base, path, &body)?;
        let text = String::from_utf8_lossy(&r.body);
        let body = serde_json::from_str::<Value>(&text).unwrap_or_else(|_| Value::String(text.into_owned()));
        let span = step.get("span_id").cloned().unwrap_or(Value::Null);
        print(&json_line(&json!({"span_id": span, "status": r.status, "body": body}))?)?;
    }
    Ok(())
}
