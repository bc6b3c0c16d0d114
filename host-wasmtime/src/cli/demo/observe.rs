//! Parts 2 to 4 of `ward demo`: cost, agent traces and OpenTelemetry, each one component call on the
//! redacted capture, laid out here as short tables (the full outputs are `ward cost`, `ward traces` and
//! `ward otel`).

use std::fmt::Write as _;

use serde::Deserialize;
use serde_json::Value;
use ward_host::Engine;

use super::redaction::LineError;
use super::{clip, decode, plural};
use crate::cli::CliError;

/// Token and cost totals of one rollup row (the component's cost report, `format: json`).
#[derive(Deserialize)]
struct Totals {
    calls: u64,
    failed_calls: u64,
    input_tokens: u64,
    output_tokens: u64,
    cache_read_input_tokens: u64,
    cache_hit_rate: Option<f64>,
    cost_usd: f64,
    unpriced_calls: u64,
}

#[derive(Deserialize)]
struct Row {
    key: String,
    #[serde(flatten)]
    totals: Totals,
}

#[derive(Deserialize)]
struct UnknownModel {
    model: String,
}

#[derive(Deserialize)]
struct CostReport {
    total: Totals,
    by_model: Vec<Row>,
    unknown_models: Vec<UnknownModel>,
    record_errors: Vec<LineError>,
    price_source: String,
}

fn pct(r: Option<f64>) -> String {
    r.map_or_else(|| "-".to_string(), |r| format!("{:.1}%", r * 100.0))
}

/// Part 2: cost per model, cache-hit rate, total, unpriced models and unreadable lines.
pub(super) fn cost(engine: &mut Engine, out: &mut String, capture: &str) -> Result<(), CliError> {
    let report: CostReport = decode(&engine.cost_report(capture, Some(r#"{"format": "json"}"#))?)?;
    let width = report.by_model.iter().map(|r| r.key.len()).max().unwrap_or(0).max("model".len());
    let _ = writeln!(
        out,
        "{:<width$}  {:>5}  {:>6}  {:>6}  {:>10}  {:>6}  {:>9}  {:>9}",
        "model", "calls", "failed", "input", "cache read", "output", "cache hit", "cost USD"
    );
    for r in &report.by_model {
        let t = &r.totals;
        let _ = writeln!(
            out,
            "{:<width$}  {:>5}  {:>6}  {:>6}  {:>10}  {:>6}  {:>9}  {:>9.6}",
            r.key,
            t.calls,
            t.failed_calls,
            t.input_tokens,
            t.cache_read_input_tokens,
            t.output_tokens,
            pct(t.cache_hit_rate),
            t.cost_usd
        );
    }
    let t = &report.total;
    let _ = writeln!(
        out,
        "total: {} ({} failed), cost ${:.6}, cache hit {} ({} of {} input tokens read from cache)",
        plural(t.calls as usize, "call"),
        t.failed_calls,
        t.cost_usd,
        pct(t.cache_hit_rate),
        t.cache_read_input_tokens,
        t.input_tokens
    );
    let _ = writeln!(
        out,
        "prices: {}; a model missing from them is listed, never priced at $0",
        report.price_source
    );
    if t.unpriced_calls > 0 {
        let models: Vec<&str> = report.unknown_models.iter().map(|m| m.model.as_str()).collect();
        let _ =
            writeln!(out, "unpriced: {} ({})", plural(t.unpriced_calls as usize, "call"), models.join(", "));
    }
    for e in &report.record_errors {
        let _ = writeln!(out, "line {}: {}: {} (skipped)", e.line, e.code, clip(&e.message, 70));
    }
    Ok(())
}

#[derive(Deserialize)]
struct ToolCall {
    name: String,
    #[serde(default)]
    call_id: Option<String>,
    ok: bool,
    #[serde(default)]
    error: Option<String>,
}

#[derive(Deserialize)]
struct Loop {
    name: String,
    arguments: Value,
    count: u64,
}

#[derive(Deserialize)]
struct Rag {
    #[serde(default)]
    query: Option<String>,
    #[serde(default)]
    data_source: Option<String>,
    documents: Vec<Document>,
    #[serde(default)]
    answer: Option<String>,
}

#[derive(Deserialize)]
struct Document {
    id: String,
    #[serde(default)]
    score: Option<f64>,
}

#[derive(Deserialize)]
struct Node {
    name: String,
    #[serde(default)]
    duration_s: Option<f64>,
    #[serde(default)]
    error: Option<String>,
    line: usize,
    children: Vec<Node>,
}

#[derive(Deserialize)]
struct Trace {
    trace_id: String,
    steps: u64,
    llm_calls: u64,
    #[serde(default)]
    duration_s: Option<f64>,
    cost_usd: f64,
    tool_calls: Vec<ToolCall>,
    #[serde(default)]
    tool_success_rate: Option<f64>,
    loops: Vec<Loop>,
    rag: Vec<Rag>,
    tree: Vec<Node>,
}

#[derive(Deserialize)]
struct Traces {
    traces: Vec<Trace>,
}

fn secs(d: Option<f64>) -> String {
    d.map_or_else(String::new, |d| format!("{d:.2} s"))
}

fn tree(out: &mut String, nodes: &[Node], depth: usize) {
    for n in nodes {
        let label = format!("{:indent$}{}", "", n.name, indent = depth * 2);
        let error = n.error.as_deref().map(|e| format!("  error: {e}")).unwrap_or_default();
        let _ = writeln!(out, "  {label:<34} {:>8}  line {:>2}{error}", secs(n.duration_s), n.line);
        tree(out, &n.children, depth + 1);
    }
}

/// Part 3: every multi-step trace (tree, tool success, loops, retrieval next to the answer); single
/// calls are only counted. Returns the id of the first multi-step trace.
pub(super) fn traces(
    engine: &mut Engine,
    out: &mut String,
    capture: &str,
) -> Result<Option<String>, CliError> {
    let all: Traces = decode(&engine.traces(capture, None)?)?;
    let (agents, single): (Vec<&Trace>, Vec<&Trace>) = all.traces.iter().partition(|t| t.steps > 1);
    for t in &agents {
        let _ = writeln!(
            out,
            "trace {}: {} ({} model calls), {}, ${:.6}",
            t.trace_id,
            plural(t.steps as usize, "step"),
            t.llm_calls,
            secs(t.duration_s),
            t.cost_usd
        );
        tree(out, &t.tree, 0);
        let ok = t.tool_calls.iter().filter(|c| c.ok).count();
        let _ = writeln!(
            out,
            "tool calls: {ok} of {} succeeded ({})",
            t.tool_calls.len(),
            pct(t.tool_success_rate)
        );
        for c in t.tool_calls.iter().filter(|c| !c.ok) {
            let _ = writeln!(
                out,
                "  failed: {} {} ({})",
                c.name,
                c.call_id.as_deref().unwrap_or("-"),
                c.error.as_deref().unwrap_or("error")
            );
        }
        for l in &t.loops {
            let _ = writeln!(
                out,
                "loop: {} {} requested {} times with identical arguments",
                l.name, l.arguments, l.count
            );
        }
        for r in &t.rag {
            let docs: Vec<String> = r
                .documents
                .iter()
                .map(|d| d.score.map_or_else(|| d.id.clone(), |s| format!("{} ({s:.2})", d.id)))
                .collect();
            let _ = writeln!(
                out,
                "retrieval: \"{}\" in {} -> {}",
                r.query.as_deref().unwrap_or(""),
                r.data_source.as_deref().unwrap_or("-"),
                docs.join(", ")
            );
            if let Some(a) = &r.answer {
                let _ = writeln!(out, "  answer: {}", clip(a, 110));
            }
        }
    }
    if !single.is_empty() {
        let _ = writeln!(out, "{} with a single call each", plural(single.len(), "other trace"));
    }
    Ok(agents.first().map(|t| t.trace_id.clone()))
}

/// The OTLP export of a capture.
pub(super) struct Otlp {
    pub traces: String,
    pub metrics: String,
}

#[derive(Deserialize)]
struct Export {
    traces: Value,
    metrics: Value,
    errors: Vec<LineError>,
}

fn items<'a>(v: &'a Value, path: &[&str]) -> Vec<&'a Value> {
    let mut level = vec![v];
    for key in path {
        level = level
            .into_iter()
            .flat_map(|n| n.get(*key).and_then(Value::as_array).into_iter().flatten())
            .collect();
    }
    level
}

/// Part 4: the OTLP/JSON export with message content (the capture is already redacted); returns the
/// two request bodies for the caller to write.
pub(super) fn otel(engine: &mut Engine, out: &mut String, capture: &str) -> Result<Otlp, CliError> {
    let export: Export =
        decode(&engine.to_otlp(capture, Some(r#"{"content": true, "cost_detail": true}"#))?)?;
    let spans = items(&export.traces, &["resourceSpans", "scopeSpans", "spans"]);
    let mut ops: Vec<(String, usize)> = Vec::new();
    for s in &spans {
        let op = items(s, &["attributes"])
            .into_iter()
            .find(|a| a["key"] == "gen_ai.operation.name")
            .and_then(|a| a.pointer("/value/stringValue"))
            .and_then(Value::as_str)
            .unwrap_or("other")
            .to_string();
        match ops.iter_mut().find(|(o, _)| *o == op) {
            Some((_, n)) => *n += 1,
            None => ops.push((op, 1)),
        }
    }
    let ops: Vec<String> = ops.iter().map(|(o, n)| format!("{n} {o}")).collect();
    let trace_ids: std::collections::BTreeSet<&str> =
        spans.iter().filter_map(|s| s["traceId"].as_str()).collect();
    let metrics = items(&export.metrics, &["resourceMetrics", "scopeMetrics", "metrics"]);
    let points: usize = metrics
        .iter()
        .map(|m| {
            ["histogram", "sum", "gauge"].iter().map(|k| items(&m[*k], &["dataPoints"]).len()).sum::<usize>()
        })
        .sum();
    let names: Vec<&str> = metrics.iter().filter_map(|m| m["name"].as_str()).collect();
    let _ = writeln!(
        out,
        "{} ({}) in {}",
        plural(spans.len(), "span"),
        ops.join(", "),
        plural(trace_ids.len(), "trace")
    );
    let _ = writeln!(
        out,
        "{} with {} data points: {}",
        plural(metrics.len(), "metric"),
        points,
        names.join(", ")
    );
    for e in &export.errors {
        let _ = writeln!(out, "line {}: {}: {} (skipped)", e.line, e.code, clip(&e.message, 70));
    }
    let encode =
        |v: &Value| serde_json::to_string(v).map_err(|e| CliError::internal(format!("encoding OTLP: {e}")));
    Ok(Otlp { traces: encode(&export.traces)?, metrics: encode(&export.metrics)? })
}
