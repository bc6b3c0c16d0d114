//! Redaction: find PII and secrets in text and replace each value.
//!
//! The pipeline is one pass over the text: the [`scan`] module runs a single multi-pattern, linear-time
//! regex whose patterns are the enabled rules (≈150 built-in: e-mail, phones of 40+ calling codes,
//! payment cards, IBAN, crypto wallets, 20+ national IDs with their check digits, IP/MAC, 80+ secret
//! formats, names, addresses, dates of birth); each candidate then goes through its rule's validator and
//! context words. Accepted findings are replaced by the policy's operator, by default a typed placeholder
//! such as `[EMAIL_1]` numbered per entity type (same value, same placeholder).
//!
//! Offsets in [`Finding`] refer to the *original* text, in UTF-8 bytes and in UTF-16 code units (what
//! JavaScript strings index by), so every host can point at the value it came from.
//!
//! Conversations: pass the same [`Vault`] to [`Redactor::redact_with`] on every turn to keep numbering
//! stable, and call [`Vault::restore`] / [`Vault::restore_json`] on model output. Secrets are never
//! restorable.

mod cache;
mod context;
mod numbering;
mod offsets;
mod operators;
mod policy;
mod recognizers;
mod rules;
mod scan;
pub mod stream;
pub mod structured;
mod validate;
mod vault;

use std::borrow::Cow;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Serialize;

use crate::Error;

pub use cache::RedactorCache;
pub use operators::Operator;
pub use policy::{CustomRecognizer, MAX_CUSTOM, MAX_PATTERN_LEN, MAX_PATTERN_SIZE, Policy};
pub use stream::{StreamRedactor, StreamRestorer, Streaming};
pub use vault::{Vault, VaultEntry};

/// One value that was found and replaced.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    /// Entity type, e.g. `EMAIL` or `CREDIT_CARD` (borrowed for built-in entities: no allocation per
    /// finding; a custom entity's name is owned).
    pub entity: Cow<'static, str>,
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
    deny: Option<AhoCorasick>,
}

/// A span before replacement: where, which rule, which entity, how sure, whether it is a secret.
struct Hit<'a> {
    /// Index of the rule in the scanner's list; [`DENY_RULE`] for deny-list terms.
    rule: usize,
    start: usize,
    end: usize,
    entity: &'a Cow<'static, str>,
    score: f64,
    secret: bool,
}

/// The entity of deny-list hits.
static DENY_ENTITY: Cow<'static, str> = Cow::Borrowed("DENY_LIST");

/// The rule index of deny-list hits (no scanner rule has it: the list is far shorter).
const DENY_RULE: usize = usize::MAX;

impl Redactor {
    /// Compiles `policy`. Fails with `policy_invalid` if it names unknown entities or is otherwise unusable.
    pub fn new(policy: Policy) -> Result<Redactor, Error> {
        policy.validate()?;
        let scanner = scan::Scanner::new(rules::build(&policy)?)?;
        let deny = if policy.deny.is_empty() {
            None
        } else {
            let ac = AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(MatchKind::LeftmostLongest)
                .build(&policy.deny)
                .map_err(|e| Error::policy(format!("deny: {e}")))?;
            Some(ac)
        };
        Ok(Redactor { policy, scanner, deny })
    }

    /// The policy this redactor was built from.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Redacts `text` with fresh numbering (`[EMAIL_1]` is the first address of this text).
    pub fn redact(&self, text: &str) -> Redaction {
        // No vault outlives the call: the same numbers without one (see `numbering`).
        let window = self.redact_window(text, 0, text.len(), &mut numbering::CallNumbers::default());
        Redaction { text: window.text, findings: window.findings }
    }

    /// Redacts `text`, numbering placeholders through `vault` so they stay stable across calls.
    pub fn redact_with(&self, text: &str, vault: &mut Vault) -> Redaction {
        // The whole text is one window: the streaming redactor uses the same replacement loop on parts.
        let window = self.redact_window(text, 0, text.len(), vault);
        Redaction { text: window.text, findings: window.findings }
    }

    /// Findings without replacing anything (for detect-only callers).
    pub fn analyze(&self, text: &str) -> Vec<Finding> {
        self.redact(text).findings
    }

    /// Accepted, non-overlapping hits in text order, allow list applied, deny list merged.
    fn hits<'a>(&'a self, text: &str) -> Vec<Hit<'a>> {
        let rules = &self.scanner.rules;
        let spans = self.scanner.scan(text);
        // Sized up front: `filter_map` gives no lower bound, so collecting regrew the list ~12 times.
        let mut hits: Vec<Hit<'a>> = Vec::with_capacity(spans.len());
        hits.extend(
            spans
                .into_iter()
                .filter_map(|s| {
                    let rule = rules.get(s.rule)?;
                    Some(Hit {
                        rule: s.rule,
                        start: s.start,
                        end: s.end,
                        entity: &rule.entity,
                        score: s.score,
                        secret: rule.secret,
                    })
                })
                .filter(|h| !self.policy.allow.iter().any(|a| a == &text[h.start..h.end])),
        );
        if let Some(ac) = &self.deny {
            let word = |i: usize| text.as_bytes().get(i).is_some_and(u8::is_ascii_alphanumeric);
            let extra: Vec<Hit<'a>> = ac
                .find_iter(text)
                .filter(|m| !(word(m.end()) || m.start() > 0 && word(m.start() - 1)))
                .map(|m| Hit {
                    rule: DENY_RULE,
                    start: m.start(),
                    end: m.end(),
                    entity: &DENY_ENTITY,
                    score: 1.0,
                    secret: false,
                })
                .collect();
            if !extra.is_empty() {
                hits.extend(extra);
                hits.sort_by_key(|h| (h.start, std::cmp::Reverse(h.end)));
                let mut merged: Vec<Hit<'a>> = Vec::with_capacity(hits.len());
                for h in hits {
                    match merged.last_mut() {
                        Some(last) if h.start < last.end => {
                            if h.end > last.end {
                                last.end = h.end;
                            }
                        }
                        _ => merged.push(h),
                    }
                }
                hits = merged;
            }
        }
        hits
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
    recognizers::entity_names()
}

/// A built-in rule's test strings (for the table-driven rule test).
#[derive(Clone, Debug)]
pub struct RuleExamples {
    /// The entity the rule reports.
    pub entity: &'static str,
    /// Texts that must yield a finding of `entity`.
    pub true_positives: &'static [&'static str],
    /// Texts that must not yield a finding of `entity`.
    pub false_positives: &'static [&'static str],
    /// Whether the rule detects a secret (never restorable).
    pub secret: bool,
}

/// Test strings of every built-in rule, in priority order.
pub fn rule_examples() -> Vec<RuleExamples> {
    recognizers::all()
        .map(|r| RuleExamples {
            entity: r.entity,
            true_positives: r.tp,
            false_positives: r.fp,
            secret: r.secret,
        })
        .collect()
}
