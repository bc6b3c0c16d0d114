//! Agents and RAG: nested traces from parent span ids, per-trace summaries (steps, tool-call success,
//! loops, retrieved documents next to the answer) and replay of every model call of a trace.
//!
//! One concept per module: [`tree`] (nesting), [`tools`] (joining tool calls across the trace),
//! [`summary`] (the per-trace report) and [`replay`] (rebuilding provider requests). The capture
//! carries agent, tool and retrieval steps as lines with an `operation` field (see
//! [`crate::record::step`]); spans read from OTLP carry them as GenAI attributes.
//!
//! Host entry points are JSON in, JSON out: [`traces_json`] and [`replay_json`].

pub mod replay;
mod replay_wire;
pub mod summary;
pub mod tools;
pub mod tree;

use serde::Deserialize;
use serde_json::json;

pub use replay::{ReplayStep, replay};
pub use summary::{TraceSummary, summarize};

use crate::Error;
use crate::cost::PriceTable;
use crate::record::{Record, parse_exchange_jsonl};

/// Summaries of every trace among `records` (records without a trace id are not part of any trace).
pub fn summarize_all(records: &[Record], table: &PriceTable) -> Vec<TraceSummary> {
    tree::group_by_trace(records).iter().map(|(id, recs)| summarize(id, recs, table)).collect()
}

/// Options of [`traces_json`]: `{"trace_id": "…" (only this trace), "prices": {override}}`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct TraceOptions {
    /// Only this trace.
    pub trace_id: Option<String>,
    /// A LiteLLM-schema price override merged over the built-in table.
    pub prices: Option<serde_json::Value>,
}

fn split(capture_jsonl: &str) -> (Vec<Record>, Vec<crate::record::RecordError>) {
    let (mut ok, mut errors) = (Vec::new(), Vec::new());
    for r in parse_exchange_jsonl(capture_jsonl) {
        match r {
            Ok(rec) => ok.push(rec),
            Err(e) => errors.push(e),
        }
    }
    (ok, errors)
}

/// A capture → `{"traces": [TraceSummary…], "errors": [RecordError…]}`. `not_found` when a requested
/// trace id is not in the capture.
pub fn traces_json(capture_jsonl: &str, options_json: Option<&str>) -> Result<String, Error> {
    let opts: TraceOptions = match options_json.map(str::trim).filter(|s| !s.is_empty()) {
        Some(t) => serde_json::from_str(t).map_err(|e| Error::parse(format!("trace options: {e}")))?,
        None => TraceOptions::default(),
    };
    let owned;
    let table = match &opts.prices {
        Some(p) => {
            owned = PriceTable::builtin_with_override(&p.to_string())?;
            &owned
        }
        None => PriceTable::builtin()?,
    };
    let (records, errors) = split(capture_jsonl);
    let mut traces = summarize_all(&records, table);
    if let Some(id) = &opts.trace_id {
        let id = id.to_ascii_lowercase();
        traces.retain(|t| t.trace_id == id);
        if traces.is_empty() {
            return Err(Error::not_found(format!("trace `{id}` is not in the capture")));
        }
    }
    serde_json::to_string(&json!({ "traces": traces, "errors": errors }))
        .map_err(|e| Error::internal(e.to_string()))
}

/// `ward replay TRACE_ID FILE`: `{"trace_id", "steps": [ReplayStep…], "errors": [RecordError…]}`.
/// `not_found` when the trace has no OpenAI Chat, OpenAI Responses or Anthropic Messages call in the capture.
pub fn replay_json(trace_id: &str, capture_jsonl: &str) -> Result<String, Error> {
    let id = trace_id.trim().to_ascii_lowercase();
    let (records, errors) = split(capture_jsonl);
    let steps = replay(&id, &records);
    if steps.is_empty() {
        return Err(Error::not_found(format!("trace `{id}` has no replayable model call in the capture")));
    }
    serde_json::to_string(&json!({ "trace_id": id, "steps": steps, "errors": errors }))
        .map_err(|e| Error::internal(e.to_string()))
}
