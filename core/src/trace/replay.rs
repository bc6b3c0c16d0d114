//! Replay: rebuild, from a trace, the exact provider request of every model call, so a failed agent run
//! can be re-executed step by step (or against another model).
//!
//! The conversation is carried through the trace, not copied from each request: the first call's
//! messages are the run's input; every later call's messages are the previous call's messages, plus the
//! assistant message that call returned (from its normalized output), plus the results of the tools it
//! asked for (from the `execute_tool` steps of the trace, else from the tool-result messages of the
//! trace). Messages that the trace cannot explain (a new user turn appended by the app) are taken from
//! that call's recorded input. Request settings (model, tools, temperature, stream, …) come from the
//! call's recorded request, else from its normalized parameters (spans read from OTLP carry no request).
//!
//! Supported APIs: OpenAI Chat Completions and Anthropic Messages. Encodings follow the providers' SDK
//! conventions: OpenAI assistant messages carry `content` (`null` without text) and `tool_calls` with
//! arguments as compact JSON; tool results are `role: tool` messages with string content. Anthropic
//! assistant turns are content blocks; tool results are one `user` turn of `tool_result` blocks
//! (`is_error: true` when the tool step failed). Not reproducible from a trace, hence reported as
//! `rebuilt: false` with the recorded messages: conversations the app rewrote between calls (truncated
//! or summarized history), Anthropic `thinking` blocks (their signatures are not kept), and tool
//! arguments that were not compact JSON on the wire.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use super::tools::{ToolCall, tool_calls};
use crate::record::{Api, Message, Part, Record};
use crate::rollup::is_model_call;

/// One rebuilt request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReplayStep {
    /// Span id of the model call.
    pub span_id: String,
    /// Capture line of the model call.
    pub line: usize,
    /// The wire API.
    pub api: Api,
    /// The request path (`/v1/chat/completions`, `/v1/messages`).
    pub path: String,
    /// `server.address` of the original call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_address: Option<String>,
    /// The provider request body.
    pub request: Value,
    /// Whether the messages were rebuilt from the trace (`false`: taken from the recorded request,
    /// because the trace could not explain them).
    pub rebuilt: bool,
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

/// The assistant message a call returned, as the provider expects it back.
fn assistant(api: Api, m: &Message) -> Value {
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
            json!({ "role": "assistant", "content": blocks })
        }
        _ => {
            let text = text_of(&m.parts);
            let mut msg = json!({ "role": "assistant", "content": if text.is_empty() { Value::Null } else { Value::String(text) } });
            let calls: Vec<Value> = m
                .parts
                .iter()
                .filter_map(|p| match p {
                    Part::ToolCall { id, name, arguments } => Some(json!({
                        "id": id, "type": "function",
                        "function": { "name": name, "arguments": args_string(arguments) },
                    })),
                    _ => None,
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
            msg
        }
    }
}

/// The tool-result messages answering `asked` (in the order asked), and their normalized count.
fn tool_results(api: Api, asked: &[&ToolCall]) -> (Vec<Value>, usize) {
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
        _ => {
            let msgs: Vec<Value> = answered
                .iter()
                .map(|c| {
                    let content = match &c.result {
                        Some(Value::String(s)) => Value::String(s.clone()),
                        Some(other) => Value::String(other.to_string()),
                        None => Value::Null,
                    };
                    json!({ "role": "tool", "tool_call_id": c.call_id, "content": content })
                })
                .collect();
            let n = msgs.len();
            (msgs, n)
        }
    }
}

/// Provider messages of a normalized input (for calls without a recorded request).
fn encode_input(api: Api, msgs: &[Message]) -> (Option<Value>, Vec<Value>) {
    let mut system = None;
    let mut out = Vec::new();
    for m in msgs {
        match (api, m.role.as_str()) {
            (Api::AnthropicMessages, "system") => system = Some(Value::String(text_of(&m.parts))),
            (_, "assistant") => out.push(assistant(api, m)),
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
fn settings(r: &Record) -> Map<String, Value> {
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
    put("temperature", p.temperature.map(Value::from));
    put("top_p", p.top_p.map(Value::from));
    put("max_tokens", p.max_tokens.map(Value::from));
    put("seed", p.seed.map(Value::from));
    put("frequency_penalty", p.frequency_penalty.map(Value::from));
    put("presence_penalty", p.presence_penalty.map(Value::from));
    put("top_k", p.top_k.map(Value::from));
    let stop_key = if r.api == Api::AnthropicMessages { "stop_sequences" } else { "stop" };
    put(stop_key, (!p.stop_sequences.is_empty()).then(|| json!(p.stop_sequences)));
    put("stream", r.stream.then_some(Value::Bool(true)));
    o
}

/// Index in the provider `messages` array of normalized input message `i`.
fn raw_index(api: Api, r: &Record, i: usize) -> usize {
    let has_system = r.input_messages.first().is_some_and(|m| m.role == "system");
    if api == Api::AnthropicMessages && has_system { i.saturating_sub(1) } else { i }
}

/// Rebuilds the request of every OpenAI Chat and Anthropic Messages call of trace `trace_id`
/// (`records` may hold other traces; they are ignored), in execution order.
pub fn replay(trace_id: &str, records: &[Record]) -> Vec<ReplayStep> {
    let mut trace: Vec<&Record> =
        records.iter().filter(|r| r.trace_id.as_deref() == Some(trace_id)).collect();
    trace.sort_by_key(|r| (r.timing.start_unix_nano.unwrap_or(i64::MAX), r.line));
    let calls = tool_calls(&trace);
    let mut out = Vec::new();
    // The conversation so far: provider messages and how many normalized messages they stand for.
    let mut history: Option<(Vec<Value>, usize)> = None;
    let mut prev: Option<&Record> = None;
    for r in trace.iter().copied() {
        let api = r.api;
        if !is_model_call(r) || !matches!(api, Api::OpenaiChat | Api::AnthropicMessages) {
            continue;
        }
        let recorded = r.request.as_ref().and_then(|q| q.get("messages")).and_then(Value::as_array);
        let (mut body, recorded_msgs) = match &r.request {
            Some(Value::Object(o)) => (o.clone(), recorded.cloned()),
            _ => {
                let (system, msgs) = encode_input(api, &r.input_messages);
                let mut o = settings(r);
                if let Some(s) = system {
                    o.insert("system".into(), s);
                }
                (o, Some(msgs))
            }
        };
        let recorded_msgs = recorded_msgs.unwrap_or_default();
        let mut rebuilt = true;
        let messages = match (history.take(), prev.filter(|p| p.api == api)) {
            (Some((mut msgs, mut n)), Some(p)) => {
                for m in &p.output_messages {
                    msgs.push(assistant(api, m));
                    n += 1;
                }
                let asked: Vec<&ToolCall> = calls
                    .iter()
                    .filter(|c| c.requested_by.is_some() && c.requested_by == p.span_id)
                    .collect();
                let (results, count) = tool_results(api, &asked);
                msgs.extend(results);
                n += count;
                if r.input_messages.len() >= n {
                    msgs.extend(recorded_msgs.iter().skip(raw_index(api, r, n)).cloned());
                    msgs
                } else {
                    rebuilt = false;
                    recorded_msgs
                }
            }
            _ => recorded_msgs,
        };
        history = Some((messages.clone(), r.input_messages.len()));
        prev = Some(r);
        body.insert("messages".into(), Value::Array(messages));
        out.push(ReplayStep {
            span_id: r.span_id.clone().unwrap_or_default(),
            line: r.line,
            api,
            path: if api == Api::AnthropicMessages { "/v1/messages" } else { "/v1/chat/completions" }.into(),
            server_address: r.server_address.clone(),
            request: Value::Object(body),
            rebuilt,
        });
    }
    out
}
