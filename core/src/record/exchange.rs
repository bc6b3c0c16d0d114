//! The capture format: one JSON object per line, one LLM call each.
//!
//! ```json
//! {"url": "https://api.openai.com/v1/chat/completions", "status": 200,
//!  "request": {...provider JSON...}, "response": {...} | "response_sse": "event: …\n\ndata: …",
//!  "start": "2026-11-27T10:00:00Z", "first_token": "…", "end": "…",
//!  "trace_id": "32 hex", "span_id": "16 hex", "parent_span_id": "16 hex",
//!  "attributes": {"feature": "search", "user": "u1", "tenant": "acme", "session": "s1", "…": "…"}}
//! ```
//! The API is detected from the URL path, else from the body shapes; the provider name from the host,
//! else from the API. Each line gives a record or an error carrying its line number: a truncated
//! stream, an unknown provider or a non-JSON body never aborts the batch.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::model::{Api, CallError, Record};
use super::timestamp::parse_rfc3339;
use super::util::{s, sse_events};
use super::{anthropic, estimate, openai_chat, openai_responses, step};
use crate::Error;

/// A per-line failure, with a stable code (`parse_failed`, `unknown_provider`, …).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordError {
    /// 1-based line number.
    pub line: usize,
    /// Stable error code.
    pub code: String,
    /// What went wrong.
    pub message: String,
}

/// Parses a JSONL capture. Blank lines are skipped; every other line yields one result.
pub fn parse_exchange_jsonl(text: &str) -> Vec<Result<Record, RecordError>> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            parse_exchange_line(l, i + 1).map_err(|e| RecordError {
                line: i + 1,
                code: e.code().to_string(),
                message: e.message().to_string(),
            })
        })
        .collect()
}

/// Parses one capture line.
pub fn parse_exchange_line(line: &str, line_no: usize) -> Result<Record, Error> {
    let v: Value = serde_json::from_str(line).map_err(|e| Error::parse(format!("line is not JSON: {e}")))?;
    parse_exchange(&v, line_no)
}

fn detect(url: Option<&str>, req: &Value, resp: Option<&Value>, sse: Option<&str>) -> Option<Api> {
    let path = url.map(|u| u.split('?').next().unwrap_or(u)).unwrap_or("");
    if path.ends_with("/chat/completions") {
        return Some(Api::OpenaiChat);
    }
    if path.ends_with("/responses") {
        return Some(Api::OpenaiResponses);
    }
    if path.ends_with("/messages") {
        return Some(Api::AnthropicMessages);
    }
    if path.ends_with("/embeddings") {
        return Some(Api::OpenaiEmbeddings);
    }
    if let Some(t) = sse {
        if t.contains("message_start") {
            return Some(Api::AnthropicMessages);
        }
        if t.contains("response.created") || t.contains("response.completed") {
            return Some(Api::OpenaiResponses);
        }
        if t.contains("chat.completion.chunk") {
            return Some(Api::OpenaiChat);
        }
    }
    let rtype = resp.and_then(|r| r.get("type").or(r.get("object"))).and_then(Value::as_str);
    match rtype {
        Some("message") => return Some(Api::AnthropicMessages),
        Some("response") => return Some(Api::OpenaiResponses),
        Some("chat.completion") => return Some(Api::OpenaiChat),
        Some("list") if resp.is_some_and(|r| r.pointer("/data/0/embedding").is_some()) => {
            return Some(Api::OpenaiEmbeddings);
        }
        _ => {}
    }
    if req.get("anthropic_version").is_some() {
        return Some(Api::AnthropicMessages);
    }
    None
}

fn provider_from_host(host: &str, api: Api) -> String {
    let known = [
        ("api.openai.com", "openai"),
        ("api.anthropic.com", "anthropic"),
        ("openai.azure.com", "azure.ai.openai"),
        ("api.groq.com", "groq"),
        ("api.deepseek.com", "deepseek"),
        ("api.x.ai", "x_ai"),
        ("api.mistral.ai", "mistral_ai"),
        ("api.perplexity.ai", "perplexity"),
        ("generativelanguage.googleapis.com", "gcp.gemini"),
        ("api.moonshot.ai", "moonshot_ai"),
    ];
    for (suffix, name) in known {
        if host == suffix || host.ends_with(&format!(".{suffix}")) {
            return name.to_string();
        }
    }
    match api {
        Api::AnthropicMessages => "anthropic",
        _ => "openai",
    }
    .to_string()
}

/// `scheme://host:port/path` → (host, port).
fn host_port(url: &str) -> Option<(String, Option<u16>)> {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let authority = rest.split('/').next()?;
    let authority = authority.rsplit_once('@').map_or(authority, |(_, a)| a);
    let (host, port) = match authority.rsplit_once(':') {
        Some((h, p)) if p.chars().all(|c| c.is_ascii_digit()) => (h, p.parse().ok()),
        _ => (authority, None),
    };
    let default = if url.starts_with("https://") {
        Some(443)
    } else if url.starts_with("http://") {
        Some(80)
    } else {
        None
    };
    (!host.is_empty()).then(|| (host.to_ascii_lowercase(), port.or(default)))
}

fn params(rec: &mut Record, req: &Value) {
    let p = &mut rec.params;
    let f = |k: &str| req.get(k).and_then(Value::as_f64);
    p.temperature = f("temperature");
    p.top_p = f("top_p");
    p.top_k = f("top_k");
    p.frequency_penalty = f("frequency_penalty");
    p.presence_penalty = f("presence_penalty");
    p.seed = req.get("seed").and_then(Value::as_i64);
    p.max_tokens = ["max_tokens", "max_completion_tokens", "max_output_tokens"]
        .iter()
        .find_map(|k| req.get(*k).and_then(Value::as_u64));
    p.stop_sequences = match req.get("stop").or(req.get("stop_sequences")) {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect(),
        _ => Vec::new(),
    };
    p.choice_count = req.get("n").and_then(Value::as_u64).filter(|n| *n != 1);
    let format =
        req.pointer("/response_format/type").or(req.pointer("/text/format/type")).and_then(Value::as_str);
    p.output_type = format.map(|t| if t == "text" { "text" } else { "json" }.to_string());
    p.service_tier = s(req, "service_tier").filter(|t| t != "auto" && t != "default");
}

fn time(v: &Value, key: &str) -> Result<Option<i64>, Error> {
    v.get(key).and_then(Value::as_str).map(parse_rfc3339).transpose()
}

/// Parses one exchange object.
pub fn parse_exchange(v: &Value, line_no: usize) -> Result<Record, Error> {
    if !v.is_object() {
        return Err(Error::parse("exchange is not a JSON object"));
    }
    if v.get("operation").is_some() {
        return step::parse_step(v, line_no);
    }
    let url = v.get("url").and_then(Value::as_str);
    let req = v.get("request").cloned().unwrap_or(Value::Null);
    let req = match req {
        Value::String(text) => {
            serde_json::from_str(&text).map_err(|e| Error::parse(format!("request body is not JSON: {e}")))?
        }
        other => other,
    };
    let sse = v.get("response_sse").and_then(Value::as_str);
    let resp = match v.get("response") {
        Some(Value::String(text)) => Some(
            serde_json::from_str::<Value>(text)
                .map_err(|e| Error::parse(format!("response body is not JSON: {e}")))?,
        ),
        Some(other) => Some(other.clone()),
        None => None,
    };
    let api = detect(url, &req, resp.as_ref(), sse).ok_or_else(|| {
        Error::unknown_provider(format!(
            "cannot tell the provider API of {}",
            url.unwrap_or("an exchange without url")
        ))
    })?;
    let operation = if api == Api::OpenaiEmbeddings { "embeddings" } else { "chat" };
    let hp = url.and_then(host_port);
    let provider = v
        .pointer("/attributes/provider")
        .and_then(Value::as_str)
        .map(str::to_string)
        .unwrap_or_else(|| provider_from_host(hp.as_ref().map_or("", |h| h.0.as_str()), api));
    let mut rec = Record::new(api, &provider, operation);
    rec.line = line_no;
    if let Some((h, p)) = hp {
        rec.server_address = Some(h);
        rec.server_port = p;
    }
    rec.request_model = s(&req, "model");
    rec.stream = sse.is_some() || req.get("stream").and_then(Value::as_bool).unwrap_or(false);
    params(&mut rec, &req);
    rec.input_messages = match api {
        Api::OpenaiChat => openai_chat::request_messages(&req),
        Api::OpenaiResponses => openai_responses::request_messages(&req),
        Api::AnthropicMessages => anthropic::request_messages(&req),
        Api::OpenaiEmbeddings | Api::Otel | Api::Step => Vec::new(),
    };
    rec.status = v.get("status").and_then(Value::as_u64).and_then(|s| u16::try_from(s).ok());
    match (sse, resp.as_ref()) {
        (Some(text), _) => {
            let events = sse_events(text);
            match api {
                Api::OpenaiChat => openai_chat::parse_stream(&mut rec, &events)?,
                Api::OpenaiResponses => openai_responses::parse_stream(&mut rec, &events)?,
                Api::AnthropicMessages => anthropic::parse_stream(&mut rec, &events)?,
                _ => return Err(Error::parse("embeddings responses are never streamed")),
            }
        }
        (None, Some(body)) => match api {
            Api::OpenaiChat => openai_chat::parse_response(&mut rec, body),
            Api::OpenaiResponses => openai_responses::parse_response(&mut rec, body),
            Api::AnthropicMessages => anthropic::parse_response(&mut rec, body),
            Api::OpenaiEmbeddings => openai_responses::parse_embeddings(&mut rec, &req, body),
            Api::Otel | Api::Step => {}
        },
        (None, None) => {}
    }
    if rec.error.is_none()
        && let Some(code) = rec.status.filter(|s| *s >= 400)
    {
        rec.error = Some(CallError { kind: code.to_string(), message: String::new() });
    }
    if rec.usage.is_none() && rec.error.is_none() && !rec.output_messages.is_empty() {
        let model = rec.response_model.as_deref().or(rec.request_model.as_deref());
        rec.usage = Some(estimate::usage_without_report(model, &rec.input_messages, &rec.output_messages));
    }
    timing(&mut rec, v)?;
    ids_and_attributes(&mut rec, v)?;
    rec.request = Some(req);
    Ok(rec)
}

/// Trace ids (validated W3C hex) and the free-form attributes of a capture line.
pub(crate) fn ids_and_attributes(rec: &mut Record, v: &Value) -> Result<(), Error> {
    for (key, dst) in [("trace_id", 32usize), ("span_id", 16), ("parent_span_id", 16)] {
        if let Some(id) = v.get(key).and_then(Value::as_str) {
            let ok = id.len() == dst && id.bytes().all(|b| b.is_ascii_hexdigit());
            if !ok {
                return Err(Error::parse(format!("`{key}` must be {dst} hex digits")));
            }
            let id = Some(id.to_ascii_lowercase());
            match key {
                "trace_id" => rec.trace_id = id,
                "span_id" => rec.span_id = id,
                _ => rec.parent_span_id = id,
            }
        }
    }
    if let Some(attrs) = v.get("attributes").and_then(Value::as_object) {
        rec.attributes = attrs.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    }
    Ok(())
}

pub(crate) fn timing(rec: &mut Record, v: &Value) -> Result<(), Error> {
    let (start, first, end) = (time(v, "start")?, time(v, "first_token")?, time(v, "end")?);
    rec.timing.start_unix_nano = start;
    rec.timing.first_token_unix_nano = first;
    rec.timing.end_unix_nano = end;
    derive_timing(rec);
    Ok(())
}

/// Latency, time to first token and output speed from the record's timestamps and usage.
pub fn derive_timing(rec: &mut Record) {
    let t = &mut rec.timing;
    let (start, first, end) = (t.start_unix_nano, t.first_token_unix_nano, t.end_unix_nano);
    // Differences in f64: two valid times can be ~580 years apart, which overflows an i64 of nanoseconds.
    let secs = |a: i64, b: i64| (b as f64 - a as f64) / 1e9;
    t.latency_s = start.zip(end).map(|(a, b)| secs(a, b));
    t.time_to_first_token_s = start.zip(first).map(|(a, b)| secs(a, b));
    let out = rec.usage.as_ref().map(|u| u.output_tokens).filter(|o| *o > 0);
    let gen_time =
        first.zip(end).map(|(a, b)| secs(a, b)).filter(|d| *d > 0.0).or(t.latency_s.filter(|d| *d > 0.0));
    t.output_tokens_per_s = out.zip(gen_time).map(|(o, d)| o as f64 / d);
}
