//! Capture lines that are not LLM calls: agent, tool and retrieval steps.
//!
//! Agents and RAG pipelines do work between model calls that no HTTP exchange to a model shows: an
//! agent invocation wrapping several calls, a tool execution, a vector-store query. The capture carries
//! them as lines with an `operation` field (and no `request`), so one JSONL file holds a whole trace:
//!
//! ```json
//! {"operation": "invoke_agent", "agent": {"name": "planner"}, "trace_id": "…", "span_id": "…", "start": "…", "end": "…"}
//! {"operation": "execute_tool", "tool": {"name": "get_weather", "call_id": "call_1",
//!   "arguments": {"city": "Paris"}, "result": "18°C"}, "trace_id": "…", "span_id": "…", "parent_span_id": "…"}
//! {"operation": "retrieval", "retrieval": {"data_source": "kb", "query": "refund policy",
//!   "documents": [{"id": "doc-7", "score": 0.83}]}, "trace_id": "…", "span_id": "…"}
//! ```
//! Optional on every step: `start`, `end`, `attributes`, `provider`, `model` (e.g. the embedding model of
//! a retrieval), and `error: {"type", "message"}` when the step failed. Tool `arguments` and `result`
//! may be any JSON; they may also be left out and are then taken from the model calls' tool-call and
//! tool-result messages of the same trace (see `trace`).

use serde_json::Value;

use super::exchange::{ids_and_attributes, timing};
use super::model::{Api, CallError, Document, Record};
use super::util::s;
use crate::Error;

const OPERATIONS: [&str; 5] =
    ["invoke_agent", "create_agent", "invoke_workflow", "execute_tool", "retrieval"];

fn documents(v: &Value) -> Result<Vec<Document>, Error> {
    let Some(items) = v.as_array() else {
        return if v.is_null() { Ok(Vec::new()) } else { Err(Error::parse("`documents` must be an array")) };
    };
    items
        .iter()
        .map(|d| {
            let id = match d.get("id") {
                Some(Value::String(s)) => s.clone(),
                Some(Value::Number(n)) => n.to_string(),
                _ => return Err(Error::parse("every retrieved document needs an `id`")),
            };
            Ok(Document { id, score: d.get("score").and_then(Value::as_f64) })
        })
        .collect()
}

/// Parses a step line (one with an `operation` field).
pub fn parse_step(v: &Value, line_no: usize) -> Result<Record, Error> {
    let op = v
        .get("operation")
        .and_then(Value::as_str)
        .filter(|o| OPERATIONS.contains(o))
        .ok_or_else(|| Error::parse(format!("`operation` must be one of {}", OPERATIONS.join(", "))))?;
    let mut rec = Record::new(Api::Step, v.get("provider").and_then(Value::as_str).unwrap_or(""), op);
    rec.line = line_no;
    rec.request_model = s(v, "model");
    let st = &mut rec.step;
    let agent = &v["agent"];
    st.agent_name = s(agent, "name");
    let tool = &v["tool"];
    st.tool_name = s(tool, "name");
    st.tool_call_id = s(tool, "call_id");
    st.tool_arguments = tool.get("arguments").cloned();
    st.tool_result = tool.get("result").cloned();
    let r = &v["retrieval"];
    st.data_source_id = s(r, "data_source");
    st.query = s(r, "query");
    st.documents = documents(&r["documents"])?;
    if op == "execute_tool" && rec.step.tool_name.is_none() {
        return Err(Error::parse("an `execute_tool` step needs `tool.name`"));
    }
    if let Some(e) = v.get("error").filter(|e| !e.is_null()) {
        rec.error = Some(CallError {
            kind: s(e, "type").unwrap_or_else(|| "_OTHER".into()),
            message: s(e, "message").unwrap_or_default(),
        });
    }
    ids_and_attributes(&mut rec, v)?;
    timing(&mut rec, v)?;
    Ok(rec)
}
