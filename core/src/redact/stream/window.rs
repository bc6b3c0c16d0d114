//! Redacting one window of a longer text: the step the streaming redactor repeats.
//!
//! The streaming redactor scans `left ++ segment`, where `left` is already-emitted text kept as context
//! (context words look up to `context::BEFORE` bytes back), and replaces only the findings that start in
//! the segment. [`Redactor::redact_with`] is this function over the whole text, so both paths share one
//! replacement loop: the same hits, the same operators,
//! the same vault calls in the same order, so numbering matches the one-shot result exactly.

use super::super::{Finding, Operator, Redactor, Vault, offsets};

/// The redacted segment and its findings (offsets relative to the window text).
pub(crate) struct Window {
    pub text: String,
    pub findings: Vec<Finding>,
}

impl Redactor {
    /// Redacts `text[from..to]`, using the text around it only as context. Findings that start outside
    /// `from..to` are ignored (at safe cuts none crosses either end).
    pub(crate) fn redact_window(&self, text: &str, from: usize, to: usize, vault: &mut Vault) -> Window {
        let hits = self.hits(text);
        let mut out = String::with_capacity(to.saturating_sub(from));
        let mut findings = Vec::with_capacity(hits.len());
        let mut utf16 = offsets::Utf16Cursor::new(text);
        let mut last = from;
        for hit in hits.into_iter().filter(|h| h.start >= from && h.start < to && h.end <= to) {
            let (Some(value), Some(before)) = (text.get(hit.start..hit.end), text.get(last..hit.start))
            else {
                continue;
            };
            out.push_str(before);
            let replacement = match self.policy().operator(hit.entity) {
                Operator::Placeholder => vault.placeholder(hit.entity, value, hit.secret),
                other => other.apply(hit.entity, value),
            };
            out.push_str(&replacement);
            let start_utf16 = utf16.advance_to(hit.start);
            let end_utf16 = utf16.advance_to(hit.end);
            findings.push(Finding {
                entity: hit.entity.to_string(),
                start: hit.start,
                end: hit.end,
                start_utf16,
                end_utf16,
                score: hit.score,
                replacement,
            });
            last = hit.end;
        }
        out.push_str(text.get(last..to).unwrap_or_default());
        Window { text: out, findings }
    }
}
