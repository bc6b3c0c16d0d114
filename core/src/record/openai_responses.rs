//! OpenAI Responses (`/v1/responses`), JSON and SSE, and OpenAI embeddings.
//!
//! A Responses stream ends with `response.completed` (or `.incomplete` / `.failed`) carrying the whole
//! response object, so the streamed and the JSON form share one parser. Usage: `input_tokens` includes
//! `input_tokens_details.cached_tokens`, `output_tokens` includes `reasoning_tokens` (OTel meaning).

use serde_json::Value;

use super::model::{CallError, Message, Part, Record, Usage};
use super::util::{Event, arguments, finish_reason, n, s, text_parts};
use crate::Error;

/// `instructions` → system; `input` string or items (messages, function calls, function call outputs).
pub(crate) fn request_messages(req: &Value) -> Vec<Message> {
    let mut out = Vec::new();
    if let Some(i) = s(req, "instructions") {
        out.push(Message {
            role: "system".into(),
            parts: vec![Part::Text { content: i }],
            finish_reason: None,
        });
    }
    match req.get("input") {
        Some(Value::String(t)) => out.push(Message {
            role: "user".into(),
            parts: vec![Part::Text { content: t.clone() }],
            finish_reason: None,
        }),
        Some(Value::Array(items)) => {
            for item in items {
                match item.get("type").and_then(Value::as_str) {
                    Some("function_call_output") => out.push(Message {
                        role: "tool".into(),
                        parts: vec![Part::ToolCallResponse {
                            id: s(item, "call_id"),
                            response: item.get("output").cloned().unwrap_or(Value::Null),
                        }],
                        finish_reason: None,
                    }),
                    Some("function_call") => out.push(Message {
                        role: "assistant".into(),
                        parts: vec![function_call(item)],
                        finish_reason: None,
                    }),
                    // Output items passed back by an agent loop: one message per item, like the others.
                    Some("reasoning") => out.push(Message {
                        role: "assistant".into(),
                        parts: reasoning(item),
                        finish_reason: None,
                    }),
                    _ => {
                        let role = match item.get("role").and_then(Value::as_str).unwrap_or("user") {
                            "developer" => "system",
                            r => r,
                        };
                        let parts = text_parts(item.get("content").unwrap_or(&Value::Null));
                        out.push(Message { role: role.to_string(), parts, finish_reason: None });
                    }
                }
            }
        }
        _ => {}
    }
    out
}

fn function_call(item: &Value) -> Part {
    Part::ToolCall {
        id: s(item, "call_id"),
        name: s(item, "name").unwrap_or_default(),
        arguments: arguments(item.get("arguments").and_then(Value::as_str).unwrap_or("")),
    }
}

/// The summary texts of a `reasoning` item.
fn reasoning(item: &Value) -> Vec<Part> {
    let summary = item.get("summary").and_then(Value::as_array).into_iter().flatten();
    summary.map(|sum| Part::Reasoning { content: s(sum, "text").unwrap_or_default() }).collect()
}

fn usage(u: &Value) -> Option<Usage> {
    if !u.is_object() {
        return None;
    }
    Some(Usage {
        input_tokens: n(u, "input_tokens"),
        output_tokens: n(u, "output_tokens"),
        cache_read_input_tokens: n(&u["input_tokens_details"], "cached_tokens"),
        reasoning_output_tokens: n(&u["output_tokens_details"], "reasoning_tokens"),
        ..Usage::default()
    })
}

/// A response object (the JSON body, or the `response` of the final stream event).
pub(crate) fn parse_response(rec: &mut Record, body: &Value) {
    if let Some(e) = body.get("error").filter(|e| e.is_object()) {
        rec.error = Some(CallError {
            kind: s(e, "code").or_else(|| s(e, "type")).unwrap_or_else(|| "_OTHER".into()),
            message: s(e, "message").unwrap_or_default(),
        });
    }
    rec.response_model = s(body, "model");
    rec.response_id = s(body, "id");
    rec.usage = usage(&body["usage"]);
    // Item ids, statuses and encrypted reasoning go back unchanged in the next turn's `input`.
    rec.replay_output = body.get("output").filter(|o| o.is_array()).cloned();
    let mut parts = Vec::new();
    for item in body.get("output").and_then(Value::as_array).into_iter().flatten() {
        match item.get("type").and_then(Value::as_str) {
            Some("message") => parts.extend(text_parts(item.get("content").unwrap_or(&Value::Null))),
            Some("function_call") => parts.push(function_call(item)),
            Some("reasoning") => parts.extend(reasoning(item)),
            _ => {}
        }
    }
    let status = body.get("status").and_then(Value::as_str).unwrap_or("completed");
    let reason = match status {
        "incomplete" => finish_reason(body["incomplete_details"]["reason"].as_str().unwrap_or("length")),
        "failed" => "error".to_string(),
        _ if parts.iter().any(|p| matches!(p, Part::ToolCall { .. })) => "tool_call".to_string(),
        _ => "stop".to_string(),
    };
    if body.get("output").is_some() || status != "completed" {
        rec.finish_reasons.push(reason.clone());
        rec.output_messages.push(Message { role: "assistant".into(), parts, finish_reason: Some(reason) });
    }
}

/// A streamed response: the terminal event carries the full response.
pub(crate) fn parse_stream(rec: &mut Record, events: &[Event]) -> Result<(), Error> {
    for ev in events {
        let data: Value = serde_json::from_str(&ev.data)
            .map_err(|e| Error::parse(format!("responses stream: bad event data: {e}")))?;
        let kind = data.get("type").and_then(Value::as_str).or(ev.name.as_deref()).unwrap_or("");
        match kind {
            "response.completed" | "response.incomplete" | "response.failed" => {
                parse_response(rec, &data["response"]);
                return Ok(());
            }
            "error" => {
                rec.error = Some(CallError {
                    kind: s(&data, "code").unwrap_or_else(|| "_OTHER".into()),
                    message: s(&data, "message").unwrap_or_default(),
                });
                return Ok(());
            }
            _ => {}
        }
    }
    Err(Error::parse("truncated SSE stream: no `response.completed` event"))
}

/// OpenAI `/v1/embeddings` response.
pub(crate) fn parse_embeddings(rec: &mut Record, req: &Value, body: &Value) {
    if let Some(e) = body.get("error").filter(|e| e.is_object()) {
        rec.error = Some(CallError {
            kind: s(e, "code").or_else(|| s(e, "type")).unwrap_or_else(|| "_OTHER".into()),
            message: s(e, "message").unwrap_or_default(),
        });
        return;
    }
    rec.response_model = s(body, "model");
    if let Some(f) = s(req, "encoding_format") {
        rec.params.encoding_formats.push(f);
    }
    let first = body.pointer("/data/0/embedding");
    rec.embedding_dimensions = first
        .and_then(Value::as_array)
        .map(|v| v.len() as u64)
        .or_else(|| req.get("dimensions").and_then(Value::as_u64));
    let u = &body["usage"];
    if u.is_object() {
        rec.usage = Some(Usage { input_tokens: n(u, "prompt_tokens"), ..Usage::default() });
    }
}
