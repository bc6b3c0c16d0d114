//! What one SSE event of OpenAI Chat, OpenAI Responses or Anthropic Messages carries: text deltas of
//! which content stream, which streams it closes, and whether it repeats full texts.

use serde_json::{Value, json};

use super::super::json::Seg;

/// How to make a new delta event for a stream (to emit text still held when the stream closes).
#[derive(Clone, Debug)]
pub(crate) struct Template {
    pub name: Option<String>,
    pub value: Value,
    /// JSON pointer of the delta string inside `value`.
    pub pointer: String,
}

/// One text delta in the event.
#[derive(Debug)]
pub(crate) struct Delta {
    pub path: Vec<Seg>,
    /// Content stream key; every key ends with `:` so prefixes select whole streams.
    pub key: String,
    /// The stream is JSON text (tool-call arguments).
    pub json_text: bool,
    pub template: Template,
}

/// The event's meaning for redaction.
#[derive(Debug, Default)]
pub(crate) struct Plan {
    pub deltas: Vec<Delta>,
    /// Key prefixes of the streams this event ends (after its own deltas).
    pub closes: Vec<String>,
    /// The event repeats full texts (`.done` events, completed responses): redact them one-shot.
    pub whole: bool,
}

fn key(path: &[&str]) -> Vec<Seg> {
    path.iter().map(|s| s.parse().map(Seg::Index).unwrap_or_else(|_| Seg::Key((*s).to_string()))).collect()
}

fn num(v: &Value, field: &str, default: usize) -> usize {
    v.get(field).and_then(Value::as_u64).and_then(|n| usize::try_from(n).ok()).unwrap_or(default)
}

/// Plans `v` (the event's data) given the event name.
pub(crate) fn plan(v: &Value, name: Option<&str>) -> Plan {
    if let Some(choices) = v.get("choices").and_then(Value::as_array) {
        return chat(v, choices);
    }
    match v.get("type").and_then(Value::as_str) {
        Some(t) if t.starts_with("response.") => responses(v, t, name),
        Some(t) => anthropic(v, t),
        None => Plan::default(),
    }
}

fn chat(v: &Value, choices: &[Value]) -> Plan {
    let mut plan = Plan::default();
    for (pos, choice) in choices.iter().enumerate() {
        let idx = num(choice, "index", pos);
        let p = pos.to_string();
        let envelope = |delta: Value| {
            let mut t = v.clone();
            if let Some(obj) = t.as_object_mut() {
                obj.insert(
                    "choices".into(),
                    json!([{ "index": idx, "delta": delta, "finish_reason": null }]),
                );
            }
            t
        };
        let delta = choice.get("delta");
        for field in ["content", "refusal"] {
            if delta.and_then(|d| d.get(field)).is_some_and(Value::is_string) {
                plan.deltas.push(Delta {
                    path: key(&["choices", &p, "delta", field]),
                    key: format!("chat:{idx}:{field}:"),
                    json_text: false,
                    template: Template {
                        name: None,
                        value: envelope(json!({ field: "" })),
                        pointer: format!("/choices/0/delta/{field}"),
                    },
                });
            }
        }
        let calls = delta.and_then(|d| d.get("tool_calls")).and_then(Value::as_array);
        for (k, call) in calls.into_iter().flatten().enumerate() {
            if call.pointer("/function/arguments").is_some_and(Value::is_string) {
                let ti = num(call, "index", k);
                plan.deltas.push(Delta {
                    path: key(&[
                        "choices",
                        &p,
                        "delta",
                        "tool_calls",
                        &k.to_string(),
                        "function",
                        "arguments",
                    ]),
                    key: format!("chat:{idx}:tool:{ti}:"),
                    json_text: true,
                    template: Template {
                        name: None,
                        value: envelope(
                            json!({ "tool_calls": [{ "index": ti, "function": { "arguments": "" } }] }),
                        ),
                        pointer: "/choices/0/delta/tool_calls/0/function/arguments".into(),
                    },
                });
            }
        }
        if choice.get("finish_reason").is_some_and(|f| !f.is_null()) {
            plan.closes.push(format!("chat:{idx}:"));
        }
    }
    plan
}

fn anthropic(v: &Value, t: &str) -> Plan {
    let mut plan = Plan::default();
    let i = num(v, "index", 0);
    let template = |kind: &str, field: &str| Template {
        name: Some("content_block_delta".into()),
        value: json!({ "type": "content_block_delta", "index": i, "delta": { "type": kind, field: "" } }),
        pointer: format!("/delta/{field}"),
    };
    match t {
        "content_block_start" if v.pointer("/content_block/text").is_some_and(Value::is_string) => {
            plan.deltas.push(Delta {
                path: key(&["content_block", "text"]),
                key: format!("ant:{i}:"),
                json_text: false,
                template: template("text_delta", "text"),
            });
        }
        "content_block_start" | "message_start" | "message_delta" => plan.whole = true,
        "content_block_delta" => match v.pointer("/delta/type").and_then(Value::as_str) {
            Some("text_delta") => plan.deltas.push(Delta {
                path: key(&["delta", "text"]),
                key: format!("ant:{i}:"),
                json_text: false,
                template: template("text_delta", "text"),
            }),
            Some("input_json_delta") => plan.deltas.push(Delta {
                path: key(&["delta", "partial_json"]),
                key: format!("ant:{i}:"),
                json_text: true,
                template: template("input_json_delta", "partial_json"),
            }),
            _ => {}
        },
        "content_block_stop" => plan.closes.push(format!("ant:{i}:")),
        "message_stop" => plan.closes.push(String::new()),
        _ => {}
    }
    plan
}

fn responses(v: &Value, t: &str, name: Option<&str>) -> Plan {
    let mut plan = Plan::default();
    let (o, c) = (num(v, "output_index", 0), num(v, "content_index", 0));
    let delta = |key: String, json_text: bool| {
        let mut value = v.clone();
        if let Some(obj) = value.as_object_mut() {
            obj.insert("delta".into(), Value::String(String::new()));
        }
        Delta {
            path: vec![Seg::Key("delta".into())],
            key,
            json_text,
            template: Template { name: name.map(str::to_string), value, pointer: "/delta".into() },
        }
    };
    match t {
        "response.output_text.delta" => plan.deltas.push(delta(format!("resp:{o}:{c}:text:"), false)),
        "response.refusal.delta" => plan.deltas.push(delta(format!("resp:{o}:{c}:refusal:"), false)),
        "response.function_call_arguments.delta" => plan.deltas.push(delta(format!("resp:{o}:args:"), true)),
        "response.output_text.done" => plan.closes.push(format!("resp:{o}:{c}:text:")),
        "response.refusal.done" => plan.closes.push(format!("resp:{o}:{c}:refusal:")),
        "response.function_call_arguments.done" => plan.closes.push(format!("resp:{o}:args:")),
        "response.content_part.done" => plan.closes.push(format!("resp:{o}:{c}:")),
        "response.output_item.done" => plan.closes.push(format!("resp:{o}:")),
        "response.completed" | "response.incomplete" | "response.failed" => plan.closes.push(String::new()),
        _ => {}
    }
    plan.whole = plan.deltas.is_empty();
    plan
}
