//! Watching one LLM call's response go by, for usage and cost stats.
//!
//! The response is never held back for this: every chunk is forwarded at once (`Continue`), which keeps
//! SSE streams streaming, and a copy is appended to a buffer bounded by `max_response_bytes`. When the
//! response ends, `ward_core::record::exchange_bytes` turns (request JSON, response bytes, content type,
//! status, times) into a record and its cost, and [`crate::meters`] counts them. A response over the bound
//! is dropped from the copy and counted in `llm_responses_too_large`.

use serde_json::Value;
use ward_core::record::exchange_bytes::{WireExchange, price_wire_exchange};

use crate::host;
use crate::root::Plugin;

/// One call being observed.
pub struct Observation {
    url: String,
    /// The parsed request body; taken when the call is counted.
    request: Option<Value>,
    start: Option<i64>,
    first_byte: Option<i64>,
    status: Option<u16>,
    content_type: Option<String>,
    response: Vec<u8>,
    overflow: bool,
}

impl Observation {
    /// Starts observing a call whose request body is `request` (see `exchange_bytes::llm_request`).
    pub fn new(url: String, request: Value, start: Option<i64>) -> Observation {
        Observation {
            url,
            request: Some(request),
            start,
            first_byte: None,
            status: None,
            content_type: None,
            response: Vec::new(),
            overflow: false,
        }
    }

    /// Whether the call was counted already.
    pub fn is_done(&self) -> bool {
        self.request.is_none()
    }

    /// Whether response headers were seen (a call that never got a response is not counted).
    pub fn has_response(&self) -> bool {
        self.status.is_some()
    }

    /// Reads `:status` and `content-type` from the response headers.
    pub fn on_response_headers(&mut self) {
        self.status = host::response_header(":status").and_then(|s| s.trim().parse().ok());
        self.content_type = host::response_header("content-type");
    }

    /// Copies one response body chunk of `len` bytes (the chunk itself is forwarded by the caller).
    pub fn on_response_chunk(&mut self, plugin: &Plugin, len: usize) {
        if len == 0 || self.overflow || self.is_done() {
            return;
        }
        if self.response.len().saturating_add(len) > plugin.settings.max_response_bytes {
            self.too_large();
            return;
        }
        match host::response_body(len) {
            Ok(chunk) => self.on_response_bytes(plugin, &chunk),
            Err(status) => {
                host::log(
                    proxy_wasm::types::LogLevel::Warn,
                    &format!("ward-envoy: cannot read a response chunk for stats: {status:?}"),
                );
                self.too_large();
            }
        }
    }

    /// Copies response bytes the caller has read already (the restoring path reads each chunk once,
    /// before replacing it: the stats see the upstream's bytes).
    pub fn on_response_bytes(&mut self, plugin: &Plugin, bytes: &[u8]) {
        if bytes.is_empty() || self.overflow || self.is_done() {
            return;
        }
        if self.first_byte.is_none() {
            self.first_byte = host::now_unix_nano();
        }
        if self.response.len().saturating_add(bytes.len()) > plugin.settings.max_response_bytes {
            self.too_large();
            return;
        }
        self.response.extend_from_slice(bytes);
    }

    /// Gives up the copy: the response is counted in `llm_responses_too_large` only.
    pub fn too_large(&mut self) {
        self.overflow = true;
        self.response = Vec::new();
    }

    /// Counts the call once: parses and prices it, or counts why it could not be.
    pub fn finish(&mut self, plugin: &Plugin) {
        let Some(request) = self.request.take() else { return };
        if self.overflow {
            plugin.counters.llm_too_large.add(1);
            return;
        }
        let exchange = WireExchange {
            url: &self.url,
            request,
            response: &self.response,
            content_type: self.content_type.as_deref(),
            status: self.status,
            start_unix_nano: self.start,
            first_token_unix_nano: self.first_byte,
            end_unix_nano: host::now_unix_nano(),
        };
        match price_wire_exchange(exchange, &plugin.settings.prices) {
            Ok(call) => match plugin.meters.try_borrow_mut() {
                Ok(mut meters) => meters.record(&call),
                Err(_) => plugin.counters.llm_unparsed.add(1), // unreachable: one call at a time per VM
            },
            Err(e) => {
                plugin.counters.llm_unparsed.add(1);
                host::log(
                    proxy_wasm::types::LogLevel::Debug,
                    &format!(
                        "ward-envoy: response of {} not counted: {}: {}",
                        self.url,
                        e.code(),
                        e.message()
                    ),
                );
            }
        }
        self.response = Vec::new();
    }
}
