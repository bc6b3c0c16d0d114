//! Replay: rebuild, from a trace, the exact provider request of every model call, so a failed agent run
//! can be re-executed step by step (or against another model).
//!
//! The conversation is carried through the trace, not copied from each request: the first call's
//! messages are the run's input; every later call's messages are the previous call's messages, plus the
//! assistant turn that call returned, plus the results of the tools it asked for (from the
//! `execute_tool` steps of the trace, else from the tool-result messages of the trace). Messages that the
//! trace cannot explain (a new user turn appended by the app) are taken from that call's recorded input.
//! Request settings (model, tools, instructions, system, temperature, stream, …) come from the call's
//! recorded request, else from its normalized parameters (spans read from OTLP carry no request).
//!
//! Supported APIs: OpenAI Chat Completions, OpenAI Responses (`input` items: messages, `function_call`,
//! `function_call_output`, reasoning items; `instructions`) and Anthropic Messages (including `thinking`
//! and `redacted_thinking` blocks, sent back unchanged with their signature or data). The wire shapes are
//! in `replay_wire`. The assistant turn is rebuilt from the normalized output for Chat and for Anthropic
//! turns without thinking, and taken from the provider's own output shape (`Record::replay_output`)
//! where the normalized form loses what the API needs back (Responses item ids and encrypted reasoning,
//! Anthropic signatures). Not reproducible from a trace, hence reported as `rebuilt: false` with the
//! recorded messages: conversations the app rewrote between calls (truncated or summarized history,
//! Responses calls chained with `previous_response_id`), and tool arguments that were not compact JSON
//! on the wire.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::replay_wire::{
    assistant_turn, conversation_key, encode_input, lead, path, recorded_conversation, settings, tool_results,
};
use super::tools::{ToolCall, tool_calls};
use crate::record::{Api, Record};
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
    /// The request path (`/v1/chat/completions`, `/v1/responses`, `/v1/messages`).
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

/// Rebuilds the request of every OpenAI Chat, OpenAI Responses and Anthropic Messages call of trace
/// `trace_id` (`records` may hold other traces; they are ignored), in execution order.
pub fn replay(trace_id: &str, records: &[Record]) -> Vec<ReplayStep> {
    let mut trace: Vec<&Record> =
        records.iter().filter(|r| r.trace_id.as_deref() == Some(trace_id)).collect();
    trace.sort_by_key(|r| (r.timing.start_unix_nano.unwrap_or(i64::MAX), r.line));
    let calls = tool_calls(&trace);
    let mut out = Vec::new();
    // The conversation so far: provider messages (or items) and how many normalized messages they stand
    // for (after the leading system / instructions message).
    let mut history: Option<(Vec<Value>, usize)> = None;
    let mut prev: Option<&Record> = None;
    for r in trace.iter().copied() {
        let api = r.api;
        if !is_model_call(r)
            || !matches!(api, Api::OpenaiChat | Api::OpenaiResponses | Api::AnthropicMessages)
        {
            continue;
        }
        let key = conversation_key(api);
        let (mut body, recorded) = match &r.request {
            Some(Value::Object(o)) => (o.clone(), recorded_conversation(api, &Value::Object(o.clone()))),
            _ => {
                let (system, msgs) = encode_input(api, &r.input_messages);
                let mut o = settings(r);
                if let Some(s) = system {
                    let k = if api == Api::OpenaiResponses { "instructions" } else { "system" };
                    o.insert(k.into(), s);
                }
                o.insert(key.into(), Value::Array(msgs.clone()));
                (o, Some(msgs))
            }
        };
        let recorded = recorded.unwrap_or_default();
        let skip = lead(api, r);
        let own = r.input_messages.len().saturating_sub(skip);
        let mut rebuilt = true;
        let messages = match (history.take(), prev.filter(|p| p.api == api)) {
            (Some((mut msgs, mut n)), Some(p)) => {
                let (turn, count) = assistant_turn(api, p);
                msgs.extend(turn);
                n += count;
                let asked: Vec<&ToolCall> = calls
                    .iter()
                    .filter(|c| c.requested_by.is_some() && c.requested_by == p.span_id)
                    .collect();
                let (results, count) = tool_results(api, &asked);
                msgs.extend(results);
                n += count;
                if own >= n && recorded.len() >= n {
                    msgs.extend(recorded.iter().skip(n).cloned());
                    body.insert(key.into(), Value::Array(msgs.clone()));
                    msgs
                } else {
                    rebuilt = false;
                    recorded
                }
            }
            // The first call (or the first after a change of API): its recorded request, as sent.
            _ => recorded,
        };
        history = Some((messages, own));
        prev = Some(r);
        out.push(ReplayStep {
            span_id: r.span_id.clone().unwrap_or_default(),
            line: r.line,
            api,
            path: path(api).into(),
            server_address: r.server_address.clone(),
            request: Value::Object(body),
            rebuilt,
        });
    }
    out
}
