//! Redaction: find PII and secrets in text and replace each value with a typed placeholder.
//!
//! The pipeline is one pass over the text: the [`scan`] module runs a single combined, linear-time regex
//! whose alternatives are the enabled recognizers; each candidate then goes through its recognizer's
//! validator (Luhn for cards, structure checks for keys). Accepted findings are replaced by placeholders
//! such as `[EMAIL_1]`, numbered per entity type, the same value always getting the same placeholder within
//! one call.
//!
//! Offsets in [`Finding`] refer to the *original* text, in UTF-8 bytes and in UTF-16 code units (what
//! JavaScript strings index by), so every host can point at the value it came from.

mod cache;
mod offsets;
mod placeholder;
mod policy;
mod recognizers;
mod scan;
mod validate;

use serde::Serialize;

use crate::Error;

pub use cache::RedactorCache;
pub use policy::Policy;

/// One value that was found and replaced.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// Entity type, e.g. `EMAIL` or `CREDIT_CARD`.
    pub entity: String,
    /// Start byte offset in the original text.
    pub start: usize,
    /// End byte offset (exclusive) in the original text.
    pub end: usize,
    /// Start offset in UTF-16 code units.
    pub start_utf16: usize,
    /// End offset (exclusive) in UTF-16 code units.
    pub end_utf16: usize,
    /// Confidence in `[0, 1]`; validated values (checksums) score 1.0.
    pub score: f64,
    /// The text that replaced the value, e.g. `[EMAIL_1]`.
    pub replacement: String,
}

/// The result of redacting one text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Redaction {
    /// The text with every finding replaced; every other byte is unchanged.
    pub text: String,
    /// The findings, in text order, non-overlapping.
    pub findings: Vec<Finding>,
}

/// A compiled redaction policy. Build once, use for many texts; cheap to share across threads.
#[derive(Debug)]
pub struct Redactor {
    policy: Policy,
    scanner: scan::Scanner,
}

impl Redactor {
    /// Compiles `policy`. Fails with `policy_invalid` if it names unknown entities or is otherwise unusable.
    pub fn new(policy: Policy) -> Result<Redactor, Error> {
        let scanner = scan::Scanner::new(&policy)?;
        Ok(Redactor { policy, scanner })
    }

    /// The policy this redactor was built from.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Redacts `text`.
    pub fn redact(&self, text: &str) -> Redaction {
        let spans = self.scanner.scan(text);
        let mut numbering = placeholder::Numbering::default();
        let mut out = String::with_capacity(text.len());
        let mut findings = Vec::with_capacity(spans.len());
        let mut utf16 = offsets::Utf16Cursor::new(text);
        let mut last = 0;
        for span in spans {
            out.push_str(&text[last..span.start]);
            let replacement = numbering.placeholder(span.entity, &text[span.start..span.end]);
            out.push_str(&replacement);
            let start_utf16 = utf16.advance_to(span.start);
            let end_utf16 = utf16.advance_to(span.end);
            findings.push(Finding {
                entity: span.entity.to_string(),
                start: span.start,
                end: span.end,
                start_utf16,
                end_utf16,
                score: span.score,
                replacement,
            });
            last = span.end;
        }
        out.push_str(&text[last..]);
        Redaction { text: out, findings }
    }

    /// Redacts raw bytes, which must be UTF-8. Invalid input is an `invalid_utf8` error naming the byte
    /// offset of the first bad sequence; nothing is silently replaced.
    pub fn redact_bytes(&self, bytes: &[u8]) -> Result<Redaction, Error> {
        let text = std::str::from_utf8(bytes).map_err(|e| Error::invalid_utf8(e.valid_up_to()))?;
        Ok(self.redact(text))
    }
}

/// Entity types this build recognizes, in priority order.
pub fn entities() -> Vec<&'static str> {
    recognizers::ALL.iter().map(|r| r.entity).collect()
}
