//! # ward-host
//!
//! Runs ward's WebAssembly component (`dist/ward.wasm`, the WIT world `ward:engine/engine`) under wasmtime.
//! The `ward` command-line tool is built on this crate, so what the CLI and CI exercise are the very bytes
//! that ship to every other component host.
//!
//! The component is embedded in this crate at build time (see `build.rs`) and compiled once: the compiled
//! code is cached under `$XDG_CACHE_HOME/ward` (or `~/.cache/ward`), keyed by a SHA-256 of the component
//! bytes and the wasmtime version and configuration. Callers pass no paths.
//!
//! ## Example
//! ```no_run
//! let mut engine = ward_host::Engine::new(ward_host::Limits::default())?;
//! let out = engine.redact("mail jane.doe@example.org", None)?;
//! assert_eq!(out.text, "mail [EMAIL_1]");
//! # Ok::<(), ward_host::HostError>(())
//! ```
//!
//! ## Untrusted input
//! Every call runs under [`Limits`]: inputs above `max_input_bytes` are refused before entering the
//! component, linear memory cannot grow beyond `max_memory_bytes`, and each call gets a fuel budget
//! proportional to its input, so a call that would run away stops with `limit_exceeded` instead of hanging.
//! After any trap the instance is discarded and the next call starts from a fresh one.
//!
//! ## Error codes
//! [`HostError::code`] is either a code from the component (e.g. `policy_invalid`, see `ward_core::Error`) or
//! one of this host's: `input_too_large`, `invalid_utf8`, `limit_exceeded`, `component_trap`,
//! `component_load`, `stale_handle`.
//!
//! Beyond `redact`, [`Engine`] forwards the WIT interface `ward:engine/api`: vaults and restore
//! ([`Engine::vault`], [`Engine::redact_with`], [`Engine::restore`]), structured redaction
//! ([`Engine::redact_json`], [`Engine::redact_body`], [`Engine::redact_jsonl`], [`Engine::redact_capture`]),
//! streams ([`Engine::stream_redactor`], [`Engine::stream_restorer`]) and observability as JSON text
//! ([`Engine::parse_exchanges`], [`Engine::price_exchange`], [`Engine::cost_report`], [`Engine::to_otlp`],
//! [`Engine::parse_otlp_traces`], [`Engine::traces`], [`Engine::replay`]).

mod bindings;
mod cache;
mod engine;
mod error;
mod handles;
mod limits;
mod observe;
mod redaction;

pub use cache::CacheOutcome;
pub use engine::Engine;
pub use error::HostError;
pub use handles::{Handle, Resource, StreamRedactor, StreamRestorer, Vault};
pub use limits::Limits;
pub use redaction::{Finding, Redaction};

/// The component embedded in this build (`dist/ward.wasm` when it was compiled).
pub const COMPONENT: &[u8] = include_bytes!(env!("WARD_COMPONENT_WASM"));

/// The version of wasmtime this host embeds.
pub const WASMTIME_VERSION: &str = "48.0.8";
