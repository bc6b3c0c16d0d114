//! The `api` interface, observability half: core's JSON-in, JSON-out entry points forwarded unchanged
//! (parse a capture, price one exchange, cost report, OTLP encode, OTLP ingest, traces, replay), plus the
//! `api::Guest` impl that ties both halves to the generated trait.

use serde::Serialize;
use ward_core::record::{Record, RecordError, parse_exchange_jsonl};
use ward_core::{cost, otel, rollup, trace};

use crate::Component;
use crate::api::{self as redaction, err, json};
use crate::bindings::exports::ward::engine::api::{Error, Guest, Redaction, VaultBorrow};

/// `parse-exchanges` output: core returns one `Result` per line; this encodes the list the way core's
/// other JSON entry points do (`{records, errors}`, each error carrying its line).
#[derive(Serialize)]
struct Split {
    records: Vec<Record>,
    errors: Vec<RecordError>,
}

impl Guest for Component {
    type Vault = redaction::Vault;
    type StreamRedactor = redaction::StreamRedactor;
    type StreamRestorer = redaction::StreamRestorer;

    fn redact_with(text: String, policy: Option<String>, vault: VaultBorrow<'_>) -> Result<Redaction, Error> {
        redaction::redact_with(text, policy, vault)
    }

    fn redact_json(
        json: String,
        paths: Option<String>,
        policy: Option<String>,
        vault: VaultBorrow<'_>,
    ) -> Result<String, Error> {
        redaction::redact_json(json, paths, policy, vault)
    }

    fn redact_body(
        json: String,
        provider: Option<String>,
        policy: Option<String>,
        vault: VaultBorrow<'_>,
    ) -> Result<String, Error> {
        redaction::redact_body(json, provider, policy, vault)
    }

    fn redact_jsonl(
        text: String,
        paths: Option<String>,
        bad_lines: Option<String>,
        policy: Option<String>,
        vault: VaultBorrow<'_>,
    ) -> Result<String, Error> {
        redaction::redact_jsonl(text, paths, bad_lines, policy, vault)
    }

    fn redact_capture(
        text: String,
        bad_lines: Option<String>,
        policy: Option<String>,
        vault: VaultBorrow<'_>,
    ) -> Result<String, Error> {
        redaction::redact_capture(text, bad_lines, policy, vault)
    }

    fn parse_exchanges(capture: String) -> String {
        let mut out = Split { records: Vec::new(), errors: Vec::new() };
        for line in parse_exchange_jsonl(&capture) {
            match line {
                Ok(record) => out.records.push(record),
                Err(e) => out.errors.push(e),
            }
        }
        // Record and RecordError always serialize; an encoding failure would be a core bug.
        json(&out).unwrap_or_else(|e| {
            format!(r#"{{"records":[],"errors":[{{"line":0,"code":"internal","message":{:?}}}]}}"#, e.message)
        })
    }

    fn price_exchange(exchange: String, prices: Option<String>) -> Result<String, Error> {
        cost::price_exchange_json(&exchange, prices.as_deref()).map_err(err)
    }

    fn cost_report(capture: String, options: Option<String>) -> Result<String, Error> {
        rollup::cost_report(&capture, options.as_deref()).map_err(err)
    }

    fn to_otlp(capture: String, options: Option<String>) -> Result<String, Error> {
        otel::capture_to_otlp_json(&capture, options.as_deref()).map_err(err)
    }

    fn parse_otlp_traces(otlp: String) -> Result<String, Error> {
        otel::ingest::parse_otlp_traces_json(&otlp).map_err(err)
    }

    fn traces(capture: String, options: Option<String>) -> Result<String, Error> {
        trace::traces_json(&capture, options.as_deref()).map_err(err)
    }

    fn replay(trace_id: String, capture: String) -> Result<String, Error> {
        trace::replay_json(&trace_id, &capture).map_err(err)
    }
}
