//! OpenTelemetry: records out as OTLP/JSON spans and metrics (GenAI semantic conventions), and OTLP/JSON
//! spans in as records.
//!
//! Why JSON strings in and out: every host (WIT component, npm, Envoy, CLI) can forward a string; the
//! CLI's `--endpoint` POSTs the output as is to `/v1/traces` and `/v1/metrics` (OTLP/HTTP with
//! `Content-Type: application/json`).
//!
//! ## Conventions
//! [`Semconv::V1_41`] (default) emits the names of semantic-conventions v1.41, the last core release with
//! GenAI. [`Semconv::Latest`] emits the latest experimental names of the GenAI repository
//! (`gen_ai.usage.cache_write.input_tokens`, integer `gen_ai.request.top_k`, token counters
//! `gen_ai.client.inference.usage.*`, `gen_ai.client.inference.duration`); hosts map
//! `OTEL_SEMCONV_STABILITY_OPT_IN=gen_ai_latest_experimental` to it.
//!
//! ## Content
//! `gen_ai.input.messages`, `gen_ai.output.messages`, `gen_ai.system_instructions`,
//! `gen_ai.tool.definitions`, tool arguments/results and the retrieval query text are Opt-In in the
//! conventions and are emitted only with [`OtelOptions::content`]. ward does **not** redact them here:
//! the caller must run the records through redaction first (the CLI does; a library user must).
//! Retrieved document ids and scores carry no content and are always emitted.

mod anyvalue;
pub mod attributes;
pub mod ingest;
mod ingest_attrs;
pub mod metrics;
pub mod traces;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

pub use ingest::{SpanError, parse_otlp_traces};
pub use metrics::encode_otlp_metrics;
pub use traces::encode_otlp_traces;

use crate::Error;
use crate::cost::{PriceTable, Priced, price};
use crate::record::{Record, RecordError, parse_exchange_jsonl};

/// Which attribute and metric names to emit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Semconv {
    /// semantic-conventions v1.41 (default).
    #[default]
    #[serde(rename = "v1_41", alias = "v1.41")]
    V1_41,
    /// The latest experimental GenAI names (`gen_ai_latest_experimental`).
    Latest,
}

impl Semconv {
    /// The host mapping of `OTEL_SEMCONV_STABILITY_OPT_IN` (a comma list): `gen_ai_latest_experimental`
    /// selects [`Semconv::Latest`].
    pub fn from_opt_in(value: &str) -> Semconv {
        if value.split(',').any(|v| v.trim() == "gen_ai_latest_experimental") {
            Semconv::Latest
        } else {
            Semconv::V1_41
        }
    }

    /// The schema URL written on the instrumentation scope.
    pub fn schema_url(self) -> &'static str {
        match self {
            Semconv::V1_41 => "https://opentelemetry.io/schemas/1.41.0",
            Semconv::Latest => "https://opentelemetry.io/schemas/gen-ai/1.42.0",
        }
    }
}

/// Encoding options (JSON: `{"semconv": "v1_41"|"latest", "content": false, "service_name": "ward",
/// "cost_detail": false, "semconv_opt_in": "<OTEL_SEMCONV_STABILITY_OPT_IN>"}`, every field optional).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct OtelOptions {
    /// Attribute and metric names.
    pub semconv: Semconv,
    /// Emit the Opt-In content attributes. Redact the records before.
    pub content: bool,
    /// Resource `service.name`.
    pub service_name: String,
    /// Also emit `gen_ai.usage.cost.{amount,currency,source}` (proposal semantic-conventions-genai#443).
    pub cost_detail: bool,
    /// The value of `OTEL_SEMCONV_STABILITY_OPT_IN`, forwarded verbatim by hosts: when it lists
    /// `gen_ai_latest_experimental`, it overrides `semconv` with [`Semconv::Latest`].
    pub semconv_opt_in: Option<String>,
}

impl OtelOptions {
    /// The convention in effect (`semconv_opt_in` wins when it opts in).
    pub fn effective(&self) -> OtelOptions {
        let mut o = self.clone();
        if let Some(v) = &self.semconv_opt_in
            && Semconv::from_opt_in(v) == Semconv::Latest
        {
            o.semconv = Semconv::Latest;
        }
        o
    }
}

impl Default for OtelOptions {
    fn default() -> Self {
        OtelOptions {
            semconv: Semconv::V1_41,
            content: false,
            service_name: "ward".into(),
            cost_detail: false,
            semconv_opt_in: None,
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The trace and span id of a record: its own, else ids derived from a hash of the record, so that the
/// same capture always gives the same ids (no randomness, no clock). A record without ids is a root span
/// of its own trace.
pub(crate) fn ids(r: &Record) -> (String, String) {
    if let (Some(t), Some(s)) = (&r.trace_id, &r.span_id) {
        return (t.clone(), s.clone());
    }
    let mut h = Sha256::new();
    h.update(serde_json::to_vec(r).unwrap_or_default());
    let d = h.finalize();
    let mut trace = hex(&d[..16]);
    let mut span = hex(&d[16..24]);
    // All-zero ids are invalid in OTLP; a SHA-256 prefix of zeros is astronomically unlikely, but be exact.
    if trace.bytes().all(|b| b == b'0') {
        trace.replace_range(31..32, "1");
    }
    if span.bytes().all(|b| b == b'0') {
        span.replace_range(15..16, "1");
    }
    (r.trace_id.clone().unwrap_or(trace), r.span_id.clone().unwrap_or(span))
}

/// A capture converted for export: OTLP/JSON traces and metrics, and the lines that did not parse.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OtlpExport {
    /// An `ExportTraceServiceRequest`.
    pub traces: Value,
    /// An `ExportMetricsServiceRequest`.
    pub metrics: Value,
    /// Per-line errors (the other lines are exported).
    pub errors: Vec<RecordError>,
    /// Model calls that could not be priced (`unknown_model`): exported without `gen_ai.usage.cost`.
    pub unpriced: Vec<RecordError>,
}

/// Parses a capture, prices each call (an unknown model gets no cost attribute, never 0) and encodes.
pub fn capture_to_otlp(capture_jsonl: &str, table: &PriceTable, opts: &OtelOptions) -> OtlpExport {
    let opts = &opts.effective();
    let mut items = Vec::new();
    let mut errors = Vec::new();
    let mut unpriced = Vec::new();
    for r in parse_exchange_jsonl(capture_jsonl) {
        match r {
            Ok(rec) => {
                let p = priced(&rec, table, &mut unpriced);
                items.push((rec, p));
            }
            Err(e) => errors.push(e),
        }
    }
    OtlpExport {
        traces: encode_otlp_traces(&items, opts),
        metrics: encode_otlp_metrics(&items, opts),
        errors,
        unpriced,
    }
}

fn priced(rec: &Record, table: &PriceTable, unpriced: &mut Vec<RecordError>) -> Option<Priced> {
    if rec.usage.is_none() || !crate::rollup::is_model_call(rec) {
        return None;
    }
    match price(rec, table) {
        Ok(p) => Some(p),
        Err(e) => {
            unpriced.push(RecordError { line: rec.line, code: e.code().into(), message: e.message().into() });
            None
        }
    }
}

/// JSON in, JSON out for every host: a capture and options JSON ([`OtelOptions`] plus an optional
/// `"prices"` LiteLLM-schema override) → the [`OtlpExport`] as JSON.
pub fn capture_to_otlp_json(capture_jsonl: &str, options_json: Option<&str>) -> Result<String, Error> {
    let mut v: Value = match options_json.map(str::trim).filter(|s| !s.is_empty()) {
        Some(t) => serde_json::from_str(t).map_err(|e| Error::parse(format!("otel options: {e}")))?,
        None => json!({}),
    };
    let prices = v.as_object_mut().and_then(|o| o.remove("prices"));
    let opts: OtelOptions =
        serde_json::from_value(v).map_err(|e| Error::parse(format!("otel options: {e}")))?;
    let owned;
    let table = match prices {
        Some(p) => {
            owned = PriceTable::builtin_with_override(&p.to_string())?;
            &owned
        }
        None => PriceTable::builtin()?,
    };
    serde_json::to_string(&capture_to_otlp(capture_jsonl, table, &opts))
        .map_err(|e| Error::internal(e.to_string()))
}
