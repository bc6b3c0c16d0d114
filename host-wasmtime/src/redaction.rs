//! The public result types, mirroring the WIT records `redaction` and `finding`.
//!
//! Hand-written rather than re-exported from the generated bindings so the public API stays stable and can
//! derive `Serialize` (the CLI's `--json` output has the same field names as the shared test vectors).

use serde::Serialize;

use crate::bindings;
use crate::bindings::exports::ward::engine::api;

/// One value that was found and replaced.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// Entity type, e.g. `EMAIL`.
    pub entity: String,
    /// Start byte offset in the original text.
    pub start: usize,
    /// End byte offset (exclusive) in the original text.
    pub end: usize,
    /// Start offset in UTF-16 code units.
    pub start_utf16: usize,
    /// End offset (exclusive) in UTF-16 code units.
    pub end_utf16: usize,
    /// Confidence in `[0, 1]`.
    pub score: f64,
    /// What replaced the value, e.g. `[EMAIL_1]`.
    pub replacement: String,
}

/// The redacted text and what was found.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Redaction {
    /// The text with every finding replaced; every other byte is unchanged.
    pub text: String,
    /// The findings, in text order.
    pub findings: Vec<Finding>,
}

impl From<bindings::Finding> for Finding {
    fn from(f: bindings::Finding) -> Self {
        // u32 -> usize is lossless on every host wasmtime supports (32- and 64-bit).
        let n = |v: u32| v as usize;
        Finding {
            entity: f.entity,
            start: n(f.start),
            end: n(f.end),
            start_utf16: n(f.start_utf16),
            end_utf16: n(f.end_utf16),
            score: f.score,
            replacement: f.replacement,
        }
    }
}

impl From<bindings::Redaction> for Redaction {
    fn from(r: bindings::Redaction) -> Self {
        Redaction { text: r.text, findings: r.findings.into_iter().map(Finding::from).collect() }
    }
}

// The `api` interface repeats the world's records (WIT types of an exported interface cannot be the
// world's own); both convert to the same public types.
impl From<api::Finding> for Finding {
    fn from(f: api::Finding) -> Self {
        let n = |v: u32| v as usize;
        Finding {
            entity: f.entity,
            start: n(f.start),
            end: n(f.end),
            start_utf16: n(f.start_utf16),
            end_utf16: n(f.end_utf16),
            score: f.score,
            replacement: f.replacement,
        }
    }
}

impl From<api::Redaction> for Redaction {
    fn from(r: api::Redaction) -> Self {
        Redaction { text: r.text, findings: r.findings.into_iter().map(Finding::from).collect() }
    }
}
