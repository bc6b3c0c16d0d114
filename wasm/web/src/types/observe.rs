//! JS shapes of core's observability results and options: the normalized call record
//! (`record::Record`), its cost (`cost::Priced`), the envelopes of the JSON entry points, and their option
//! objects. Core's output is passed through as parsed JSON; these mirrors give it TypeScript declarations,
//! and the drift tests decode core's output into them and back (outputs) or feed a fully populated mirror to
//! core's strict (`deny_unknown_fields`) parsers (options).
//!
//! Deep, open-ended parts (request parameters, agent steps, tool arguments, the OTLP documents, rollup and
//! trace summaries) are typed `JsonObject` / `unknown`: their fields are core's serde form, documented with
//! core's types (`rollup::Rollup`, `trace::TraceSummary`, `trace::ReplayStep`).

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;
use tsify::Tsify;

/// One LLM call (or agent / tool / retrieval step), normalized. Token counts in OpenTelemetry meaning.
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct ExchangeRecord {
    /// 1-based line of the capture (0 when not from a file).
    pub line: usize,
    /// OTel `gen_ai.provider.name` (`openai`, `anthropic`, …).
    pub provider: String,
    /// `openai_chat`, `openai_responses`, `openai_embeddings`, `anthropic_messages`, `step`, `otel`.
    pub api: String,
    /// OTel `gen_ai.operation.name` (`chat`, `embeddings`, `execute_tool`, …).
    pub operation: String,
    /// Model asked for.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub request_model: Option<String>,
    /// Model that answered.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub response_model: Option<String>,
    /// Provider response id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub response_id: Option<String>,
    /// The response was streamed (SSE).
    pub stream: bool,
    /// Request parameters (`temperature`, `max_tokens`, `seed`, …; only those sent).
    #[tsify(type = "JsonObject")]
    pub params: Value,
    /// System instructions, input messages and tool results sent.
    pub input_messages: Vec<Message>,
    /// Generated messages.
    pub output_messages: Vec<Message>,
    /// Finish reasons, one per choice (`stop`, `length`, `tool_call`, `content_filter`, `error`).
    pub finish_reasons: Vec<String>,
    /// Token usage, when reported or estimated.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub usage: Option<Usage>,
    /// Embedding vector length (embeddings only).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub embedding_dimensions: Option<u64>,
    /// Timestamps and derived figures.
    pub timing: Timing,
    /// HTTP status.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub status: Option<u16>,
    /// The error the call ended with.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub error: Option<CallError>,
    /// `server.address`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub server_address: Option<String>,
    /// `server.port`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub server_port: Option<u16>,
    /// W3C trace id (32 lower-case hex).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub trace_id: Option<String>,
    /// W3C span id (16 lower-case hex).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub span_id: Option<String>,
    /// Parent span id.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub parent_span_id: Option<String>,
    /// Free-form attribution: `feature`, `user`, `tenant`, `session`, anything else.
    #[tsify(type = "JsonObject")]
    pub attributes: BTreeMap<String, Value>,
    /// Agent / tool / retrieval details (`agent_name`, `tool_name`, `tool_call_id`, `documents`, …).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional, type = "JsonObject")]
    pub step: Option<Value>,
    /// Cost already known for this call (e.g. `gen_ai.usage.cost` of an ingested span), USD.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub reported_cost_usd: Option<f64>,
    /// The provider request exactly as sent (for replay); absent for ingested spans.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional, type = "JsonObject")]
    pub request: Option<Value>,
    /// The provider's own output where the normalized messages lose something replay needs: OpenAI
    /// Responses `output` items, Anthropic `content` blocks of a turn with thinking blocks (signatures).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional, type = "unknown")]
    pub replay_output: Option<Value>,
}

/// Token usage: `input_tokens` includes cache reads and writes, `output_tokens` includes reasoning.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct Usage {
    /// All input tokens, including cache reads and cache writes.
    pub input_tokens: u64,
    /// All output tokens, including reasoning.
    pub output_tokens: u64,
    /// Input tokens served from the prompt cache (subset of `input_tokens`).
    pub cache_read_input_tokens: u64,
    /// Input tokens written to the prompt cache, all lifetimes (subset of `input_tokens`).
    pub cache_creation_input_tokens: u64,
    /// Of those, written with a one-hour lifetime.
    pub cache_creation_1h_input_tokens: u64,
    /// Reasoning tokens (subset of `output_tokens`).
    pub reasoning_output_tokens: u64,
    /// The counts were estimated by ward (the provider reported none).
    pub estimated: bool,
    /// The exact tokenizer's encoding when one counted (native builds with the `tiktoken` feature only).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub tokenizer: Option<String>,
}

/// One chat message.
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct Message {
    /// `system`, `user`, `assistant` or `tool`.
    pub role: String,
    /// Content parts in order (OTel GenAI content schema).
    pub parts: Vec<Part>,
    /// Why generation stopped (output messages only).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub finish_reason: Option<String>,
}

/// One part of a message, discriminated by `type`.
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Part {
    /// Plain text.
    Text {
        /// The text.
        content: String,
    },
    /// Model reasoning text.
    Reasoning {
        /// The text.
        content: String,
    },
    /// A refusal returned instead of content.
    Refusal {
        /// The refusal text.
        content: String,
    },
    /// A tool call requested by the model.
    ToolCall {
        /// Provider call id.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[cfg_attr(test, serde(default))]
        #[tsify(optional)]
        id: Option<String>,
        /// Tool name.
        name: String,
        /// Arguments (parsed JSON when valid, else the raw string).
        #[tsify(type = "unknown")]
        arguments: Value,
    },
    /// The result of a tool call, sent back to the model.
    ToolCallResponse {
        /// The call id this answers.
        #[serde(skip_serializing_if = "Option::is_none")]
        #[cfg_attr(test, serde(default))]
        #[tsify(optional)]
        id: Option<String>,
        /// The result (string or JSON).
        #[tsify(type = "unknown")]
        response: Value,
    },
}

/// The error a call ended with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct CallError {
    /// `error.type`: the provider error type/code, else the HTTP status, else `_OTHER`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The provider's message, if any.
    pub message: String,
}

/// Timestamps (Unix nanoseconds) and derived figures; each present when the capture allows it.
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct Timing {
    /// Request start.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub start_unix_nano: Option<i64>,
    /// First token received.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub first_token_unix_nano: Option<i64>,
    /// Response end.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub end_unix_nano: Option<i64>,
    /// `end - start`, seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub latency_s: Option<f64>,
    /// `first_token - start`, seconds.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub time_to_first_token_s: Option<f64>,
    /// Output tokens per second after the first token.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub output_tokens_per_s: Option<f64>,
}

/// A capture line that gave no record, with a stable code (`parse_failed`, `unknown_provider`, …).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct RecordError {
    /// 1-based line number.
    pub line: usize,
    /// Stable error code.
    pub code: String,
    /// What went wrong.
    pub message: String,
}

/// A parsed capture (`parseExchanges`) or OTLP document (`parseOtlpTraces`).
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct ParsedExchanges {
    /// The records, in input order.
    pub records: Vec<ExchangeRecord>,
    /// The lines or spans that gave no record.
    pub errors: Vec<RecordError>,
}

/// One exchange parsed and priced (`priceExchange`): exactly one of `cost` and `cost_error` is set.
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct PricedExchange {
    /// The normalized record.
    pub record: ExchangeRecord,
    /// The cost, when the model is in the price table.
    pub cost: Option<Priced>,
    /// Why it could not be priced (`unknown_model`: never priced at zero).
    pub cost_error: Option<CostError>,
}

/// A call's cost with the price-table entry used.
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct Priced {
    /// The price table entry (e.g. `claude-sonnet-4-5-20250929`).
    pub model_key: String,
    /// The cost in USD by token type.
    pub cost: Cost,
    /// The usage was estimated (so is the cost).
    pub estimated: bool,
}

/// A cost in USD, split by token type (LiteLLM's cost functions, to 1e-9 USD).
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct Cost {
    /// Uncached input tokens.
    pub input: f64,
    /// Cache-read input tokens.
    pub cache_read: f64,
    /// Cache-write input tokens (all lifetimes).
    pub cache_write: f64,
    /// Non-reasoning output tokens.
    pub output: f64,
    /// Reasoning output tokens.
    pub reasoning: f64,
    /// `input + cache_read + cache_write`.
    pub prompt: f64,
    /// `output + reasoning`.
    pub completion: f64,
    /// `prompt + completion`.
    pub total: f64,
}

/// Why a call was not priced.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct CostError {
    /// Stable error code (`unknown_model`, `parse_failed`).
    pub code: String,
    /// What went wrong.
    pub message: String,
}

/// A capture as OTLP/JSON (`toOtlp`).
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct OtlpExport {
    /// An `ExportTraceServiceRequest` (POST it to `/v1/traces`).
    #[tsify(type = "JsonObject")]
    pub traces: Value,
    /// An `ExportMetricsServiceRequest` (POST it to `/v1/metrics`).
    #[tsify(type = "JsonObject")]
    pub metrics: Value,
    /// Capture lines that did not parse (the others are exported).
    pub errors: Vec<RecordError>,
    /// Model calls that could not be priced: exported without `gen_ai.usage.cost`.
    pub unpriced: Vec<RecordError>,
}

/// Trace summaries of a capture (`traces`); each summary is core's `trace::TraceSummary`.
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct TracesResult {
    /// One summary per trace: steps, tool-call success rate, loops, retrieved documents.
    #[tsify(type = "JsonObject[]")]
    pub traces: Vec<Value>,
    /// Capture lines that did not parse.
    pub errors: Vec<RecordError>,
}

/// The replayable model calls of one trace (`replay`); each step is core's `trace::ReplayStep`.
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct ReplayResult {
    /// The trace id (lower case).
    pub trace_id: String,
    /// One step per model call: `span_id`, the rebuilt provider `request`, whether it was `rebuilt`.
    #[tsify(type = "JsonObject[]")]
    pub steps: Vec<Value>,
    /// Capture lines that did not parse.
    pub errors: Vec<RecordError>,
}

/// Options of `costReport` / `rollup`; every field optional.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Tsify)]
pub struct ReportOptions {
    /// `text` (default), `json`, `csv` or `prometheus`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional, type = "\"text\" | \"json\" | \"csv\" | \"prometheus\"")]
    pub format: Option<String>,
    /// "Now" for the month-end projection (RFC 3339); absent: the latest time in the capture.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub now: Option<String>,
    /// Top spenders per dimension (default 10).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub top: Option<usize>,
    /// A LiteLLM-schema price override merged over the built-in table.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional, type = "PriceOverride")]
    pub prices: Option<Value>,
}

/// Options of `toOtlp`; every field optional.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Tsify)]
pub struct OtelOptions {
    /// Attribute names: `v1_41` (default) or `latest`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional, type = "\"v1_41\" | \"latest\"")]
    pub semconv: Option<String>,
    /// Emit the opt-in content attributes (redact the capture first).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub content: Option<bool>,
    /// Resource `service.name` (default `ward`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub service_name: Option<String>,
    /// Also emit `gen_ai.usage.cost.{amount,currency,source}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub cost_detail: Option<bool>,
    /// The value of `OTEL_SEMCONV_STABILITY_OPT_IN`, verbatim (`gen_ai_latest_experimental` selects `latest`).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub semconv_opt_in: Option<String>,
    /// A LiteLLM-schema price override merged over the built-in table.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional, type = "PriceOverride")]
    pub prices: Option<Value>,
}

/// Options of `traces`; every field optional.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Tsify)]
pub struct TraceOptions {
    /// Only this trace (`not_found` when the capture lacks it).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub trace_id: Option<String>,
    /// A LiteLLM-schema price override merged over the built-in table.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional, type = "PriceOverride")]
    pub prices: Option<Value>,
}
