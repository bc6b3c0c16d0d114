//! The tool calls of one trace, joined from every place the trace mentions them.
//!
//! A tool call shows up up to three times: the model asks for it (a `tool_call` part of an LLM step's
//! output, with id, name and arguments), the agent runs it (an `execute_tool` step with
//! `gen_ai.tool.call.id`, maybe an error), and the result goes back to the model (a
//! `tool_call_response` part in a later request). They are joined by call id; the `execute_tool` step
//! wins for the result and outcome, the messages fill in what it lacks (so a capture with only HTTP
//! exchanges still yields tool calls, and a bare `execute_tool` step gets its arguments).
//!
//! A call **succeeded** when it has a result and neither its step failed nor the result was sent back
//! flagged as an error (Anthropic `tool_result.is_error`). A call with no result is `unanswered`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::record::{Api, Part, Record};

/// One tool call of a trace.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ToolCall {
    /// `gen_ai.tool.call.id` (`""` when no id was given).
    pub call_id: String,
    /// `gen_ai.tool.name`.
    pub name: String,
    /// Arguments (`null` when unknown).
    pub arguments: Value,
    /// Result, when one exists.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub result: Option<Value>,
    /// `error.type` of the tool step, or `tool_error` for a result flagged as an error.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// Span id of the `execute_tool` step, when the capture has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span_id: Option<String>,
    /// Span id of the LLM step that asked for the call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub requested_by: Option<String>,
    /// Whether the call succeeded (see the module docs).
    pub ok: bool,
}

/// Call ids whose result an Anthropic request sent back with `is_error: true`.
fn flagged_errors(r: &Record) -> Vec<String> {
    if r.api != Api::AnthropicMessages {
        return Vec::new();
    }
    let msgs = r.request.as_ref().and_then(|q| q.get("messages")).and_then(Value::as_array);
    msgs.into_iter()
        .flatten()
        .filter_map(|m| m.get("content").and_then(Value::as_array))
        .flatten()
        .filter(|b| b.get("type").and_then(Value::as_str) == Some("tool_result"))
        .filter(|b| b.get("is_error").and_then(Value::as_bool) == Some(true))
        .filter_map(|b| b.get("tool_use_id").and_then(Value::as_str).map(str::to_string))
        .collect()
}

/// The tool calls of one trace (`records` in execution order), in the order they were requested (or
/// executed, for steps no model asked for).
pub fn tool_calls(records: &[&Record]) -> Vec<ToolCall> {
    let mut order: Vec<String> = Vec::new();
    let mut calls: BTreeMap<String, ToolCall> = BTreeMap::new();
    let mut anon = 0usize;
    let mut slot = |id: Option<&str>, order: &mut Vec<String>, calls: &mut BTreeMap<String, ToolCall>| {
        let key = match id.filter(|i| !i.is_empty()) {
            Some(i) => i.to_string(),
            None => {
                anon += 1;
                format!("\u{0}{anon}")
            }
        };
        if !calls.contains_key(&key) {
            order.push(key.clone());
            calls.insert(
                key.clone(),
                ToolCall {
                    call_id: id.unwrap_or("").to_string(),
                    name: String::new(),
                    arguments: Value::Null,
                    result: None,
                    error: None,
                    span_id: None,
                    requested_by: None,
                    ok: false,
                },
            );
        }
        key
    };
    let mut flagged = Vec::new();
    for r in records {
        flagged.extend(flagged_errors(r));
        for m in &r.output_messages {
            for p in &m.parts {
                if let Part::ToolCall { id, name, arguments } = p {
                    let k = slot(id.as_deref(), &mut order, &mut calls);
                    if let Some(c) = calls.get_mut(&k) {
                        c.name = name.clone();
                        c.arguments = arguments.clone();
                        c.requested_by = r.span_id.clone();
                    }
                }
            }
        }
        for m in &r.input_messages {
            for p in &m.parts {
                if let Part::ToolCallResponse { id: Some(id), response } = p
                    && let Some(c) = calls.get_mut(id)
                    && c.result.is_none()
                {
                    c.result = Some(response.clone());
                }
            }
        }
        if r.operation == "execute_tool" {
            let k = slot(r.step.tool_call_id.as_deref(), &mut order, &mut calls);
            if let Some(c) = calls.get_mut(&k) {
                c.span_id = r.span_id.clone();
                if let Some(n) = &r.step.tool_name {
                    c.name = n.clone();
                }
                if let Some(a) = &r.step.tool_arguments {
                    c.arguments = a.clone();
                }
                if let Some(res) = &r.step.tool_result {
                    c.result = Some(res.clone());
                }
                c.error = r.error.as_ref().map(|e| e.kind.clone());
            }
        }
    }
    for id in flagged {
        if let Some(c) = calls.get_mut(&id)
            && c.error.is_none()
        {
            c.error = Some("tool_error".into());
        }
    }
    order
        .into_iter()
        .filter_map(|k| calls.remove(&k))
        .map(|mut c| {
            c.ok = c.result.is_some() && c.error.is_none();
            c
        })
        .collect()
}
