//! OpenAI Chat Completions (`/v1/chat/completions`), JSON and SSE, plus the request's messages.
//!
//! Usage semantics already match OTel: `prompt_tokens` includes `cached_tokens`, `completion_tokens`
//! includes `reasoning_tokens`. Streams carry usage only in the final chunk (when the client asked with
//! `stream_options.include_usage`); otherwise ward estimates it (see `estimate`).

use std::collections::BTreeMap;

use serde_json::Value;

use super::model::{CallError, Message, Part, Record, Usage};
use super::util::{Event, arguments, finish_reason, n, s, text_parts};
use crate::Error;

/// Input messages of a chat request (system/developer → `system`; tool results → `tool`).
pub(crate) fn request_messages(req: &Value) -> Vec<Message> {
    let mut out = Vec::new();
    for m in req.get("messages").and_then(Value::as_array).into_iter().flatten() {
        let role = match m.get("role").and_then(Value::as_str).unwrap_or("user") {
            "developer" => "system",
            r => r,
        };
        let mut parts = if role == "tool" {
            let response = m.get("content").cloned().unwrap_or(Value::Null);
            vec![Part::ToolCallResponse { id: s(m, "tool_call_id"), response }]
        } else {
            text_parts(m.get("content").unwrap_or(&Value::Null))
        };
        for call in m.get("tool_calls").and_then(Value::as_array).into_iter().flatten() {
            let f = &call["function"];
            parts.push(Part::ToolCall {
                id: s(call, "id"),
                name: s(f, "name").unwrap_or_default(),
                arguments: arguments(f.get("arguments").and_then(Value::as_str).unwrap_or("")),
            });
        }
        out.push(Message { role: role.to_string(), parts, finish_reason: None });
    }
    out
}

pub(crate) fn usage(u: &Value) -> Option<Usage> {
    if !u.is_object() {
        return None;
    }
    Some(Usage {
        input_tokens: n(u, "prompt_tokens"),
        output_tokens: n(u, "completion_tokens"),
        cache_read_input_tokens: n(&u["prompt_tokens_details"], "cached_tokens"),
        reasoning_output_tokens: n(&u["completion_tokens_details"], "reasoning_tokens"),
        ..Usage::default()
    })
}

pub(crate) fn error(body: &Value) -> Option<CallError> {
    let e = body.get("error").filter(|e| e.is_object())?;
    let kind = s(e, "code").or_else(|| s(e, "type")).unwrap_or_else(|| "_OTHER".to_string());
    Some(CallError { kind, message: s(e, "message").unwrap_or_default() })
}

/// A complete (non-streamed) response body.
pub(crate) fn parse_response(rec: &mut Record, body: &Value) {
    if let Some(e) = error(body) {
        rec.error = Some(e);
        return;
    }
    rec.response_model = s(body, "model");
    rec.response_id = s(body, "id");
    rec.usage = usage(&body["usage"]);
    for choice in body.get("choices").and_then(Value::as_array).into_iter().flatten() {
        let m = &choice["message"];
        let mut parts = text_parts(m.get("content").unwrap_or(&Value::Null));
        if let Some(r) = s(m, "refusal") {
            parts.push(Part::Refusal { content: r });
        }
        for call in m.get("tool_calls").and_then(Value::as_array).into_iter().flatten() {
            let f = &call["function"];
            parts.push(Part::ToolCall {
                id: s(call, "id"),
                name: s(f, "name").unwrap_or_default(),
                arguments: arguments(f.get("arguments").and_then(Value::as_str).unwrap_or("")),
            });
        }
        let reason = s(choice, "finish_reason").map(|r| finish_reason(&r));
        if let Some(r) = &reason {
            rec.finish_reasons.push(r.clone());
        }
        rec.output_messages.push(Message { role: "assistant".into(), parts, finish_reason: reason });
    }
}

#[derive(Default)]
struct Choice {
    text: String,
    refusal: String,
    calls: BTreeMap<u64, (Option<String>, String, String)>,
    finish: Option<String>,
}

/// A streamed response: `data: {chunk}` events ending with `data: [DONE]`.
pub(crate) fn parse_stream(rec: &mut Record, events: &[Event]) -> Result<(), Error> {
    let mut choices: BTreeMap<u64, Choice> = BTreeMap::new();
    let mut done = false;
    for ev in events {
        if ev.data.trim() == "[DONE]" {
            done = true;
            continue;
        }
        let chunk: Value = serde_json::from_str(&ev.data)
            .map_err(|e| Error::parse(format!("chat completions stream: bad chunk: {e}")))?;
        if let Some(e) = error(&chunk) {
            rec.error = Some(e);
            done = true;
            continue;
        }
        if rec.response_model.is_none() {
            rec.response_model = s(&chunk, "model");
            rec.response_id = s(&chunk, "id");
        }
        if let Some(u) = usage(&chunk["usage"]) {
            rec.usage = Some(u);
        }
        for c in chunk.get("choices").and_then(Value::as_array).into_iter().flatten() {
            let slot = choices.entry(n(c, "index")).or_default();
            let d = &c["delta"];
            if let Some(t) = d.get("content").and_then(Value::as_str) {
                slot.text.push_str(t);
            }
            if let Some(t) = d.get("refusal").and_then(Value::as_str) {
                slot.refusal.push_str(t);
            }
            for call in d.get("tool_calls").and_then(Value::as_array).into_iter().flatten() {
                let entry = slot.calls.entry(n(call, "index")).or_default();
                if let Some(id) = s(call, "id") {
                    entry.0 = Some(id);
                }
                if let Some(name) = call["function"].get("name").and_then(Value::as_str) {
                    entry.1.push_str(name);
                }
                if let Some(a) = call["function"].get("arguments").and_then(Value::as_str) {
                    entry.2.push_str(a);
                }
            }
            if let Some(r) = s(c, "finish_reason") {
                slot.finish = Some(finish_reason(&r));
            }
        }
    }
    if !done {
        return Err(Error::parse("truncated SSE stream: no `data: [DONE]`"));
    }
    for (_, c) in choices {
        let mut parts = Vec::new();
        if !c.text.is_empty() {
            parts.push(Part::Text { content: c.text });
        }
        if !c.refusal.is_empty() {
            parts.push(Part::Refusal { content: c.refusal });
        }
        for (_, (id, name, args)) in c.calls {
            parts.push(Part::ToolCall { id, name, arguments: arguments(&args) });
        }
        if let Some(r) = &c.finish {
            rec.finish_reasons.push(r.clone());
        }
        rec.output_messages.push(Message { role: "assistant".into(), parts, finish_reason: c.finish });
    }
    Ok(())
}
