//! Anthropic Messages (`/v1/messages`), JSON and SSE.
//!
//! Anthropic's `input_tokens` EXCLUDES cache reads and cache writes; OTel's includes them. This module is
//! the one place that converts: `input = input_tokens + cache_read_input_tokens +
//! cache_creation_input_tokens`. The one-hour share of cache writes (`cache_creation.ephemeral_1h_…`) is
//! kept because it is billed at a different rate.

use std::collections::BTreeMap;

use serde_json::Value;

use super::model::{CallError, Message, Part, Record, Usage};
use super::util::{Event, arguments, finish_reason, n, s, text_parts};
use crate::Error;

fn blocks(content: &Value, role: &str) -> Vec<Part> {
    let Some(items) = content.as_array() else { return text_parts(content) };
    let mut parts = Vec::new();
    for b in items {
        match b.get("type").and_then(Value::as_str) {
            Some("text") => parts.push(Part::Text { content: s(b, "text").unwrap_or_default() }),
            Some("thinking") => parts.push(Part::Reasoning { content: s(b, "thinking").unwrap_or_default() }),
            Some("tool_use") => parts.push(Part::ToolCall {
                id: s(b, "id"),
                name: s(b, "name").unwrap_or_default(),
                arguments: b.get("input").cloned().unwrap_or(Value::Null),
            }),
            Some("tool_result") if role == "user" => parts.push(Part::ToolCallResponse {
                id: s(b, "tool_use_id"),
                response: b.get("content").cloned().unwrap_or(Value::Null),
            }),
            _ => {}
        }
    }
    parts
}

/// A `thinking` or `redacted_thinking` block: it must go back to the API exactly as received.
fn is_thinking(block: &Value) -> bool {
    matches!(block.get("type").and_then(Value::as_str), Some("thinking" | "redacted_thinking"))
}

/// Input messages: `system` first, then the conversation (user turns carrying tool results become `tool`).
pub(crate) fn request_messages(req: &Value) -> Vec<Message> {
    let mut out = Vec::new();
    if let Some(sys) = req.get("system") {
        out.push(Message { role: "system".into(), parts: text_parts(sys), finish_reason: None });
    }
    for m in req.get("messages").and_then(Value::as_array).into_iter().flatten() {
        let role = m.get("role").and_then(Value::as_str).unwrap_or("user");
        let parts = blocks(m.get("content").unwrap_or(&Value::Null), role);
        let all_results =
            !parts.is_empty() && parts.iter().all(|p| matches!(p, Part::ToolCallResponse { .. }));
        let role = if all_results { "tool" } else { role };
        out.push(Message { role: role.to_string(), parts, finish_reason: None });
    }
    out
}

/// Anthropic usage → OTel usage (cache tokens added into input).
pub(crate) fn usage(u: &Value) -> Option<Usage> {
    if !u.is_object() {
        return None;
    }
    let read = n(u, "cache_read_input_tokens");
    let write = n(u, "cache_creation_input_tokens");
    Some(Usage {
        input_tokens: n(u, "input_tokens") + read + write,
        output_tokens: n(u, "output_tokens"),
        cache_read_input_tokens: read,
        cache_creation_input_tokens: write,
        cache_creation_1h_input_tokens: n(&u["cache_creation"], "ephemeral_1h_input_tokens").min(write),
        ..Usage::default()
    })
}

fn error(body: &Value) -> Option<CallError> {
    let e = body.get("error").filter(|e| e.is_object())?;
    Some(CallError {
        kind: s(e, "type").unwrap_or_else(|| "_OTHER".into()),
        message: s(e, "message").unwrap_or_default(),
    })
}

pub(crate) fn parse_response(rec: &mut Record, body: &Value) {
    if let Some(e) = error(body) {
        rec.error = Some(e);
        return;
    }
    rec.response_model = s(body, "model");
    rec.response_id = s(body, "id");
    rec.usage = usage(&body["usage"]);
    let reason = s(body, "stop_reason").map(|r| finish_reason(&r));
    if let Some(r) = &reason {
        rec.finish_reasons.push(r.clone());
    }
    let content = body.get("content").unwrap_or(&Value::Null);
    if content.as_array().is_some_and(|b| b.iter().any(is_thinking)) {
        rec.replay_output = Some(content.clone());
    }
    let parts = blocks(content, "assistant");
    rec.output_messages.push(Message { role: "assistant".into(), parts, finish_reason: reason });
}

/// A streamed response: `message_start`, content block events, `message_delta`, `message_stop`.
pub(crate) fn parse_stream(rec: &mut Record, events: &[Event]) -> Result<(), Error> {
    let mut raw_usage = serde_json::Map::new();
    // Per block index: the block as started, its accumulated text / JSON / thinking, its signature.
    let mut blocks_by_index: BTreeMap<u64, (Value, String, String)> = BTreeMap::new();
    let mut stop = false;
    let mut reason = None;
    for ev in events {
        let data: Value = serde_json::from_str(&ev.data)
            .map_err(|e| Error::parse(format!("messages stream: bad event data: {e}")))?;
        let kind = data.get("type").and_then(Value::as_str).or(ev.name.as_deref()).unwrap_or("");
        match kind {
            "message_start" => {
                let m = &data["message"];
                rec.response_model = s(m, "model");
                rec.response_id = s(m, "id");
                if let Some(u) = m["usage"].as_object() {
                    raw_usage.extend(u.clone());
                }
            }
            "content_block_start" => {
                let block = data["content_block"].clone();
                blocks_by_index.insert(n(&data, "index"), (block, String::new(), String::new()));
            }
            "content_block_delta" => {
                let d = &data["delta"];
                let slot = blocks_by_index.entry(n(&data, "index")).or_default();
                for key in ["text", "partial_json", "thinking"] {
                    if let Some(t) = d.get(key).and_then(Value::as_str) {
                        slot.1.push_str(t);
                    }
                }
                if let Some(sig) = d.get("signature").and_then(Value::as_str) {
                    slot.2.push_str(sig);
                }
            }
            "message_delta" => {
                reason = s(&data["delta"], "stop_reason").map(|r| finish_reason(&r));
                // Final counts: output always; input and cache counts when the server repeats them.
                if let Some(u) = data["usage"].as_object() {
                    for (k, v) in u {
                        if !v.is_null() {
                            raw_usage.insert(k.clone(), v.clone());
                        }
                    }
                }
            }
            "message_stop" => stop = true,
            "error" => {
                rec.error = error(&data);
                stop = true;
            }
            _ => {}
        }
    }
    if !stop {
        return Err(Error::parse("truncated SSE stream: no `message_stop` event"));
    }
    if !raw_usage.is_empty() {
        rec.usage = usage(&Value::Object(raw_usage));
    }
    let mut parts = Vec::new();
    let mut raw = Vec::new();
    for (_, (block, acc, signature)) in blocks_by_index {
        match block.get("type").and_then(Value::as_str) {
            Some("tool_use") => {
                let input = if acc.is_empty() {
                    block.get("input").cloned().unwrap_or(Value::Null)
                } else {
                    arguments(&acc)
                };
                raw.push(serde_json::json!({
                    "type": "tool_use", "id": block["id"], "name": block["name"], "input": input,
                }));
                parts.push(Part::ToolCall {
                    id: s(&block, "id"),
                    name: s(&block, "name").unwrap_or_default(),
                    arguments: input,
                });
            }
            Some("thinking") => {
                let sig =
                    if signature.is_empty() { block["signature"].clone() } else { Value::String(signature) };
                raw.push(serde_json::json!({ "type": "thinking", "thinking": acc, "signature": sig }));
                parts.push(Part::Reasoning { content: acc });
            }
            // Opaque: sent whole in `content_block_start`, passed back as is.
            Some("redacted_thinking") => raw.push(block),
            _ => {
                raw.push(serde_json::json!({ "type": "text", "text": acc }));
                parts.push(Part::Text { content: acc });
            }
        }
    }
    if raw.iter().any(is_thinking) {
        rec.replay_output = Some(Value::Array(raw));
    }
    if let Some(r) = &reason {
        rec.finish_reasons.push(r.clone());
    }
    if rec.error.is_none() || !parts.is_empty() {
        rec.output_messages.push(Message { role: "assistant".into(), parts, finish_reason: reason });
    }
    Ok(())
}
