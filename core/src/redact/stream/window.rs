//! Redacting one window of a longer text: the step the streaming redactor repeats.
//!
//! The streaming redactor scans `left ++ segment`, where `left` is already-emitted text kept as context
//! (context words look up to `context::BEFORE` bytes back), and replaces only the findings that start in
//! the segment. [`Redactor::redact_with`] is this function over the whole text, so both paths share one
//! replacement loop: the same hits, the same operators, the same vault calls in the same order, so
//! numbering matches the one-shot result exactly. Placeholders are numbered by a vault, or, for a
//! one-shot call that keeps none, by the call alone (see `numbering`).
//!
//! A value seen earlier in the same window from the same rule reuses the earlier finding's
//! replacement instead of asking the operator and the vault again: every operator is a function of
//! (entity, value) and the vault only ever adds placeholders, so the answer cannot differ. It saves the
//! SHA-256 digest a secret costs on every vault lookup (2,700 instructions each, 2.5 M per MB of chat).

use std::collections::hash_map::Entry;

use foldhash::{HashMap, HashMapExt};

use super::super::numbering::Numbering;
use super::super::{Finding, Operator, Redactor, offsets};

/// The redacted segment and its findings (offsets relative to the window text).
pub(crate) struct Window {
    pub text: String,
    pub findings: Vec<Finding>,
}

impl Redactor {
    /// Redacts `text[from..to]`, using the text around it only as context. Findings that start outside
    /// `from..to` are ignored (at safe cuts none crosses either end).
    pub(crate) fn redact_window<'t>(
        &'t self,
        text: &'t str,
        from: usize,
        to: usize,
        numbers: &mut impl Numbering<'t>,
    ) -> Window {
        let hits = self.hits(text);
        let mut out = String::with_capacity(to.saturating_sub(from));
        let mut findings = Vec::with_capacity(hits.len());
        // (rule, value) → index in `findings` of its first occurrence in this window. A rule fixes the
        // entity and the secrecy; keying by its index hashes 8 bytes instead of the entity name.
        // Sized for every hit: growing it rehashed every key several times on a 4 KB prompt.
        let mut seen: HashMap<(usize, &str), usize> = HashMap::with_capacity(hits.len());
        let mut utf16 = offsets::Utf16Cursor::new(text);
        let mut last = from;
        for hit in hits.into_iter().filter(|h| h.start >= from && h.start < to && h.end <= to) {
            let (Some(value), Some(before)) = (text.get(hit.start..hit.end), text.get(last..hit.start))
            else {
                continue;
            };
            out.push_str(before);
            let earlier = match seen.entry((hit.rule, value)) {
                Entry::Occupied(first) => findings.get(*first.get()).map(|f: &Finding| f.replacement.clone()),
                Entry::Vacant(slot) => {
                    slot.insert(findings.len());
                    None
                }
            };
            let entity: &'t str = hit.entity;
            let replacement = earlier.unwrap_or_else(|| match self.policy().operator(entity) {
                Operator::Placeholder => numbers.placeholder(entity, value, hit.secret),
                other => other.apply(entity, value),
            });
            out.push_str(&replacement);
            let start_utf16 = utf16.advance_to(hit.start);
            let end_utf16 = utf16.advance_to(hit.end);
            findings.push(Finding {
                entity: hit.entity.clone(),
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

#[cfg(test)]
mod tests {
    use crate::redact::{Policy, Redactor, Vault};

    /// The per-window reuse is keyed by secrecy too: one entity from a secret rule and a plain rule gets
    /// a digest entry and a value entry, as when every finding asked the vault.
    #[test]
    fn reuse_keeps_secret_and_plain_entries_apart() {
        let policy = Policy::from_json(
            r#"{"entities": [], "custom": [
                {"entity": "TOKEN", "pattern": "A:(?P<v>[a-z]{6})", "secret": true},
                {"entity": "TOKEN", "pattern": "B:(?P<v>[a-z]{6})"}
            ]}"#,
        )
        .unwrap();
        let redactor = Redactor::new(policy).unwrap();
        let mut vault = Vault::new();
        let out = redactor.redact_with("A:qwerty B:qwerty A:qwerty B:qwerty", &mut vault);
        assert_eq!(out.text, "A:[TOKEN_1] B:[TOKEN_2] A:[TOKEN_1] B:[TOKEN_2]");
        let kinds: Vec<(bool, bool)> =
            vault.entries().iter().map(|e| (e.value.is_some(), e.digest.is_some())).collect();
        assert_eq!(kinds, [(false, true), (true, false)]);
        // A later call with the same vault finds both again without new numbers.
        assert_eq!(redactor.redact_with("B:qwerty A:qwerty", &mut vault).text, "B:[TOKEN_2] A:[TOKEN_1]");
        assert_eq!(vault.entries().len(), 2);
    }
}
