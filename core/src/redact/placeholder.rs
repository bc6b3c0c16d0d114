//! Typed placeholders: `[EMAIL_1]`, `[EMAIL_2]`, `[CREDIT_CARD_1]`…
//!
//! Numbering is per entity type, in order of first appearance, and a value seen again gets the number it
//! got the first time, so a reader (or a model) can still tell that two mentions are the same person.

use std::collections::HashMap;

/// Assigns placeholder numbers within one redaction.
#[derive(Debug, Default)]
pub(crate) struct Numbering {
    seen: HashMap<(&'static str, String), usize>,
    counts: HashMap<&'static str, usize>,
}

impl Numbering {
    /// The placeholder for `value` of type `entity`, allocating the next number on first sight.
    pub(crate) fn placeholder(&mut self, entity: &'static str, value: &str) -> String {
        let key = (entity, value.to_string());
        let n = match self.seen.get(&key) {
            Some(&n) => n,
            None => {
                let count = self.counts.entry(entity).or_insert(0);
                *count += 1;
                self.seen.insert(key, *count);
                *count
            }
        };
        format!("[{entity}_{n}]")
    }
}
