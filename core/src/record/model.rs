//! The normalized call record every ward capability reads.
//!
//! One shape for every provider so that cost, rollups, OpenTelemetry and traces never look at provider
//! JSON again. Token counts use the OpenTelemetry GenAI meaning: `input_tokens` INCLUDES cache reads and
//! cache writes, `output_tokens` INCLUDES reasoning. Providers that count differently (Anthropic reports
//! cache tokens outside `input_tokens`) are converted by their parser, which is where the most common cost
//! bug of other tools (double-counted or dropped cache tokens) is avoided once for everyone.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Which wire API a call used; decides the parser and the replay shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Api {
    /// OpenAI `POST /v1/chat/completions` (and compatible servers).
    OpenaiChat,
    /// OpenAI `POST /v1/responses`.
    OpenaiResponses,
    /// OpenAI `POST /v1/embeddings`.
    OpenaiEmbeddings,
    /// Anthropic `POST /v1/messages`.
    AnthropicMessages,
    /// Not an HTTP exchange: an agent, tool or retrieval step written in the capture (see `record::step`).
    Step,
    /// Not an HTTP exchange: a span read from OTLP (agents, tools, retrieval, or a call of unknown API).
    Otel,
}

/// Token usage in OpenTelemetry GenAI meaning.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Usage {
    /// All input tokens, including cache reads and cache writes.
    pub input_tokens: u64,
    /// All output tokens, including reasoning.
    pub output_tokens: u64,
    /// Input tokens served from the provider's prompt cache (subset of `input_tokens`).
    #[serde(default)]
    pub cache_read_input_tokens: u64,
    /// Input tokens written to the prompt cache (subset of `input_tokens`), all lifetimes.
    #[serde(default)]
    pub cache_creation_input_tokens: u64,
    /// Of `cache_creation_input_tokens`, those written with a one-hour lifetime (Anthropic `ephemeral_1h`).
    #[serde(default)]
    pub cache_creation_1h_input_tokens: u64,
    /// Reasoning tokens (subset of `output_tokens`).
    #[serde(default)]
    pub reasoning_output_tokens: u64,
    /// True when the counts were estimated by ward because the provider reported none.
    #[serde(default)]
    pub estimated: bool,
    /// How estimated counts were obtained: absent for the byte heuristic, else the exact tokenizer's
    /// encoding (`o200k_base`, `cl100k_base`; feature `tiktoken`). Always absent on reported usage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokenizer: Option<String>,
}

/// One part of a message, following the OTel GenAI content schema (`type` discriminated).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Part {
    /// Plain text.
    Text {
        /// The text.
        content: String,
    },
    /// Model reasoning text (when the provider returns it).
    Reasoning {
        /// The text.
        content: String,
    },
    /// A refusal returned instead of content (OpenAI `refusal`).
    Refusal {
        /// The refusal text.
        content: String,
    },
    /// A tool call requested by the model.
    ToolCall {
        /// Provider call id (`call_…`, `toolu_…`).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<String>,
        /// Tool name.
        name: String,
        /// Arguments as JSON (parsed when valid, else the raw string).
        arguments: Value,
    },
    /// The result of a tool call, sent back to the model.
    ToolCallResponse {
        /// The call id this answers.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        id: Option<String>,
        /// The result (string or JSON).
        response: Value,
    },
}

/// One chat message.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Message {
    /// `system`, `user`, `assistant` or `tool`.
    pub role: String,
    /// Content parts in order.
    pub parts: Vec<Part>,
    /// Why generation stopped (output messages only), normalized to OTel values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub finish_reason: Option<String>,
}

/// An error the call ended with (HTTP status, provider error object or stream error event).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CallError {
    /// For `error.type`: the provider error type/code, else the HTTP status, else `_OTHER`.
    #[serde(rename = "type")]
    pub kind: String,
    /// The provider's message, if any.
    #[serde(default)]
    pub message: String,
}

/// Timestamps (Unix nanoseconds, from the capture) and the figures derived from them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Timing {
    /// Request start.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_unix_nano: Option<i64>,
    /// First streamed token (or first byte of the response body).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_token_unix_nano: Option<i64>,
    /// Response complete.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_unix_nano: Option<i64>,
    /// `end - start` in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latency_s: Option<f64>,
    /// `first_token - start` in seconds.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_to_first_token_s: Option<f64>,
    /// Output tokens per second of generation (`output / (end - first_token)`, else `/ latency`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_tokens_per_s: Option<f64>,
}

/// Request parameters that map to `gen_ai.request.*` attributes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Params {
    /// `temperature`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub temperature: Option<f64>,
    /// `top_p`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_p: Option<f64>,
    /// `top_k` (Anthropic).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub top_k: Option<f64>,
    /// `max_tokens` / `max_completion_tokens` / `max_output_tokens`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_tokens: Option<u64>,
    /// `frequency_penalty`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frequency_penalty: Option<f64>,
    /// `presence_penalty`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub presence_penalty: Option<f64>,
    /// `seed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seed: Option<i64>,
    /// `stop` / `stop_sequences`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stop_sequences: Vec<String>,
    /// `n` when not 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice_count: Option<u64>,
    /// `text` or `json` when a response format was requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub output_type: Option<String>,
    /// Requested service tier (`priority`, `flex`, `batch` for batch jobs …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service_tier: Option<String>,
    /// Embedding `encoding_format`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub encoding_formats: Vec<String>,
}

/// A document retrieved by a RAG step (`gen_ai.retrieval.documents`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// Document id.
    pub id: String,
    /// Relevance score, when given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub score: Option<f64>,
}

/// Agent, tool and retrieval details of spans that are not model calls.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// `gen_ai.agent.name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agent_name: Option<String>,
    /// `gen_ai.tool.name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_name: Option<String>,
    /// `gen_ai.tool.call.id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_call_id: Option<String>,
    /// `gen_ai.tool.call.arguments`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_arguments: Option<Value>,
    /// `gen_ai.tool.call.result`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool_result: Option<Value>,
    /// `gen_ai.data_source.id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_source_id: Option<String>,
    /// `gen_ai.retrieval.query.text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// `gen_ai.retrieval.documents`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<Document>,
}

/// One LLM call (or agent/tool/retrieval step), normalized.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// 1-based line of the capture file this came from (0 when not from a file).
    pub line: usize,
    /// OTel `gen_ai.provider.name` (`openai`, `anthropic`, …).
    pub provider: String,
    /// The wire API.
    pub api: Api,
    /// OTel `gen_ai.operation.name` (`chat`, `embeddings`, `execute_tool`, …).
    pub operation: String,
    /// Model asked for.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request_model: Option<String>,
    /// Model that answered.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_model: Option<String>,
    /// Provider response id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub response_id: Option<String>,
    /// The response was streamed (SSE).
    #[serde(default)]
    pub stream: bool,
    /// Request parameters.
    #[serde(default)]
    pub params: Params,
    /// System instructions, input messages and tool results sent.
    #[serde(default)]
    pub input_messages: Vec<Message>,
    /// Generated messages.
    #[serde(default)]
    pub output_messages: Vec<Message>,
    /// Finish reasons, one per choice, normalized (`stop`, `length`, `tool_call`, `content_filter`, `error`).
    #[serde(default)]
    pub finish_reasons: Vec<String>,
    /// Token usage, when reported or estimated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub usage: Option<Usage>,
    /// Embedding vector length (embeddings only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub embedding_dimensions: Option<u64>,
    /// Timing.
    #[serde(default)]
    pub timing: Timing,
    /// HTTP status.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<u16>,
    /// The error the call ended with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<CallError>,
    /// `server.address`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_address: Option<String>,
    /// `server.port`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub server_port: Option<u16>,
    /// W3C trace id (32 lower-case hex).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trace_id: Option<String>,
    /// W3C span id (16 lower-case hex).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span_id: Option<String>,
    /// Parent span id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_span_id: Option<String>,
    /// Free-form attribution: `feature`, `user`, `tenant`, `session`, anything else.
    #[serde(default)]
    pub attributes: BTreeMap<String, Value>,
    /// Agent/tool/retrieval details (spans that are not model calls).
    #[serde(default, skip_serializing_if = "is_default_step")]
    pub step: Step,
    /// Cost already known for this call (e.g. `gen_ai.usage.cost` on an ingested span), USD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_cost_usd: Option<f64>,
    /// The provider request exactly as sent (for replay); absent for ingested spans.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub request: Option<Value>,
    /// The model's output in the provider's own shape, when the normalized `output_messages` cannot give
    /// it back exactly and an agent loop must send it back unchanged (for replay): OpenAI Responses
    /// `output` items (ids, reasoning items with their encrypted content), Anthropic `content` blocks of a
    /// turn with `thinking` (signature) or `redacted_thinking` (opaque data) blocks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub replay_output: Option<Value>,
}

fn is_default_step(s: &Step) -> bool {
    *s == Step::default()
}

impl Record {
    /// An empty record of the given API and operation; parsers fill it in.
    pub fn new(api: Api, provider: &str, operation: &str) -> Self {
        Record {
            line: 0,
            provider: provider.to_string(),
            api,
            operation: operation.to_string(),
            request_model: None,
            response_model: None,
            response_id: None,
            stream: false,
            params: Params::default(),
            input_messages: Vec::new(),
            output_messages: Vec::new(),
            finish_reasons: Vec::new(),
            usage: None,
            embedding_dimensions: None,
            timing: Timing::default(),
            status: None,
            error: None,
            server_address: None,
            server_port: None,
            trace_id: None,
            span_id: None,
            parent_span_id: None,
            attributes: BTreeMap::new(),
            step: Step::default(),
            reported_cost_usd: None,
            request: None,
            replay_output: None,
        }
    }

    /// The model to price and label with: the response model when known, else the request model.
    pub fn model(&self) -> Option<&str> {
        self.response_model.as_deref().or(self.request_model.as_deref())
    }

    /// A string attribute (`feature`, `user`, `tenant`, `session`, …).
    pub fn attribute(&self, key: &str) -> Option<&str> {
        self.attributes.get(key).and_then(Value::as_str)
    }
}
