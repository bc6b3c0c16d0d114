//! Streaming exports: handles to core's streaming redactor and restorer, plain and SSE. The npm facade
//! wraps each in a WHATWG `TransformStream` (`js/src/streams.ts`); these classes only forward chunks.
//!
//! Chunks arrive as bytes (`push`, any split, even inside a character) or as JS strings (`pushStr`, which
//! wasm-bindgen encodes as UTF-8). Text streams share the caller's vault on every call (core's
//! `push_with`), so a one-shot redact between chunks numbers consistently; core's SSE redactor owns its
//! vault, so `finish` copies it back into the caller's.

use ward_core::redact::structured::{SseRedactor as CoreSseRedactor, SseRestorer as CoreSseRestorer};
use ward_core::redact::{
    StreamRedactor as CoreStreamRedactor, StreamRestorer as CoreStreamRestorer, Vault as CoreVault,
};
use wasm_bindgen::prelude::*;

use crate::error;
use crate::redact::Redactor;
use crate::types;
use crate::vault::Vault;

fn js(e: ward_core::Error) -> JsValue {
    error::to_js(&e)
}

#[wasm_bindgen]
impl Redactor {
    /// Opens a text stream (see [`StreamRedactor`]).
    #[wasm_bindgen(js_name = openStream)]
    pub fn open_stream(&self) -> StreamRedactor {
        StreamRedactor(self.streaming.stream(CoreVault::new()))
    }

    /// Opens an SSE stream of OpenAI or Anthropic events, starting from a copy of `vault`.
    #[wasm_bindgen(js_name = openSse)]
    pub fn open_sse(&self, vault: &Vault) -> Result<SseRedactor, JsValue> {
        CoreSseRedactor::new(self.streaming.clone(), vault.0.clone()).map(SseRedactor).map_err(js)
    }
}

/// One text stream being redacted: concatenated outputs equal the one-shot redaction (core's
/// `StreamRedactor`; hold-back bounded, see core's `redact::stream` docs).
#[wasm_bindgen]
#[derive(Debug)]
pub struct StreamRedactor(CoreStreamRedactor);

#[wasm_bindgen]
impl StreamRedactor {
    /// Feeds bytes; returns the redacted text that became final. Numbers through `vault`.
    pub fn push(&mut self, bytes: &[u8], vault: &mut Vault) -> Result<String, JsValue> {
        self.0.push_with(bytes, &mut vault.0).map_err(js)
    }

    /// Feeds text (see `push`).
    #[wasm_bindgen(js_name = pushStr)]
    pub fn push_str(&mut self, text: &str, vault: &mut Vault) -> Result<String, JsValue> {
        self.push(text.as_bytes(), vault)
    }

    /// Ends the stream and returns the rest. An unfinished character is `invalid_utf8`.
    pub fn finish(&mut self, vault: &mut Vault) -> Result<String, JsValue> {
        self.0.finish_with(&mut vault.0).map_err(js)
    }

    /// Findings emitted since the last call, offsets in the whole stream.
    #[wasm_bindgen(js_name = takeFindings, unchecked_return_type = "Finding[]")]
    pub fn take_findings(&mut self) -> Result<JsValue, JsValue> {
        let findings: Vec<types::Finding> =
            self.0.take_findings().into_iter().map(types::Finding::from).collect();
        types::encode(&findings)
    }

    /// Times the stream was cut without a safe position (0: output equals the one-shot result).
    #[wasm_bindgen(getter, js_name = forcedCuts)]
    pub fn forced_cuts(&self) -> usize {
        self.0.forced_cuts()
    }

    /// Bytes received and not yet emitted.
    #[wasm_bindgen(getter)]
    pub fn held(&self) -> usize {
        self.0.held()
    }
}

/// Restores placeholders in a text stream, even when one is split across chunks (core's
/// `StreamRestorer`; a snapshot of the vault taken at construction).
#[wasm_bindgen]
#[derive(Debug)]
pub struct StreamRestorer(CoreStreamRestorer);

#[wasm_bindgen]
impl StreamRestorer {
    /// A restorer for the placeholders `vault` holds now.
    #[wasm_bindgen(constructor)]
    pub fn new(vault: &Vault) -> StreamRestorer {
        StreamRestorer(CoreStreamRestorer::new(&vault.0))
    }

    /// Feeds bytes; returns the restored text that became final.
    pub fn push(&mut self, bytes: &[u8]) -> Result<String, JsValue> {
        self.0.push(bytes).map_err(js)
    }

    /// Feeds text.
    #[wasm_bindgen(js_name = pushStr)]
    pub fn push_str(&mut self, text: &str) -> Result<String, JsValue> {
        self.0.push_str(text).map_err(js)
    }

    /// Ends the stream and returns what was held.
    pub fn finish(&mut self) -> Result<String, JsValue> {
        self.0.finish().map_err(js)
    }
}

/// Redacts an SSE byte stream of OpenAI Chat, OpenAI Responses or Anthropic Messages events: text and
/// tool-argument deltas change, framing passes through (core's `SseRedactor`).
#[wasm_bindgen]
#[derive(Debug)]
pub struct SseRedactor(CoreSseRedactor);

#[wasm_bindgen]
impl SseRedactor {
    /// Feeds bytes; returns the bytes of the events completed so far, redacted.
    pub fn push(&mut self, bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
        self.0.push(bytes).map_err(js)
    }

    /// Feeds text.
    #[wasm_bindgen(js_name = pushStr)]
    pub fn push_str(&mut self, text: &str) -> Result<Vec<u8>, JsValue> {
        self.0.push(text.as_bytes()).map_err(js)
    }

    /// Ends the stream (flushes the last event and every open content stream) and copies the stream's
    /// vault into `vault`.
    pub fn finish(&mut self, vault: &mut Vault) -> Result<Vec<u8>, JsValue> {
        let out = self.0.finish().map_err(js)?;
        vault.0 = self.0.vault().clone();
        Ok(out)
    }
}

/// Restores placeholders in an SSE byte stream (core's `SseRestorer`), placeholders split across events
/// included; restored tool-argument values are JSON-escaped.
#[wasm_bindgen]
#[derive(Debug)]
pub struct SseRestorer(CoreSseRestorer);

#[wasm_bindgen]
impl SseRestorer {
    /// A restorer for the placeholders `vault` holds now.
    #[wasm_bindgen(constructor)]
    pub fn new(vault: &Vault) -> Result<SseRestorer, JsValue> {
        CoreSseRestorer::new(&vault.0).map(SseRestorer).map_err(js)
    }

    /// Feeds bytes; returns the bytes of the events completed so far, restored.
    pub fn push(&mut self, bytes: &[u8]) -> Result<Vec<u8>, JsValue> {
        self.0.push(bytes).map_err(js)
    }

    /// Feeds text.
    #[wasm_bindgen(js_name = pushStr)]
    pub fn push_str(&mut self, text: &str) -> Result<Vec<u8>, JsValue> {
        self.0.push(text.as_bytes()).map_err(js)
    }

    /// Ends the stream and returns the rest.
    pub fn finish(&mut self) -> Result<Vec<u8>, JsValue> {
        self.0.finish().map_err(js)
    }
}
