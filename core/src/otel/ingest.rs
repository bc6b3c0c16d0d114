//! OTLP/JSON spans in: the GenAI spans of an `ExportTraceServiceRequest` become [`Record`]s, so apps
//! instrumented with OpenLLMetry, OpenInference or the OTel GenAI instrumentations can be priced, rolled
//! up and summarized like captured traffic.
//!
//! A span is read when it carries GenAI data (an attribute under `gen_ai.` or `llm.`, or an
//! `openinference.span.kind`); other spans (HTTP, database, …) are skipped without an error. Each read
//! span gives a record or a [`SpanError`]: one malformed span never aborts the batch. A record's `line`
//! is the 1-based position of its span in the document (document order). Ids may be hex (OTLP/JSON) or
//! base64 (protobuf's generic JSON mapping, which some exporters emit).

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::anyvalue::any_to_json;
use super::ingest_attrs::{self as ia, Attrs, first_f64, first_str, first_u64};
use crate::Error;
use crate::record::exchange::derive_timing;
use crate::record::{Api, CallError, Record};

/// A span that could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpanError {
    /// 1-based position of the span in the document.
    pub index: usize,
    /// The span id, when readable.
    pub span_id: Option<String>,
    /// Stable error code.
    pub code: String,
    /// What went wrong.
    pub message: String,
}

fn b64_value(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' | b'-' => 62,
        b'/' | b'_' => 63,
        _ => return None,
    } as u32)
}

fn base64_hex(s: &str) -> Option<String> {
    let mut bits = 0u32;
    let mut n = 0;
    let mut out = String::new();
    for c in s.trim_end_matches('=').bytes() {
        bits = (bits << 6) | b64_value(c)?;
        n += 6;
        if n >= 8 {
            n -= 8;
            out.push_str(&format!("{:02x}", (bits >> n) & 0xff));
        }
    }
    Some(out)
}

/// A hex id of `len` digits (hex, or base64 of `len / 2` bytes). Empty means absent.
fn id(v: Option<&Value>, len: usize, what: &str) -> Result<Option<String>, Error> {
    let Some(s) = v.and_then(Value::as_str).filter(|s| !s.is_empty()) else { return Ok(None) };
    if s.len() == len && s.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(Some(s.to_ascii_lowercase()));
    }
    match base64_hex(s) {
        Some(h) if h.len() == len => Ok(Some(h)),
        _ => {
            Err(Error::parse(format!("`{what}` is neither {len} hex digits nor base64 of {} bytes", len / 2)))
        }
    }
}

fn nanos(v: Option<&Value>, what: &str) -> Result<Option<i64>, Error> {
    match v {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => {
            s.parse::<i64>().map(Some).map_err(|_| Error::parse(format!("`{what}` is not an integer")))
        }
        Some(Value::Number(n)) => {
            n.as_i64().map(Some).ok_or_else(|| Error::parse(format!("`{what}` is not an integer")))
        }
        Some(_) => Err(Error::parse(format!("`{what}` is not an integer"))),
    }
    .map(|t| t.filter(|t| *t > 0))
}

fn attributes(span: &Value) -> Attrs {
    let mut out = Attrs::new();
    for kv in span.get("attributes").and_then(Value::as_array).into_iter().flatten() {
        if let (Some(k), Some(v)) =
            (kv.get("key").and_then(Value::as_str), kv.get("value").and_then(any_to_json))
        {
            out.insert(k.to_string(), v);
        }
    }
    out
}

fn is_genai(a: &Attrs) -> bool {
    a.keys().any(|k| k.starts_with("gen_ai.") || k.starts_with("llm.") || k == "openinference.span.kind")
}

/// One span → one record.
pub fn parse_span(span: &Value, index: usize) -> Result<Option<Record>, Error> {
    if !span.is_object() {
        return Err(Error::parse("span is not a JSON object"));
    }
    let a = attributes(span);
    if !is_genai(&a) {
        return Ok(None);
    }
    let op = ia::operation(&a).unwrap_or_else(|| "chat".to_string());
    let mut r = Record::new(Api::Otel, &ia::provider(&a), &op);
    r.line = index;
    r.trace_id = id(span.get("traceId"), 32, "traceId")?;
    r.span_id = id(span.get("spanId"), 16, "spanId")?;
    r.parent_span_id = id(span.get("parentSpanId"), 16, "parentSpanId")?;
    r.timing.start_unix_nano = nanos(span.get("startTimeUnixNano"), "startTimeUnixNano")?;
    r.timing.end_unix_nano = nanos(span.get("endTimeUnixNano"), "endTimeUnixNano")?;
    r.request_model = first_str(&a, &["gen_ai.request.model", "llm.model_name", "llm.request.model"]);
    r.response_model = first_str(&a, &["gen_ai.response.model", "llm.response.model"]);
    r.response_id = first_str(&a, &["gen_ai.response.id"]);
    r.stream =
        matches!(a.get("gen_ai.request.stream").or(a.get("llm.is_streaming")), Some(Value::Bool(true)));
    r.finish_reasons = match a.get("gen_ai.response.finish_reasons") {
        Some(Value::Array(v)) => v.iter().filter_map(Value::as_str).map(str::to_string).collect(),
        Some(Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    params(&mut r, &a);
    r.usage = ia::usage(&a);
    r.embedding_dimensions = first_u64(&a, &["gen_ai.embeddings.dimension.count"]);
    r.server_address = first_str(&a, &["server.address"]);
    r.server_port = first_u64(&a, &["server.port"]).and_then(|p| u16::try_from(p).ok());
    r.reported_cost_usd = first_f64(&a, &["gen_ai.usage.cost", "gen_ai.usage.cost.amount", "llm.cost.total"]);
    let (input, output) = ia::messages(&a)?;
    r.input_messages = input;
    r.output_messages = output;
    step(&mut r, &a)?;
    attribution(&mut r, &a);
    let status = span.pointer("/status/code").and_then(Value::as_u64);
    let etype = first_str(&a, &["error.type"]);
    if status == Some(2) || etype.is_some() {
        let message = span.pointer("/status/message").and_then(Value::as_str).unwrap_or("").to_string();
        r.error = Some(CallError { kind: etype.unwrap_or_else(|| "_OTHER".into()), message });
    }
    if let (Some(start), Some(ttfc)) =
        (r.timing.start_unix_nano, first_f64(&a, &["gen_ai.response.time_to_first_chunk"]))
    {
        r.timing.first_token_unix_nano = Some(start.saturating_add((ttfc * 1e9) as i64));
    }
    derive_timing(&mut r);
    Ok(Some(r))
}

fn params(r: &mut Record, a: &Attrs) {
    let p = &mut r.params;
    p.temperature = first_f64(a, &["gen_ai.request.temperature", "llm.request.temperature"]);
    p.top_p = first_f64(a, &["gen_ai.request.top_p", "llm.request.top_p"]);
    p.top_k = first_f64(a, &["gen_ai.request.top_k", "llm.top_k"]);
    p.max_tokens = first_u64(a, &["gen_ai.request.max_tokens", "llm.request.max_tokens"]);
    p.frequency_penalty = first_f64(a, &["gen_ai.request.frequency_penalty", "llm.frequency_penalty"]);
    p.presence_penalty = first_f64(a, &["gen_ai.request.presence_penalty", "llm.presence_penalty"]);
    p.seed = first_f64(a, &["gen_ai.request.seed", "gen_ai.openai.request.seed"]).map(|s| s as i64);
    p.choice_count = first_u64(a, &["gen_ai.request.choice.count"]).filter(|n| *n != 1);
    p.output_type = first_str(a, &["gen_ai.output.type", "gen_ai.openai.request.response_format"]);
    p.service_tier = first_str(a, &["openai.request.service_tier", "gen_ai.openai.request.service_tier"])
        .filter(|t| t != "auto" && t != "default");
    let strings = |k: &str| match a.get(k) {
        Some(Value::Array(v)) => v.iter().filter_map(Value::as_str).map(str::to_string).collect(),
        Some(Value::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    p.stop_sequences = strings("gen_ai.request.stop_sequences");
    p.encoding_formats = strings("gen_ai.request.encoding_formats");
}

fn step(r: &mut Record, a: &Attrs) -> Result<(), Error> {
    let st = &mut r.step;
    st.agent_name = first_str(a, &["gen_ai.agent.name"]);
    st.tool_name = first_str(a, &["gen_ai.tool.name", "tool.name"]);
    st.tool_call_id = first_str(a, &["gen_ai.tool.call.id", "tool_call.id"]);
    st.tool_arguments = a.get("gen_ai.tool.call.arguments").or(a.get("tool.parameters")).map(ia::loose_json);
    st.tool_result = a.get("gen_ai.tool.call.result").map(ia::loose_json);
    st.data_source_id = first_str(a, &["gen_ai.data_source.id"]);
    st.query = first_str(a, &["gen_ai.retrieval.query.text"]);
    st.documents = ia::documents(a)?;
    if r.operation == "retrieval" && st.query.is_none() {
        st.query = first_str(a, &["input.value"]);
    }
    Ok(())
}

fn attribution(r: &mut Record, a: &Attrs) {
    let mut put = |k: &str, keys: &[&str]| {
        if let Some(v) = first_str(a, keys) {
            r.attributes.insert(k.to_string(), Value::String(v));
        }
    };
    put("session", &["gen_ai.conversation.id", "session.id", "langfuse.session.id"]);
    put("user", &["user.id", "langfuse.user.id"]);
    put("feature", &["ward.feature"]);
    put("tenant", &["ward.tenant"]);
}

/// Parses an OTLP/JSON `ExportTraceServiceRequest` (`resourceSpans[].scopeSpans[].spans[]`; the older
/// `instrumentationLibrarySpans` too). Returns one result per GenAI span in document order; an error
/// only when the document itself is not JSON or has no `resourceSpans` array.
pub fn parse_otlp_traces(json: &str) -> Result<Vec<Result<Record, SpanError>>, Error> {
    let doc: Value =
        serde_json::from_str(json).map_err(|e| Error::parse(format!("OTLP document is not JSON: {e}")))?;
    let rs = doc
        .get("resourceSpans")
        .and_then(Value::as_array)
        .ok_or_else(|| Error::parse("OTLP document has no `resourceSpans` array"))?;
    let mut out = Vec::new();
    let mut index = 0;
    for res in rs {
        let scopes = res.get("scopeSpans").or(res.get("instrumentationLibrarySpans"));
        for sc in scopes.and_then(Value::as_array).into_iter().flatten() {
            for span in sc.get("spans").and_then(Value::as_array).into_iter().flatten() {
                index += 1;
                match parse_span(span, index) {
                    Ok(Some(r)) => out.push(Ok(r)),
                    Ok(None) => {}
                    Err(e) => out.push(Err(SpanError {
                        index,
                        span_id: span.get("spanId").and_then(Value::as_str).map(str::to_string),
                        code: e.code().to_string(),
                        message: e.message().to_string(),
                    })),
                }
            }
        }
    }
    Ok(out)
}

/// JSON in, JSON out: the records and span errors as `{"records": [...], "errors": [...]}`.
pub fn parse_otlp_traces_json(json: &str) -> Result<String, Error> {
    let (mut records, mut errors) = (Vec::new(), Vec::new());
    for r in parse_otlp_traces(json)? {
        match r {
            Ok(rec) => records.push(rec),
            Err(e) => errors.push(e),
        }
    }
    serde_json::to_string(&serde_json::json!({ "records": records, "errors": errors }))
        .map_err(|e| Error::internal(e.to_string()))
}
