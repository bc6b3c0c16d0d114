//! Per-trace summary of an agent or RAG run: steps, tokens and cost, tool-call success rate, loops
//! (repeated identical tool calls) and, for each retrieval, the documents next to the answer.
//!
//! Loops: two calls are identical when the tool name and the arguments are equal as JSON values (key
//! order and whitespace do not matter). Each group of identical calls with more than one member is
//! reported once, with its call ids: a model asking for the same thing again usually means it did not
//! understand the first result (or the result was an error).
//!
//! RAG: a retrieval's answer is the text of the first model call that starts after the retrieval ended
//! and finishes with text (not with tool calls); failing that, the last model call of the trace.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::tools::{ToolCall, tool_calls};
use super::tree::{Node, build};
use crate::cost::{PriceTable, price};
use crate::record::{Document, Part, Record};
use crate::rollup::is_model_call;

/// Repeated identical tool calls.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Loop {
    /// Tool name.
    pub name: String,
    /// The arguments all the calls had.
    pub arguments: Value,
    /// How many times it was called.
    pub count: usize,
    /// The call ids, in order.
    pub call_ids: Vec<String>,
}

/// A retrieval and what the model answered with it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RagStep {
    /// Span id of the retrieval.
    pub span_id: String,
    /// `gen_ai.data_source.id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_source: Option<String>,
    /// The query text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Retrieved documents, ids and scores.
    pub documents: Vec<Document>,
    /// The generated answer's text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer: Option<String>,
    /// Span id of the model call that gave the answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub answer_span_id: Option<String>,
}

/// One trace, summarized.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TraceSummary {
    /// W3C trace id.
    pub trace_id: String,
    /// All spans of the trace in the capture.
    pub steps: usize,
    /// Spans per operation (`chat`, `execute_tool`, `retrieval`, …).
    pub steps_by_operation: BTreeMap<String, usize>,
    /// Model calls.
    pub llm_calls: usize,
    /// Failed spans of any kind.
    pub failed_steps: usize,
    /// Input tokens of the model calls (OTel meaning).
    pub input_tokens: u64,
    /// Output tokens of the model calls.
    pub output_tokens: u64,
    /// Cost of the priced model calls, USD.
    pub cost_usd: f64,
    /// Model calls that could not be priced (unknown model).
    pub unpriced_calls: usize,
    /// Wall time from the first start to the last end, seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_s: Option<f64>,
    /// Tool calls.
    pub tool_calls: Vec<ToolCall>,
    /// Succeeded tool calls / tool calls; `None` without tool calls.
    pub tool_success_rate: Option<f64>,
    /// Repeated identical tool calls.
    pub loops: Vec<Loop>,
    /// Retrievals with their answers.
    pub rag: Vec<RagStep>,
    /// The span tree.
    pub tree: Vec<Node>,
}

fn answer_text(r: &Record) -> String {
    let mut out = String::new();
    for m in &r.output_messages {
        for p in &m.parts {
            if let Part::Text { content } = p {
                out.push_str(content);
            }
        }
    }
    out
}

fn loops(calls: &[ToolCall]) -> Vec<Loop> {
    let mut groups: Vec<Loop> = Vec::new();
    for c in calls {
        match groups.iter_mut().find(|g| g.name == c.name && g.arguments == c.arguments) {
            Some(g) => {
                g.count += 1;
                g.call_ids.push(c.call_id.clone());
            }
            None => groups.push(Loop {
                name: c.name.clone(),
                arguments: c.arguments.clone(),
                count: 1,
                call_ids: vec![c.call_id.clone()],
            }),
        }
    }
    groups.retain(|g| g.count > 1);
    groups
}

fn rag(records: &[&Record]) -> Vec<RagStep> {
    let llm: Vec<&&Record> =
        records.iter().filter(|r| is_model_call(r) && r.operation != "embeddings").collect();
    records
        .iter()
        .filter(|r| r.operation == "retrieval")
        .map(|r| {
            let after = r.timing.end_unix_nano.or(r.timing.start_unix_nano).unwrap_or(i64::MIN);
            let answered = llm
                .iter()
                .find(|m| {
                    m.timing.start_unix_nano.unwrap_or(i64::MAX) >= after
                        && !m.finish_reasons.iter().any(|f| f == "tool_call")
                        && !answer_text(m).is_empty()
                })
                .or(llm.last());
            RagStep {
                span_id: r.span_id.clone().unwrap_or_default(),
                data_source: r.step.data_source_id.clone(),
                query: r.step.query.clone(),
                documents: r.step.documents.clone(),
                answer: answered.map(|m| answer_text(m)).filter(|t| !t.is_empty()),
                answer_span_id: answered.and_then(|m| m.span_id.clone()),
            }
        })
        .collect()
}

/// Summarizes one trace (`records` in execution order, as from [`super::tree::group_by_trace`]).
pub fn summarize(trace_id: &str, records: &[&Record], table: &PriceTable) -> TraceSummary {
    let mut s = TraceSummary {
        trace_id: trace_id.to_string(),
        steps: records.len(),
        steps_by_operation: BTreeMap::new(),
        llm_calls: 0,
        failed_steps: 0,
        input_tokens: 0,
        output_tokens: 0,
        cost_usd: 0.0,
        unpriced_calls: 0,
        duration_s: None,
        tool_calls: tool_calls(records),
        tool_success_rate: None,
        loops: Vec::new(),
        rag: rag(records),
        tree: build(records),
    };
    let (mut first, mut last) = (None::<i64>, None::<i64>);
    for r in records {
        *s.steps_by_operation.entry(r.operation.clone()).or_default() += 1;
        s.failed_steps += usize::from(r.error.is_some());
        if let Some(t) = r.timing.start_unix_nano {
            first = Some(first.map_or(t, |f| f.min(t)));
        }
        if let Some(t) = r.timing.end_unix_nano.or(r.timing.start_unix_nano) {
            last = Some(last.map_or(t, |l| l.max(t)));
        }
        if !is_model_call(r) {
            continue;
        }
        s.llm_calls += 1;
        if let Some(u) = &r.usage {
            s.input_tokens += u.input_tokens;
            s.output_tokens += u.output_tokens;
            match (r.reported_cost_usd, price(r, table)) {
                (Some(c), _) => s.cost_usd += c,
                (None, Ok(p)) => s.cost_usd += p.cost.total,
                (None, Err(_)) => s.unpriced_calls += 1,
            }
        }
    }
    s.duration_s = first.zip(last).map(|(a, b)| (b as f64 - a as f64) / 1e9);
    let n = s.tool_calls.len();
    s.tool_success_rate = (n > 0).then(|| s.tool_calls.iter().filter(|c| c.ok).count() as f64 / n as f64);
    s.loops = loops(&s.tool_calls);
    s
}
