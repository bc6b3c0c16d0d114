//! Structure-aware redaction: JSON documents, LLM API bodies (OpenAI Chat Completions and Responses,
//! Anthropic Messages), JSONL, and SSE streams of those APIs.
//!
//! Text-level redaction of a JSON body would corrupt it (a match can swallow a quote) and would touch ids
//! and model names; these entry points decode each selected string value, redact it with the
//! [`Redactor`](super::Redactor), and re-encode it, leaving every other byte unchanged (key order,
//! whitespace, number spelling). Placeholders are numbered through one [`Vault`](super::Vault) in
//! document order, so `[EMAIL_1]` in a message and in a tool call's arguments is the same address.
//!
//! A value's key is its context (`{"name": "Jane Doe"}` reads as `name: Jane Doe`; see `keyed`).
//!
//! Entry points for adapters: [`redact_body`] / [`restore_body`] (JSON in, JSON out), [`redact_json`]
//! with [`JsonPaths`] include/exclude lists, [`redact_jsonl`], [`SseRedactor`] / [`SseRestorer`]
//! (`push(bytes) -> bytes`, `finish()`), and [`redact_capture`] for ward's own capture files (bodies by
//! provider, `response_sse` event-aware, attributes by key).

mod body;
mod capture;
pub mod json;
mod jsonl;
mod keyed;
mod path;
mod profiles;
mod proxied;
mod sse;

pub use body::{JsonFinding, JsonPaths, JsonRedaction, Provider, redact_body, redact_json, restore_body};
pub use capture::{KEPT_ATTRIBUTES, redact_capture};
pub use jsonl::{BadLine, JsonlRedaction, LineError, LineFinding, redact_jsonl};
pub use path::PathPattern;
pub use proxied::{
    BodyFormat, ProxiedRedaction, has_restorable, is_llm_body, redact_proxied, restore_proxied_json,
};
pub use sse::{SseRedactor, SseRestorer};
