//! Small JSON and SSE helpers shared by the provider parsers.
//!
//! SSE framing lives here (not per provider) because the three APIs share it: events are separated by a
//! blank line, `event:` names them, `data:` lines are joined with newlines.

use serde_json::Value;

use super::model::Part;

pub(crate) fn s(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

pub(crate) fn n(v: &Value, key: &str) -> u64 {
    v.get(key).and_then(Value::as_u64).unwrap_or(0)
}

/// Tool arguments: parsed JSON when the string is JSON, else the raw string.
pub(crate) fn arguments(raw: &str) -> Value {
    serde_json::from_str(raw).unwrap_or_else(|_| Value::String(raw.to_string()))
}

/// Text parts of an OpenAI/Anthropic content value (a string, or an array of typed parts).
pub(crate) fn text_parts(content: &Value) -> Vec<Part> {
    match content {
        Value::String(t) => vec![Part::Text { content: t.clone() }],
        Value::Array(items) => items
            .iter()
            .filter_map(|p| match p.get("type").and_then(Value::as_str) {
                Some("text" | "input_text" | "output_text") => {
                    s(p, "text").map(|t| Part::Text { content: t })
                }
                Some("refusal") => s(p, "refusal").map(|t| Part::Refusal { content: t }),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// Maps provider stop reasons to the OTel finish reasons.
pub(crate) fn finish_reason(raw: &str) -> String {
    match raw {
        "stop" | "end_turn" | "stop_sequence" | "completed" | "pause_turn" => "stop",
        "length" | "max_tokens" | "max_output_tokens" | "model_context_window_exceeded" => "length",
        "tool_calls" | "function_call" | "tool_use" => "tool_call",
        "content_filter" | "refusal" => "content_filter",
        "error" | "failed" => "error",
        other => other,
    }
    .to_string()
}

/// One server-sent event.
pub(crate) struct Event {
    pub name: Option<String>,
    pub data: String,
}

/// Splits raw SSE text into events (comments and empty events dropped).
pub(crate) fn sse_events(text: &str) -> Vec<Event> {
    let mut out = Vec::new();
    let mut name = None;
    let mut data: Vec<&str> = Vec::new();
    let flush = |name: &mut Option<String>, data: &mut Vec<&str>, out: &mut Vec<Event>| {
        if !data.is_empty() || name.is_some() {
            out.push(Event { name: name.take(), data: data.join("\n") });
            data.clear();
        }
    };
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() {
            flush(&mut name, &mut data, &mut out);
        } else if let Some(v) = line.strip_prefix("event:") {
            name = Some(v.trim().to_string());
        } else if let Some(v) = line.strip_prefix("data:") {
            data.push(v.strip_prefix(' ').unwrap_or(v));
        }
    }
    flush(&mut name, &mut data, &mut out);
    out
}
