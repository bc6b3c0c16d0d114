//! # ward-core
//!
//! The engine behind every ward artifact (CLI, WebAssembly component, npm package, Envoy filter). All behaviour
//! lives here; the hosts only decode their input, call one function of this crate and encode the result.
//!
//! ## Untrusted input
//! Every entry point takes untrusted text and returns a [`Result`] instead of panicking. Matching uses the
//! linear-time `regex` crate only, so no input can make a pattern backtrack exponentially.
//!
//! ## No I/O
//! No files, network, threads or clock: time is passed in by the caller. The crate builds for native targets
//! and every wasm target unchanged.
//!
//! ## Example
//! ```
//! use ward_core::redact::{Policy, Redactor};
//! let redactor = Redactor::new(Policy::default()).unwrap();
//! let out = redactor.redact("mail jane.doe@example.org, card 4111-1111-1111-1111");
//! assert_eq!(out.text, "mail [EMAIL_1], card [CREDIT_CARD_1]");
//! ```

pub mod cost;
mod error;
pub mod otel;
pub mod record;
pub mod redact;
pub mod rollup;
pub mod trace;

pub use error::Error;

/// The version of ward-core.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
