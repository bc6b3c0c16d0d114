//! The wire shapes replay writes: how each provider API expects an assistant turn and tool results to be
//! sent back in the next request, and how a normalized input is encoded when no request was recorded.
//!
//! Conventions (the providers' documented agent loops):
//! - OpenAI Chat: the assistant message with `content` (`null` without text) and `tool_calls` (arguments
//!   as compact JSON); each result a `role: tool` message with string content.
//! - OpenAI Responses: the response's `output` items appended to `input` unchanged (item ids, statuses,
//!   reasoning items with `encrypted_content`); each result a `function_call_output` item with string
//!   `output`. A string `input` stands for one user message item.
//! - Anthropic Messages: the response's `content` blocks as the assistant turn, unchanged when they hold
//!   `thinking` (with its `signature`) or `redacted_thinking` blocks, which the API requires back as
//!   received in tool-use turns; all results in one `user` turn of `tool_result` blocks (`is_error: true`
//!   when the tool step failed).
//!
//! Each function also returns how many normalized messages (`Record::input_messages` of the next call)
//! its output stands for, which is how replay finds the part of the next request the app added itself.

use serde_json::{Map, Value, json};

use super::tools::ToolCall;
use crate::record::{Api, Message, Part, Record};

/// The request key that carries the conversation.
pub(crate) fn conversation_key(api: Api) -> &'static str {
    if api == Api::OpenaiResponses { "input" } else { "messages" }
}

/// The request path of `api`.
pub(crate) fn path(api: Api) -> &'static str {
    match api {
        Api::AnthropicMessages => "/v1/messages",
        Api::OpenaiResponses => "/v1/responses",
        _ => "/v1/chat/completions",
    }
}

/// The recorded conversation of a request as a list (a Responses string `input` → one user message).
pub(crate) fn recorded_conversation(api: Api, request: &Value) -> Option<Vec<Value>> {
    match request.get(conversation_key(api))? {
        Value::Array(items) => Some(items.clone()),
        Value::String(s) if api == Api::OpenaiResponses => {
            Some(vec![json!({ "role": "user", "content": s })])
        }
        _ => None,
    }
}

/// How many normalized input messages come before the conversation: the Anthropic `system` and the
/// Responses `instructions`, which the parsers turn into a leading `system` message.
pub(crate) fn lead(api: Api, r: &Record) -> usize {
    let key = match api {
        Api::AnthropicMessages => "system",
        Api::OpenaiResponses => "instructions",
        _ => return 0,
    };
    let present = match &r.request {
        Some(req) if api == Api::OpenaiResponses => req.get(key).is_some_and(Value::is_string),
        Some(req) => req.get(key).is_some(),
        None => r.input_messages.first().is_some_and(|m| m.role == "system"),
    };
    usize::from(present)
}

fn args_string(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn text_of(parts: &[Part]) -> String {
    parts
        .iter()
        .filter_map(|p| if let Part::Text { content } = p { Some(content.as_str()) } else { None })
        .collect()
}

fn tool_calls_of(m: &Message) -> impl Iterator<Item = (&Option<String>, &String, &Value)> {
    m.parts.iter().filter_map(|p| match p {
        Part::ToolCall { id, name, arguments } => Some((id, name, arguments)),
        _ => None,
    })
}

/// One assistant message encoded from its normalized parts.
fn assistant_message(api: Api, m: &Message) -> Vec<Value> {
    match api {
        Api::AnthropicMessages => {
            let blocks: Vec<Value> = m
                .parts
                .iter()
                .filter_map(|p| match p {
                    Part::Text { content } => Some(json!({ "type": "text", "text": content })),
                    Part::ToolCall { id, name, arguments } => {
                        Some(json!({ "type": "tool_use", "id": id, "name": name, "input": arguments }))
                    }
                    _ => None,
                })
                .collect();
            vec![json!({ "role": "assistant", "content": blocks })]
        }
        Api::OpenaiResponses => {
            let mut items = Vec::new();
            let text = text_of(&m.parts);
            if !text.is_empty() {
                items.push(json!({ "role": "assistant", "content": text }));
            }
            for (id, name, arguments) in tool_calls_of(m) {
                items.push(json!({
                    "type": "function_call", "call_id": id, "name": name, "arguments": args_string(arguments),
                }));
            }
            items
        }
        _ => {
            let text = text_of(&m.parts);
            let content = if text.is_empty() { Value::Null } else { Value::String(text) };
            let mut msg = json!({ "role": "assistant", "content": content });
            let calls: Vec<Value> = tool_calls_of(m)
                .map(|(id, name, arguments)| {
                    json!({ "id": id, "type": "function",
                            "function": { "name": name, "arguments": args_string(arguments) } })
                })
                .collect();
            if !calls.is_empty() {
                msg["tool_calls"] = Value::Array(calls);
            }
            for p in &m.parts {
                if let Part::Refusal { content } = p {
                    msg["refusal"] = Value::String(content.clone());
                }
            }
            vec![msg]
        }
    }
}

/// The assistant turn call `p` returned, as the next request carries it, and its normalized count.
pub(crate) fn assistant_turn(api: Api, p: &Record) -> (Vec<Value>, usize) {
    match (api, p.replay_output.as_ref()) {
        (Api::OpenaiResponses, Some(Value::Array(items))) => (items.clone(), items.len()),
        (Api::AnthropicMessages, Some(blocks @ Value::Array(_))) => {
            (vec![json!({ "role": "assistant", "content": blocks })], 1)
        }
        _ => {
            let msgs: Vec<Value> = p.output_messages.iter().flat_map(|m| assistant_message(api, m)).collect();
            // Chat and Anthropic: one provider message per normalized one; Responses: one item each.
            let n = if api == Api::OpenaiResponses { msgs.len() } else { p.output_messages.len() };
            (msgs, n)
        }
    }
}

fn result_string(result: Option<&Value>) -> Value {
    match result {
        Some(Value::String(s)) => Value::String(s.clone()),
        Some(other) => Value::String(other.to_string()),
        None => Value::Null,
    }
}

/// The tool-result messages answering `asked` (in the order asked), and their normalized count.
pub(crate) fn tool_results(api: Api, asked: &[&ToolCall]) -> (Vec<Value>, usize) {
    let answered: Vec<&&ToolCall> = asked.iter().filter(|c| c.result.is_some()).collect();
    match api {
        Api::AnthropicMessages if !answered.is_empty() => {
            let blocks: Vec<Value> = answered
                .iter()
                .map(|c| {
                    let mut b =
                        json!({ "type": "tool_result", "tool_use_id": c.call_id, "content": c.result });
                    if c.error.is_some() {
                        b["is_error"] = Value::Bool(true);
                    }
                    b
                })
                .collect();
            (vec![json!({ "role": "user", "content": blocks })], 1)
        }
        Api::AnthropicMessages => (Vec::new(), 0),
        Api::OpenaiResponses => {
            let items: Vec<Value> = answered
                .iter()
                .map(|c| {
                    json!({ "type": "function_call_output", "call_id": c.call_id,
                            "output": result_string(c.result.as_ref()) })
                })
                .collect();
            let n = items.len();
            (items, n)
        }
        _ => {
            let msgs: Vec<Value> = answered
                .iter()
                .map(|c| {
                    json!({ "role": "tool", "tool_call_id": c.call_id, "content": result_string(c.result.as_ref()) })
                })
                .collect();
            let n = msgs.len();
            (msgs, n)
        }
    }
}

/// Provider messages of a normalized input (for calls without a recorded request): the leading system
/// text (Anthropic `system`, Responses `instructions`) and the conversation.
pub(crate) fn encode_input(api: Api, msgs: &[Message]) -> (Option<Value>, Vec<Value>) {
    let mut system = None;
    let mut out = Vec::new();
    for (i, m) in msgs.iter().enumerate() {
        match (api, m.role.as_str()) {
            (Api::AnthropicMessages | Api::OpenaiResponses, "system") if i == 0 => {
                system = Some(Value::String(text_of(&m.parts)));
            }
            (_, "assistant") => out.extend(assistant_message(api, m)),
            (_, "tool") => {
                let calls: Vec<ToolCall> = m
                    .parts
                    .iter()
                    .filter_map(|p| match p {
                        Part::ToolCallResponse { id, response } => Some(ToolCall {
                            call_id: id.clone().unwrap_or_default(),
                            name: String::new(),
                            arguments: Value::Null,
                            result: Some(response.clone()),
                            error: None,
                            span_id: None,
                            requested_by: None,
                            ok: true,
                        }),
                        _ => None,
                    })
                    .collect();
                out.extend(tool_results(api, &calls.iter().collect::<Vec<_>>()).0);
            }
            (_, role) => out.push(json!({ "role": role, "content": text_of(&m.parts) })),
        }
    }
    (system, out)
}

/// Request settings from normalized parameters (for calls without a recorded request).
pub(crate) fn settings(r: &Record) -> Map<String, Value> {
    let mut o = Map::new();
    let p = &r.params;
    if let Some(m) = &r.request_model {
        o.insert("model".into(), json!(m));
    }
    let mut put = |k: &str, v: Option<Value>| {
        if let Some(v) = v {
            o.insert(k.into(), v);
        }
    };
    let max_key = if r.api == Api::OpenaiResponses { "max_output_tokens" } else { "max_tokens" };
    put("temperature", p.temperature.map(Value::from));
    put("top_p", p.top_p.map(Value::from));
    put(max_key, p.max_tokens.map(Value::from));
    put("seed", p.seed.map(Value::from));
    put("frequency_penalty", p.frequency_penalty.map(Value::from));
    put("presence_penalty", p.presence_penalty.map(Value::from));
    put("top_k", p.top_k.map(Value::from));
    let stop_key = if r.api == Api::AnthropicMessages { "stop_sequences" } else { "stop" };
    put(stop_key, (!p.stop_sequences.is_empty()).then(|| json!(p.stop_sequences)));
    put("stream", r.stream.then_some(Value::Bool(true)));
    o
}
