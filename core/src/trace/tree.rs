//! Nested traces from parent span ids.
//!
//! Records are grouped by `trace_id`; each span hangs under its `parent_span_id` when that span is in
//! the capture, else it is a root (a parent outside the capture, e.g. the app's HTTP server span, is
//! named in `missing_parent`). Children are ordered by start time, then capture line, so the tree reads
//! in the order the agent ran. A cycle in the parent links (malformed input) cannot loop: each span is
//! placed once, and spans only reachable through a cycle become roots.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::record::Record;

/// One span of a trace tree.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Node {
    /// Span id (`""` when the record has none).
    pub span_id: String,
    /// `gen_ai.operation.name`.
    pub operation: String,
    /// Span name (`chat gpt-4o`, `execute_tool get_weather`, …).
    pub name: String,
    /// Capture line of the record.
    pub line: usize,
    /// Start, Unix nanoseconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_unix_nano: Option<i64>,
    /// Duration in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration_s: Option<f64>,
    /// `error.type` when the step failed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The parent span id when that span is not in the capture.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub missing_parent: Option<String>,
    /// Child spans, in execution order.
    pub children: Vec<Node>,
}

/// The records of each trace, in execution order (start time, then capture line). Records without a
/// trace id are left out.
pub fn group_by_trace(records: &[Record]) -> BTreeMap<String, Vec<&Record>> {
    let mut out: BTreeMap<String, Vec<&Record>> = BTreeMap::new();
    for r in records {
        if let Some(t) = &r.trace_id {
            out.entry(t.clone()).or_default().push(r);
        }
    }
    for v in out.values_mut() {
        v.sort_by_key(|r| (r.timing.start_unix_nano.unwrap_or(i64::MAX), r.line));
    }
    out
}

fn leaf(r: &Record) -> Node {
    Node {
        span_id: r.span_id.clone().unwrap_or_default(),
        operation: r.operation.clone(),
        name: crate::otel::attributes::span_name(r),
        line: r.line,
        start_unix_nano: r.timing.start_unix_nano,
        duration_s: r.timing.latency_s,
        error: r.error.as_ref().map(|e| e.kind.clone()),
        missing_parent: None,
        children: Vec::new(),
    }
}

/// The roots of one trace's tree (`records` in execution order, as from [`group_by_trace`]).
pub fn build(records: &[&Record]) -> Vec<Node> {
    let present: HashSet<&str> = records.iter().filter_map(|r| r.span_id.as_deref()).collect();
    let mut children: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut roots = Vec::new();
    for (i, r) in records.iter().enumerate() {
        match (r.parent_span_id.as_deref(), r.span_id.as_deref()) {
            (Some(p), s) if present.contains(p) && Some(p) != s => children.entry(p).or_default().push(i),
            _ => roots.push(i),
        }
    }
    let mut placed = vec![false; records.len()];
    let mut out: Vec<Node> =
        roots.iter().filter_map(|i| place(*i, records, &children, &mut placed, 0)).collect();
    // Spans only reachable through a parent cycle: make them roots.
    for i in 0..records.len() {
        if !placed[i]
            && let Some(n) = place(i, records, &children, &mut placed, 0)
        {
            out.push(n);
        }
    }
    for n in &mut out {
        if let Some(r) = records.iter().find(|r| r.line == n.line) {
            n.missing_parent = r.parent_span_id.clone().filter(|p| !present.contains(p.as_str()));
        }
    }
    out
}

/// Deeper nesting than this is flattened (the deeper spans become roots), so hostile input cannot
/// exhaust the stack.
const MAX_DEPTH: usize = 128;

fn place(
    i: usize,
    records: &[&Record],
    children: &HashMap<&str, Vec<usize>>,
    placed: &mut [bool],
    depth: usize,
) -> Option<Node> {
    if placed.get(i).copied().unwrap_or(true) {
        return None;
    }
    placed[i] = true;
    let r = records.get(i)?;
    let mut node = leaf(r);
    if depth >= MAX_DEPTH {
        return Some(node);
    }
    if let Some(kids) = r.span_id.as_deref().and_then(|s| children.get(s)) {
        for k in kids {
            if let Some(c) = place(*k, records, children, placed, depth + 1) {
                node.children.push(c);
            }
        }
    }
    Some(node)
}
