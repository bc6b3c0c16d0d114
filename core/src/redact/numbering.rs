//! Where placeholders get their numbers: a caller's vault, or the one call.
//!
//! A [`Vault`] numbers placeholders for a conversation and keeps what `restore` needs: a copy of each
//! value (a SHA-256 digest of each secret), the entity's name per entry, an index by value. A one-shot
//! [`Redactor::redact`](super::Redactor::redact) dropped its fresh vault on return, so that work bought
//! nothing (with entity names borrowed too, a 4 KB chat call went from 100 to 52 allocations:
//! `benches/src/bin/redact-allocs.rs`).
//! [`CallNumbers`] hands out the numbers a fresh vault would, from strings borrowed from the text and
//! the rules, and hashes no secret. A test holds the two to the same output.

use foldhash::HashMap;

use super::vault::{Vault, numbered};

/// Gives the placeholder of `value` (a finding of `entity`, a secret or not).
pub(crate) trait Numbering<'t> {
    fn placeholder(&mut self, entity: &'t str, value: &'t str, secret: bool) -> String;
}

impl<'t> Numbering<'t> for Vault {
    fn placeholder(&mut self, entity: &'t str, value: &'t str, secret: bool) -> String {
        Vault::placeholder(self, entity, value, secret)
    }
}

/// The numbers of one call without a vault: per entity, in order of first appearance, values and
/// secrets apart (as a vault keys them: by value, and by digest for secrets).
#[derive(Default)]
pub(crate) struct CallNumbers<'t> {
    /// Each entity met, with the last number it handed out (a call meets a few entities).
    counters: Vec<(&'t str, u64)>,
    /// (index in `counters`, secret, value) → number.
    known: HashMap<(usize, bool, &'t str), u64>,
}

impl<'t> Numbering<'t> for CallNumbers<'t> {
    fn placeholder(&mut self, entity: &'t str, value: &'t str, secret: bool) -> String {
        let k = match self.counters.iter().position(|&(e, _)| e == entity) {
            Some(k) => k,
            None => {
                self.counters.push((entity, 0));
                self.counters.len() - 1
            }
        };
        let counters = &mut self.counters;
        let n = *self.known.entry((k, secret, value)).or_insert_with(|| {
            let last = &mut counters[k].1;
            *last += 1;
            *last
        });
        numbered(entity, n)
    }
}

#[cfg(test)]
mod tests {
    use crate::redact::{Policy, Redactor, Vault, rule_examples};

    /// A one-shot call gives what a call with a fresh vault gives: the rules' own test strings, each
    /// alone and all in one text (repeated values, many entities, secrets and plain values of one
    /// entity), under the default policy and one with custom secret and plain rules of one entity.
    #[test]
    fn one_shot_numbers_are_a_fresh_vaults() {
        let custom = Policy::from_json(
            r#"{"custom": [
                {"entity": "TOKEN", "pattern": "A:(?P<v>[a-z]{6})", "secret": true},
                {"entity": "TOKEN", "pattern": "B:(?P<v>[a-z]{6})"}
            ]}"#,
        )
        .unwrap();
        let examples = rule_examples();
        let mut texts: Vec<String> =
            examples.iter().flat_map(|e| e.true_positives.iter().map(|t| t.to_string())).collect();
        texts.push(texts.join("\n").repeat(2));
        texts.push("A:qwerty B:qwerty A:qwerty B:qwerty B:asdfgh A:asdfgh".into());
        let mut compared = 0;
        for policy in [Policy::default(), custom] {
            let redactor = Redactor::new(policy).unwrap();
            for text in &texts {
                let fresh = redactor.redact_with(text, &mut Vault::new());
                assert_eq!(redactor.redact(text), fresh, "{text:?}");
                compared += fresh.findings.len();
            }
        }
        assert!(compared > 1_000, "{compared} findings compared");
    }
}
