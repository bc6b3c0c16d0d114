//! Reading GenAI attributes of every generation of naming: OTel v1.37+ and the latest experimental
//! names, pre-v1.37 legacy (`gen_ai.system`, `gen_ai.prompt`/`gen_ai.completion`, indexed
//! `gen_ai.prompt.{i}.content`), OpenLLMetry (`gen_ai.usage.prompt_tokens`, `llm.request.type`) and
//! OpenInference (`llm.token_count.*`, `llm.model_name`, `llm.input_messages.{i}.message.*`).
//!
//! Each reader tries the names newest first, so a span carrying both spellings reads the current one.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::Error;
use crate::record::{Document, Message, Part, Usage};

/// A span's attributes as plain JSON values.
pub(crate) type Attrs = BTreeMap<String, Value>;

pub(crate) fn first_str(a: &Attrs, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| match a.get(*k)? {
        Value::String(s) if !s.is_empty() => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    })
}

pub(crate) fn first_f64(a: &Attrs, keys: &[&str]) -> Option<f64> {
    keys.iter().find_map(|k| match a.get(*k)? {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    })
}

pub(crate) fn first_u64(a: &Attrs, keys: &[&str]) -> Option<u64> {
    first_f64(a, keys).filter(|v| *v >= 0.0 && v.is_finite()).map(|v| v as u64)
}

/// `gen_ai.system` / `llm.provider` values → `gen_ai.provider.name`.
pub(crate) fn provider(a: &Attrs) -> String {
    let raw = first_str(a, &["gen_ai.provider.name", "gen_ai.system", "llm.provider", "llm.system"]);
    let raw = raw.unwrap_or_default().to_ascii_lowercase();
    match raw.as_str() {
        "az.ai.inference" | "azure_ai" => "azure.ai.inference",
        "az.ai.openai" | "azure" | "azure_openai" => "azure.ai.openai",
        "vertex_ai" | "vertexai" => "gcp.vertex_ai",
        "gemini" | "google" | "google_genai" => "gcp.gemini",
        "aws" | "bedrock" | "aws_bedrock" => "aws.bedrock",
        "xai" => "x_ai",
        "mistralai" | "mistral" => "mistral_ai",
        "watsonx" => "ibm.watsonx.ai",
        other => other,
    }
    .to_string()
}

/// `gen_ai.operation.name`, else OpenLLMetry `llm.request.type`, else OpenInference span kind.
pub(crate) fn operation(a: &Attrs) -> Option<String> {
    if let Some(op) = first_str(a, &["gen_ai.operation.name"]) {
        return Some(op);
    }
    let mapped = match first_str(a, &["llm.request.type"]).as_deref() {
        Some("chat") => "chat",
        Some("completion") => "text_completion",
        Some("embedding") => "embeddings",
        Some(_) | None => match first_str(a, &["openinference.span.kind"])
            .map(|k| k.to_ascii_uppercase())
            .as_deref()
        {
            Some("LLM") => "chat",
            Some("EMBEDDING") => "embeddings",
            Some("TOOL") => "execute_tool",
            Some("RETRIEVER") => "retrieval",
            Some("AGENT") => "invoke_agent",
            _ if a.keys().any(|k| k.starts_with("gen_ai.usage.") || k.starts_with("llm.token_count.")) => {
                "chat"
            }
            _ => return None,
        },
    };
    Some(mapped.to_string())
}

/// Usage in OTel meaning. A producer that reported Anthropic's exclusive counts (cache reads and writes
/// larger than the input they should be part of) is corrected by adding them in.
pub(crate) fn usage(a: &Attrs) -> Option<Usage> {
    let input = first_u64(
        a,
        &[
            "gen_ai.usage.input_tokens",
            "gen_ai.usage.prompt_tokens",
            "llm.token_count.prompt",
            "llm.usage.prompt_tokens",
        ],
    );
    let output = first_u64(
        a,
        &[
            "gen_ai.usage.output_tokens",
            "gen_ai.usage.completion_tokens",
            "llm.token_count.completion",
            "llm.usage.completion_tokens",
        ],
    );
    let read = first_u64(
        a,
        &[
            "gen_ai.usage.cache_read.input_tokens",
            "gen_ai.usage.cache_read_input_tokens",
            "llm.token_count.prompt_details.cache_read",
        ],
    );
    let write = first_u64(
        a,
        &[
            "gen_ai.usage.cache_write.input_tokens",
            "gen_ai.usage.cache_creation.input_tokens",
            "gen_ai.usage.cache_creation_input_tokens",
            "llm.token_count.prompt_details.cache_write",
        ],
    );
    let reasoning = first_u64(
        a,
        &[
            "gen_ai.usage.reasoning.output_tokens",
            "gen_ai.usage.reasoning_tokens",
            "llm.token_count.completion_details.reasoning",
        ],
    );
    if input.is_none() && output.is_none() {
        return None;
    }
    let (read, write) = (read.unwrap_or(0), write.unwrap_or(0));
    let mut input = input.unwrap_or(0);
    if read.saturating_add(write) > input {
        input = input.saturating_add(read).saturating_add(write);
    }
    let output = output.unwrap_or(0);
    Some(Usage {
        input_tokens: input,
        output_tokens: output.max(reasoning.unwrap_or(0)),
        cache_read_input_tokens: read,
        cache_creation_input_tokens: write,
        reasoning_output_tokens: reasoning.unwrap_or(0),
        ..Usage::default()
    })
}

/// A structured attribute that may arrive as a JSON string (OTel spans) or as a structured value.
fn structured(v: &Value, key: &str) -> Result<Value, Error> {
    match v {
        Value::String(s) => {
            serde_json::from_str(s).map_err(|e| Error::parse(format!("`{key}` is not JSON: {e}")))
        }
        other => Ok(other.clone()),
    }
}

fn part(p: &Value) -> Option<Part> {
    serde_json::from_value::<Part>(p.clone()).ok().or_else(|| {
        // `tool_call_response` written with `result` (the v1.41 example's spelling) instead of `response`.
        let r = p.get("result")?;
        Some(Part::ToolCallResponse {
            id: p.get("id").and_then(Value::as_str).map(str::to_string),
            response: r.clone(),
        })
    })
}

fn messages_from(v: &Value) -> Vec<Message> {
    v.as_array()
        .into_iter()
        .flatten()
        .map(|m| {
            let role = m.get("role").and_then(Value::as_str).unwrap_or("user").to_string();
            let parts = match (m.get("parts"), m.get("content")) {
                (Some(Value::Array(ps)), _) => ps.iter().filter_map(part).collect(),
                (_, Some(Value::String(t))) => vec![Part::Text { content: t.clone() }],
                _ => Vec::new(),
            };
            let finish_reason = m.get("finish_reason").and_then(Value::as_str).map(str::to_string);
            Message { role, parts, finish_reason }
        })
        .collect()
}

/// Indexed flattened messages: `{prefix}.{i}.{role_key}` and `{prefix}.{i}.{content_key}`.
fn indexed(a: &Attrs, prefix: &str, role_key: &str, content_key: &str) -> Vec<Message> {
    let mut by_index: BTreeMap<u64, Message> = BTreeMap::new();
    let p = format!("{prefix}.");
    for (k, v) in a.range(p.clone()..) {
        let Some(rest) = k.strip_prefix(&p) else { break };
        let Some((i, field)) = rest.split_once('.') else { continue };
        let Ok(i) = i.parse::<u64>() else { continue };
        let m = by_index.entry(i).or_insert_with(|| Message {
            role: "user".into(),
            parts: Vec::new(),
            finish_reason: None,
        });
        let text = match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        if field == role_key {
            m.role = text;
        } else if field == content_key {
            m.parts.push(Part::Text { content: text });
        } else if field == "finish_reason" {
            m.finish_reason = Some(text);
        }
    }
    by_index.into_values().collect()
}

/// A legacy whole-conversation attribute: JSON messages, else plain text.
fn legacy(v: &Value, role: &str) -> Vec<Message> {
    if let Value::String(s) = v
        && let Ok(parsed @ Value::Array(_)) = serde_json::from_str::<Value>(s)
    {
        return messages_from(&parsed);
    }
    let text = match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    vec![Message { role: role.into(), parts: vec![Part::Text { content: text }], finish_reason: None }]
}

/// Input and output messages, newest convention first.
pub(crate) fn messages(a: &Attrs) -> Result<(Vec<Message>, Vec<Message>), Error> {
    let mut input = Vec::new();
    if let Some(v) = a.get("gen_ai.system_instructions") {
        let parts: Vec<Part> = structured(v, "gen_ai.system_instructions")?
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(part)
            .collect();
        input.push(Message { role: "system".into(), parts, finish_reason: None });
    }
    if let Some(v) = a.get("gen_ai.input.messages") {
        input.extend(messages_from(&structured(v, "gen_ai.input.messages")?));
    } else if let Some(v) = a.get("gen_ai.prompt") {
        input.extend(legacy(v, "user"));
    } else {
        let mut m = indexed(a, "gen_ai.prompt", "role", "content");
        if m.is_empty() {
            m = indexed(a, "llm.input_messages", "message.role", "message.content");
        }
        input.extend(m);
    }
    let output = if let Some(v) = a.get("gen_ai.output.messages") {
        messages_from(&structured(v, "gen_ai.output.messages")?)
    } else if let Some(v) = a.get("gen_ai.completion") {
        legacy(v, "assistant")
    } else {
        let m = indexed(a, "gen_ai.completion", "role", "content");
        if m.is_empty() { indexed(a, "llm.output_messages", "message.role", "message.content") } else { m }
    };
    Ok((input, output))
}

/// Retrieved documents: `gen_ai.retrieval.documents` (`[{id, score}]`), else OpenInference
/// `retrieval.documents.{i}.document.{id,score}`.
pub(crate) fn documents(a: &Attrs) -> Result<Vec<Document>, Error> {
    if let Some(v) = a.get("gen_ai.retrieval.documents") {
        let v = structured(v, "gen_ai.retrieval.documents")?;
        return Ok(v
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|d| {
                let id = match d.get("id")? {
                    Value::String(s) => s.clone(),
                    other => other.to_string(),
                };
                Some(Document { id, score: d.get("score").and_then(Value::as_f64) })
            })
            .collect());
    }
    let mut docs: BTreeMap<u64, Document> = BTreeMap::new();
    for (k, v) in a.range("retrieval.documents.".to_string()..) {
        let Some(rest) = k.strip_prefix("retrieval.documents.") else { break };
        let Some((i, field)) = rest.split_once('.') else { continue };
        let Ok(i) = i.parse::<u64>() else { continue };
        let d = docs.entry(i).or_insert_with(|| Document { id: String::new(), score: None });
        match field {
            "document.id" => d.id = v.as_str().map_or_else(|| v.to_string(), str::to_string),
            "document.score" => d.score = v.as_f64(),
            _ => {}
        }
    }
    Ok(docs.into_values().filter(|d| !d.id.is_empty()).collect())
}

/// A JSON-ish attribute value (tool arguments/results): parsed when it is a JSON string, else as is.
pub(crate) fn loose_json(v: &Value) -> Value {
    match v {
        Value::String(s) => serde_json::from_str(s).unwrap_or_else(|_| v.clone()),
        other => other.clone(),
    }
}
