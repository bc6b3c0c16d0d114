//! Observability exports: captures (JSONL of LLM exchanges) parsed, priced, rolled up, exported as OTLP
//! and read back, traces summarized and replayed. Core's entry points are JSON text in, JSON text out,
//! so each export stringifies its option object, calls one core function and `JSON.parse`s the result;
//! the TypeScript shapes are in [`crate::types`].

use serde::Serialize;
use ward_core::record::{Record, RecordError, parse_exchange_jsonl};
use ward_core::{cost, otel, rollup, trace};
use wasm_bindgen::prelude::*;

use crate::error::{self, PARSE_FAILED};
use crate::types;

/// The JS shape of a parsed capture (`types::ParsedExchanges`), holding core's values.
#[derive(Serialize)]
struct Split {
    records: Vec<Record>,
    errors: Vec<RecordError>,
}

fn options(value: &JsValue, what: &str) -> Result<Option<String>, JsValue> {
    error::json_arg(value, PARSE_FAILED, what)
}

fn parsed(out: Result<String, ward_core::Error>) -> Result<JsValue, JsValue> {
    error::parse_output(&out.map_err(|e| error::to_js(&e))?)
}

/// Parses a capture: one record per non-blank line, or an error naming the line (`parse_failed`,
/// `unknown_provider`, …); a bad line never aborts the batch.
#[wasm_bindgen(js_name = parseExchanges, unchecked_return_type = "ParsedExchanges")]
pub fn parse_exchanges(jsonl: &str) -> Result<JsValue, JsValue> {
    // Core returns one `Result` per line; the JS shape splits them like core's other entry points
    // (`{records, errors}`, errors carrying their line), which is an encoding of the same list.
    let mut out = Split { records: Vec::new(), errors: Vec::new() };
    for line in parse_exchange_jsonl(jsonl) {
        match line {
            Ok(record) => out.records.push(record),
            Err(e) => out.errors.push(e),
        }
    }
    types::encode_json(&out)
}

/// Parses and prices one exchange: `{record, cost, cost_error}`; an unknown model is a `cost_error`
/// (`unknown_model`), never a zero cost. `prices` merges a LiteLLM-schema override over the built-in table.
#[wasm_bindgen(js_name = priceExchange, unchecked_return_type = "PricedExchange")]
pub fn price_exchange(
    #[wasm_bindgen(unchecked_param_type = "string | object")] exchange: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | PriceOverride | null | undefined")] prices: JsValue,
) -> Result<JsValue, JsValue> {
    let exchange = options(&exchange, "exchange")?.unwrap_or_default();
    let prices = options(&prices, "prices")?;
    parsed(cost::price_exchange_json(&exchange, prices.as_deref()))
}

/// The cost report of a capture, rendered in `options.format` (`text` (default), `json`, `csv`,
/// `prometheus`), as core renders it for the CLI.
#[wasm_bindgen(js_name = costReport)]
pub fn cost_report(
    capture: &str,
    #[wasm_bindgen(unchecked_param_type = "string | ReportOptions | null | undefined")]
    options_value: JsValue,
) -> Result<String, JsValue> {
    let opts = options(&options_value, "report options")?;
    rollup::cost_report(capture, opts.as_deref()).map_err(|e| error::to_js(&e))
}

/// A capture as OTLP/JSON: `{traces, metrics, errors, unpriced}` (an `ExportTraceServiceRequest` and an
/// `ExportMetricsServiceRequest`, ready to POST to `/v1/traces` and `/v1/metrics`).
#[wasm_bindgen(js_name = toOtlp, unchecked_return_type = "OtlpExport")]
pub fn to_otlp(
    capture: &str,
    #[wasm_bindgen(unchecked_param_type = "string | OtelOptions | null | undefined")] options_value: JsValue,
) -> Result<JsValue, JsValue> {
    let opts = options(&options_value, "otel options")?;
    parsed(otel::capture_to_otlp_json(capture, opts.as_deref()))
}

/// Reads OTLP/JSON trace spans carrying GenAI attributes (v1.37 to latest, legacy names too) into
/// records: `{records, errors}`.
#[wasm_bindgen(js_name = parseOtlpTraces, unchecked_return_type = "ParsedExchanges")]
pub fn parse_otlp_traces(
    #[wasm_bindgen(unchecked_param_type = "string | object")] otlp: JsValue,
) -> Result<JsValue, JsValue> {
    let otlp = options(&otlp, "otlp")?.unwrap_or_default();
    parsed(otel::ingest::parse_otlp_traces_json(&otlp))
}

/// Per-trace summaries of a capture (steps, tool-call success, loops, retrieved documents):
/// `{traces, errors}`. `options.trace_id` keeps one trace (`not_found` if absent from the capture).
#[wasm_bindgen(unchecked_return_type = "TracesResult")]
pub fn traces(
    capture: &str,
    #[wasm_bindgen(unchecked_param_type = "string | TraceOptions | null | undefined")] options_value: JsValue,
) -> Result<JsValue, JsValue> {
    let opts = options(&options_value, "trace options")?;
    parsed(trace::traces_json(capture, opts.as_deref()))
}

/// Rebuilds the exact provider request of every model call of trace `trace_id` from the capture alone:
/// `{trace_id, steps, errors}`. `not_found` when the trace has no replayable call.
#[wasm_bindgen(unchecked_return_type = "ReplayResult")]
pub fn replay(trace_id: &str, capture: &str) -> Result<JsValue, JsValue> {
    parsed(trace::replay_json(trace_id, capture))
}
