//! GenAI span attributes of one record, per naming convention.
//!
//! One function per concern (request, response, usage, cost, agent/tool/retrieval, attribution,
//! content) so each attribute has exactly one place where it is decided. Usage is already in OTel meaning
//! in the record (input includes cache reads and writes), so it is written unchanged: no provider
//! arithmetic happens here.

use serde_json::{Value, json};

use super::anyvalue::Attrs;
use super::{OtelOptions, Semconv};
use crate::cost::Priced;
use crate::record::{Api, Message, Part, Record};

/// The usage attribute names of a convention: (cache read, cache write, reasoning).
pub fn usage_names(s: Semconv) -> [&'static str; 3] {
    match s {
        Semconv::V1_41 => [
            "gen_ai.usage.cache_read.input_tokens",
            "gen_ai.usage.cache_creation.input_tokens",
            "gen_ai.usage.reasoning.output_tokens",
        ],
        Semconv::Latest => [
            "gen_ai.usage.cache_read.input_tokens",
            "gen_ai.usage.cache_write.input_tokens",
            "gen_ai.usage.reasoning.output_tokens",
        ],
    }
}

/// The span name: `{operation} {model}`, `execute_tool {tool}`, `invoke_agent {agent}`,
/// `retrieval {data source}`, or the operation alone.
pub fn span_name(r: &Record) -> String {
    let target = match r.operation.as_str() {
        "execute_tool" => r.step.tool_name.as_deref(),
        "invoke_agent" | "create_agent" => r.step.agent_name.as_deref(),
        "retrieval" => r.step.data_source_id.as_deref(),
        _ => r.request_model.as_deref().or(r.response_model.as_deref()),
    };
    match target.filter(|t| !t.is_empty()) {
        Some(t) => format!("{} {t}", r.operation),
        None => r.operation.clone(),
    }
}

/// OTLP `SpanKind`: INTERNAL (1) for in-process steps, CLIENT (3) for calls to a model or a store.
pub fn span_kind(r: &Record) -> u8 {
    match r.operation.as_str() {
        "execute_tool" | "invoke_agent" | "invoke_workflow" => 1,
        _ => 3,
    }
}

fn request(a: &mut Attrs, r: &Record, s: Semconv) {
    a.opt_str("gen_ai.request.model", r.request_model.as_deref());
    let p = &r.params;
    if let Some(v) = p.temperature {
        a.double("gen_ai.request.temperature", v);
    }
    if let Some(v) = p.top_p {
        a.double("gen_ai.request.top_p", v);
    }
    if let Some(v) = p.top_k {
        match s {
            Semconv::V1_41 => a.double("gen_ai.request.top_k", v),
            Semconv::Latest => a.int("gen_ai.request.top_k", v.round() as i64),
        }
    }
    if let Some(v) = p.max_tokens {
        a.uint("gen_ai.request.max_tokens", v);
    }
    if let Some(v) = p.frequency_penalty {
        a.double("gen_ai.request.frequency_penalty", v);
    }
    if let Some(v) = p.presence_penalty {
        a.double("gen_ai.request.presence_penalty", v);
    }
    if let Some(v) = p.seed {
        a.int("gen_ai.request.seed", v);
    }
    a.str_array("gen_ai.request.stop_sequences", &p.stop_sequences);
    if let Some(n) = p.choice_count {
        a.uint("gen_ai.request.choice.count", n);
    }
    a.opt_str("gen_ai.output.type", p.output_type.as_deref());
    a.str_array("gen_ai.request.encoding_formats", &p.encoding_formats);
    if r.stream {
        a.bool("gen_ai.request.stream", true);
    }
    if r.provider == "openai" || r.provider == "azure.ai.openai" {
        a.opt_str("openai.request.service_tier", p.service_tier.as_deref());
        match r.api {
            Api::OpenaiChat => a.str("openai.api.type", "chat_completions"),
            Api::OpenaiResponses => a.str("openai.api.type", "responses"),
            _ => {}
        }
    }
}

fn response(a: &mut Attrs, r: &Record) {
    a.opt_str("gen_ai.response.id", r.response_id.as_deref());
    a.opt_str("gen_ai.response.model", r.response_model.as_deref());
    a.str_array("gen_ai.response.finish_reasons", &r.finish_reasons);
    if let Some(n) = r.embedding_dimensions {
        a.uint("gen_ai.embeddings.dimension.count", n);
    }
    if r.stream
        && let Some(t) = r.timing.time_to_first_token_s
    {
        a.double("gen_ai.response.time_to_first_chunk", t);
    }
}

fn usage(a: &mut Attrs, r: &Record, s: Semconv) {
    let Some(u) = &r.usage else { return };
    let [read, write, reasoning] = usage_names(s);
    a.uint("gen_ai.usage.input_tokens", u.input_tokens);
    if r.operation != "embeddings" {
        a.uint("gen_ai.usage.output_tokens", u.output_tokens);
        a.uint(read, u.cache_read_input_tokens);
        a.uint(write, u.cache_creation_input_tokens);
        a.uint(reasoning, u.reasoning_output_tokens);
    }
    if u.estimated {
        a.bool("ward.usage.estimated", true);
    }
}

fn cost(a: &mut Attrs, r: &Record, priced: Option<&Priced>, opts: &OtelOptions) {
    let (amount, source) = match (r.reported_cost_usd, priced) {
        (Some(c), _) => (c, "provider"),
        (None, Some(p)) => (p.cost.total, "local"),
        (None, None) => return,
    };
    a.double("gen_ai.usage.cost", amount);
    if opts.cost_detail {
        a.double("gen_ai.usage.cost.amount", amount);
        a.str("gen_ai.usage.cost.currency", "USD");
        a.str("gen_ai.usage.cost.source", source);
    }
    if let Some(p) = priced {
        a.str("ward.cost.model_key", &p.model_key);
    }
}

fn step(a: &mut Attrs, r: &Record, opts: &OtelOptions) {
    let st = &r.step;
    a.opt_str("gen_ai.agent.name", st.agent_name.as_deref());
    a.opt_str("gen_ai.tool.name", st.tool_name.as_deref());
    if st.tool_name.is_some() {
        a.str("gen_ai.tool.type", "function");
    }
    a.opt_str("gen_ai.tool.call.id", st.tool_call_id.as_deref());
    a.opt_str("gen_ai.data_source.id", st.data_source_id.as_deref());
    if !st.documents.is_empty() {
        a.json_str("gen_ai.retrieval.documents", &json!(st.documents));
    }
    if opts.content {
        let text = |v: &Value| match v {
            Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        if let Some(v) = &st.tool_arguments {
            a.str("gen_ai.tool.call.arguments", text(v));
        }
        if let Some(v) = &st.tool_result {
            a.str("gen_ai.tool.call.result", text(v));
        }
        a.opt_str("gen_ai.retrieval.query.text", st.query.as_deref());
    }
}

fn attribution(a: &mut Attrs, r: &Record) {
    for (k, v) in &r.attributes {
        let text = match v {
            Value::String(s) => s.clone(),
            Value::Null => continue,
            other => other.to_string(),
        };
        match k.as_str() {
            "session" => a.str("gen_ai.conversation.id", text),
            "user" => a.str("user.id", text),
            "provider" => {}
            other => a.str(&format!("ward.{other}"), text),
        }
    }
}

/// Messages in the OTel content schema (`{role, parts[], finish_reason?}`), system messages excluded.
pub fn messages_json(msgs: &[Message], output: bool, failed: bool) -> Value {
    let items: Vec<Value> = msgs
        .iter()
        .filter(|m| m.role != "system")
        .map(|m| {
            let mut v = json!({ "role": m.role, "parts": m.parts });
            if output {
                let reason =
                    m.finish_reason.clone().unwrap_or_else(|| if failed { "error" } else { "stop" }.into());
                v["finish_reason"] = Value::String(reason);
            }
            v
        })
        .collect();
    Value::Array(items)
}

/// The system instructions (parts of every `system` message), if any.
pub fn system_json(msgs: &[Message]) -> Option<Value> {
    let parts: Vec<&Part> = msgs.iter().filter(|m| m.role == "system").flat_map(|m| &m.parts).collect();
    (!parts.is_empty()).then(|| json!(parts))
}

/// `gen_ai.tool.definitions` from the recorded request (`tools` of OpenAI or Anthropic shape).
fn tool_definitions(r: &Record) -> Option<Value> {
    let tools = r.request.as_ref()?.get("tools")?.as_array()?;
    let defs: Vec<Value> = tools
        .iter()
        .filter_map(|t| {
            let f = t.get("function").unwrap_or(t);
            let name = f.get("name")?.as_str()?;
            let mut d = json!({ "type": "function", "name": name });
            if let Some(desc) = f.get("description") {
                d["description"] = desc.clone();
            }
            if let Some(p) = f.get("parameters").or(f.get("input_schema")) {
                d["parameters"] = p.clone();
            }
            Some(d)
        })
        .collect();
    (!defs.is_empty()).then_some(Value::Array(defs))
}

fn content(a: &mut Attrs, r: &Record) {
    if let Some(sys) = system_json(&r.input_messages) {
        a.json_str("gen_ai.system_instructions", &sys);
    }
    let input = messages_json(&r.input_messages, false, false);
    if input.as_array().is_some_and(|m| !m.is_empty()) {
        a.json_str("gen_ai.input.messages", &input);
    }
    if !r.output_messages.is_empty() {
        a.json_str("gen_ai.output.messages", &messages_json(&r.output_messages, true, r.error.is_some()));
    }
    if let Some(defs) = tool_definitions(r) {
        a.json_str("gen_ai.tool.definitions", &defs);
    }
}

/// Every attribute of a record's span.
pub(crate) fn span_attributes(r: &Record, priced: Option<&Priced>, opts: &OtelOptions) -> Value {
    let mut a = Attrs::default();
    a.str("gen_ai.operation.name", &r.operation);
    a.opt_str("gen_ai.provider.name", Some(r.provider.as_str()));
    a.opt_str("server.address", r.server_address.as_deref());
    if r.server_address.is_some()
        && let Some(p) = r.server_port
    {
        a.int("server.port", i64::from(p));
    }
    request(&mut a, r, opts.semconv);
    response(&mut a, r);
    usage(&mut a, r, opts.semconv);
    cost(&mut a, r, priced, opts);
    step(&mut a, r, opts);
    attribution(&mut a, r);
    if let Some(e) = &r.error {
        a.str("error.type", if e.kind.is_empty() { "_OTHER" } else { &e.kind });
    }
    if opts.content {
        content(&mut a, r);
    }
    a.into_value()
}
