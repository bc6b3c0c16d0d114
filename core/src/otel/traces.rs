//! Records → OTLP/JSON `ExportTraceServiceRequest`: one span per call or step.
//!
//! Shape: one `ResourceSpans` (resource `service.name`), one `ScopeSpans` (scope `ward`, the schema URL
//! of the chosen convention), spans in capture order. Ids are the record's W3C ids (hex, as OTLP/JSON
//! requires), parent links included, so agent runs nest as they did in the app. Times are the record's
//! start and end (strings of Unix nanoseconds); a missing end is the start and vice versa. A failed call
//! gets status ERROR (code 2) with the provider message and `error.type`; successful calls leave the
//! status unset, as the conventions ask.

use serde_json::{Value, json};

use super::anyvalue::{Attrs, obj};
use super::attributes::{span_attributes, span_kind, span_name};
use super::{OtelOptions, ids};
use crate::cost::Priced;
use crate::record::Record;

/// The resource of every export.
pub(crate) fn resource(opts: &OtelOptions) -> Value {
    let mut a = Attrs::default();
    a.str("service.name", &opts.service_name);
    a.str("telemetry.sdk.name", "ward");
    a.str("telemetry.sdk.language", "rust");
    a.str("telemetry.sdk.version", crate::VERSION);
    json!({ "attributes": a.into_value() })
}

/// The instrumentation scope.
pub(crate) fn scope() -> Value {
    json!({ "name": "ward", "version": crate::VERSION })
}

/// One span.
pub fn span(r: &Record, priced: Option<&Priced>, opts: &OtelOptions) -> Value {
    let (trace_id, span_id) = ids(r);
    let start = r.timing.start_unix_nano.or(r.timing.end_unix_nano).unwrap_or(0);
    let end = r.timing.end_unix_nano.unwrap_or(start);
    let mut s = obj([
        ("traceId", Value::String(trace_id)),
        ("spanId", Value::String(span_id)),
        ("name", Value::String(span_name(r))),
        ("kind", Value::from(span_kind(r))),
        ("startTimeUnixNano", Value::String(start.max(0).to_string())),
        ("endTimeUnixNano", Value::String(end.max(0).to_string())),
        ("attributes", span_attributes(r, priced, opts)),
    ]);
    if let Some(p) = &r.parent_span_id {
        s["parentSpanId"] = Value::String(p.clone());
    }
    if let Some(e) = &r.error {
        let message = if e.message.is_empty() { e.kind.clone() } else { e.message.clone() };
        s["status"] = json!({ "code": 2, "message": message });
    }
    s
}

/// Encodes records (each with its price, when known) as an OTLP/JSON `ExportTraceServiceRequest`.
pub fn encode_otlp_traces(items: &[(Record, Option<Priced>)], opts: &OtelOptions) -> Value {
    let spans: Vec<Value> = items.iter().map(|(r, p)| span(r, p.as_ref(), opts)).collect();
    let scope_spans = obj([
        ("scope", scope()),
        ("spans", Value::Array(spans)),
        ("schemaUrl", Value::String(opts.semconv.schema_url().to_string())),
    ]);
    let rs = obj([("resource", resource(opts)), ("scopeSpans", Value::Array(vec![scope_spans]))]);
    obj([("resourceSpans", Value::Array(vec![rs]))])
}
