//! Observability calls: core's JSON-in, JSON-out entry points through the component (WIT `api`):
//! parse a capture, price one exchange, cost report, OTLP export and ingest, traces, replay.
//!
//! Results are returned as the component's JSON text, unparsed: the CLI prints most of them as they are,
//! and a library user decodes only what it needs.

use crate::bindings::exports::ward::engine::api;
use crate::{Engine, HostError};

fn domain(r: Result<String, api::Error>) -> Result<String, HostError> {
    r.map_err(|e| HostError::from_component(e.code, e.message))
}

impl Engine {
    /// A capture (JSONL of exchanges) → `{"records": [...], "errors": [{"line", "code", "message"}]}`.
    pub fn parse_exchanges(&mut self, capture: &str) -> Result<String, HostError> {
        self.check_input(capture.len())?;
        self.call(capture.len(), |live| {
            live.instance.ward_engine_api().call_parse_exchanges(&mut live.store, capture)
        })
    }

    /// One exchange (JSON) → `{"record", "cost", "cost_error"}`; `prices` is a LiteLLM-schema override.
    pub fn price_exchange(&mut self, exchange: &str, prices: Option<&str>) -> Result<String, HostError> {
        let n = exchange.len() + prices.map_or(0, str::len);
        self.check_input(n)?;
        domain(self.call(n, |live| {
            live.instance.ward_engine_api().call_price_exchange(&mut live.store, exchange, prices)
        })?)
    }

    /// A capture → the cost report rendered per `options` (`{"format", "now", "top", "prices"}`).
    pub fn cost_report(&mut self, capture: &str, options: Option<&str>) -> Result<String, HostError> {
        let n = capture.len() + options.map_or(0, str::len);
        self.check_input(n)?;
        domain(self.call(n, |live| {
            live.instance.ward_engine_api().call_cost_report(&mut live.store, capture, options)
        })?)
    }

    /// A capture → `{"traces", "metrics", "errors", "unpriced"}` (OTLP/JSON requests plus per-line errors).
    pub fn to_otlp(&mut self, capture: &str, options: Option<&str>) -> Result<String, HostError> {
        let n = capture.len() + options.map_or(0, str::len);
        self.check_input(n)?;
        domain(self.call(n, |live| {
            live.instance.ward_engine_api().call_to_otlp(&mut live.store, capture, options)
        })?)
    }

    /// OTLP/JSON traces with GenAI attributes → `{"records", "errors"}`.
    pub fn parse_otlp_traces(&mut self, otlp: &str) -> Result<String, HostError> {
        self.check_input(otlp.len())?;
        domain(self.call(otlp.len(), |live| {
            live.instance.ward_engine_api().call_parse_otlp_traces(&mut live.store, otlp)
        })?)
    }

    /// A capture → `{"traces": [summary...], "errors"}`; `options`: `{"trace_id", "prices"}`.
    pub fn traces(&mut self, capture: &str, options: Option<&str>) -> Result<String, HostError> {
        let n = capture.len() + options.map_or(0, str::len);
        self.check_input(n)?;
        domain(
            self.call(n, |live| {
                live.instance.ward_engine_api().call_traces(&mut live.store, capture, options)
            })?,
        )
    }

    /// Rebuilds the provider requests of `trace_id` → `{"trace_id", "steps", "errors"}`.
    pub fn replay(&mut self, trace_id: &str, capture: &str) -> Result<String, HostError> {
        let n = capture.len() + trace_id.len();
        self.check_input(n)?;
        domain(self.call(n, |live| {
            live.instance.ward_engine_api().call_replay(&mut live.store, trace_id, capture)
        })?)
    }
}
