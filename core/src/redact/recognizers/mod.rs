//! The built-in recognizers: pattern, validator, context words, and test strings for each rule.
//!
//! Patterns are ASCII (`(?-u)` globally): values such as e-mail addresses, card numbers and API keys are
//! ASCII, ASCII classes keep the combined search on the fast lazy DFA and keep Unicode tables out of the
//! wasm artifacts. The few places that accept non-ASCII letters (internationalized e-mail domains, names,
//! street names) use explicit code-point ranges, never Unicode `\b`.
//!
//! A pattern may mark the value with a group named `v` (`password=(?P<v>…)`): the rest of the match is
//! context that stays in the text. Every rule carries true-positive and false-positive strings; the
//! table-driven test in `core/tests/redact_rules.rs` fails the build when one regresses (gitleaks' rule).

mod address;
mod birth;
mod contact;
mod financial;
mod government;
mod network;
mod people;
mod records;
mod secrets;
mod secrets_table;
mod soft;

use super::validate::Check;

/// One rule: an entity type, a candidate pattern, a validator and its tests.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Recognizer {
    pub entity: &'static str,
    pub pattern: &'static str,
    /// Score of a candidate that passes `check` (and its context requirement).
    pub score: f64,
    pub check: Check,
    /// Whole words (lower case) that must occur near the value when `context_required`.
    pub context: &'static [&'static str],
    pub context_required: bool,
    /// Whole words that veto the candidate when near it (e.g. `version` before a dotted quad).
    pub veto: &'static [&'static str],
    /// Secrets are never restorable from a vault.
    pub secret: bool,
    pub tp: &'static [&'static str],
    pub fp: &'static [&'static str],
    /// Where matches start relative to trigger words, for patterns without a selective literal prefix
    /// (see `scan`): speed only, the pattern alone decides what matches.
    pub triggers: &'static [Trigger],
    /// A pattern that every *accepted* match also matches at its start (what the validator demands of a
    /// value's first bytes): the shape screen tries the rule only where it matches. Speed only, like
    /// `triggers`; a test holds it to the validator on random text.
    pub starts: Option<&'static str>,
}

/// Every match of a rule starts between `lo` and `hi` bytes (inclusive, relative to the trigger's start)
/// from an occurrence of one of `words`, compared ASCII-case-insensitively anywhere in the text. The
/// scanner then runs the rule's pattern only in those windows instead of over the whole text.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Trigger {
    pub words: Words,
    pub lo: isize,
    pub hi: isize,
    /// The occurrence must start a capitalised word (upper-case letter, no letter or digit before it).
    pub capital: bool,
    /// `(offset, bytes)`: every match also has one of `bytes` at `offset` from the trigger's start (a
    /// second separator, say), so an occurrence without one opens no window. For one-byte triggers that
    /// are common in any text (`-`, `.`), where most occurrences are not the rule's.
    pub confirm: Option<(isize, &'static [u8])>,
    /// `(skip, then)`: every match puts one of `then` right before the run of e-mail local-part bytes
    /// (`[A-Za-z0-9._%+-]`) that ends at the occurrence, once bytes of `skip` are passed over (the `<` of
    /// `Jane Doe <jane@…>`, the `,` of a CSV row). For `@` triggers of rules about what surrounds an
    /// address: a plain address in prose opens no window.
    pub behind: Option<(&'static [u8], &'static [u8])>,
    /// Every match starts at the last occurrence of this byte before the trigger (a chat speaker's name,
    /// between a newline and its colon, holds no newline): the window shrinks to that one position, found
    /// by one backward search instead of a trim over the whole window at every colon.
    pub last: Option<u8>,
}

/// Trigger words: a list, or the given-name lexicon of the name validator.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Words {
    List(&'static [&'static str]),
    GivenNames,
}

/// A trigger on given names (the occurrence must start a capitalised word).
pub(crate) const fn given_name(lo: isize, hi: isize) -> Trigger {
    Trigger { words: Words::GivenNames, lo, hi, capital: true, confirm: None, behind: None, last: None }
}

/// A trigger on plain words.
pub(crate) const fn at(words: &'static [&'static str], lo: isize, hi: isize) -> Trigger {
    Trigger { words: Words::List(words), lo, hi, capital: false, confirm: None, behind: None, last: None }
}

impl Trigger {
    /// This trigger, opening a window only where one of `bytes` is at `offset` from the occurrence.
    pub(crate) const fn confirmed(mut self, offset: isize, bytes: &'static [u8]) -> Trigger {
        self.confirm = Some((offset, bytes));
        self
    }

    /// This trigger, opening a window only where one of `then` precedes the local part before the
    /// occurrence (after any bytes of `skip`); see [`Trigger::behind`].
    pub(crate) const fn behind(mut self, skip: &'static [u8], then: &'static [u8]) -> Trigger {
        self.behind = Some((skip, then));
        self
    }

    /// This trigger, its window cut to the last `byte` before the occurrence; see [`Trigger::last`].
    pub(crate) const fn at_last(mut self, byte: u8) -> Trigger {
        self.last = Some(byte);
        self
    }
}

/// A PII rule with score 1.0 and no validator.
pub(crate) const fn pii(entity: &'static str, pattern: &'static str) -> Recognizer {
    Recognizer {
        entity,
        pattern,
        score: 1.0,
        check: Check::None,
        context: &[],
        context_required: false,
        veto: &[],
        secret: false,
        tp: &[],
        fp: &[],
        triggers: &[],
        starts: None,
    }
}

/// A secret rule (never restorable).
pub(crate) const fn secret(entity: &'static str, pattern: &'static str) -> Recognizer {
    let mut r = pii(entity, pattern);
    r.secret = true;
    r
}

impl Recognizer {
    pub(crate) const fn check(mut self, check: Check) -> Self {
        self.check = check;
        self
    }
    pub(crate) const fn whole(self, f: fn(&str) -> bool) -> Self {
        self.check(Check::Whole(f))
    }
    pub(crate) const fn trim(self, f: fn(&str) -> Option<std::ops::Range<usize>>) -> Self {
        self.check(Check::Trim(f))
    }
    pub(crate) const fn score(mut self, score: f64) -> Self {
        self.score = score;
        self
    }
    /// Requires one of `words` near the value.
    pub(crate) const fn needs(mut self, words: &'static [&'static str]) -> Self {
        self.context = words;
        self.context_required = true;
        self
    }
    /// Rejects the candidate when one of `words` is near it.
    pub(crate) const fn unless(mut self, words: &'static [&'static str]) -> Self {
        self.veto = words;
        self
    }
    /// Where the validator can accept a match at all; see [`Recognizer::starts`].
    pub(crate) const fn starting(mut self, pattern: &'static str) -> Self {
        self.starts = Some(pattern);
        self
    }
    pub(crate) const fn tp(mut self, tp: &'static [&'static str]) -> Self {
        self.tp = tp;
        self
    }
    pub(crate) const fn fp(mut self, fp: &'static [&'static str]) -> Self {
        self.fp = fp;
        self
    }
    /// Gates the pattern on trigger words (see [`Trigger`]).
    pub(crate) const fn gate(mut self, triggers: &'static [Trigger]) -> Self {
        self.triggers = triggers;
        self
    }
}

/// Every built-in recognizer, in priority order: when two match at the same position, the earlier one
/// is tried first (a rejected candidate still lets the others try, see `scan`). Specific shapes
/// (armoured keys, prefixed tokens) come first, soft entities and generic assignments last.
pub(crate) fn all() -> impl Iterator<Item = &'static Recognizer> {
    secrets::FIRST
        .iter()
        .chain(secrets_table::TOKENS)
        .chain(secrets::LATER)
        .chain(contact::FIRST)
        .chain(financial::ALL)
        .chain(government::ALL)
        .chain(contact::PHONES)
        .chain(network::ALL)
        .chain(government::CONTEXTUAL)
        .chain(soft::ALL)
        .chain(people::ALL)
        .chain(people::CHAT)
        .chain(records::ALL)
        .chain(address::ALL)
        .chain(birth::ALL)
        .chain(soft::BARE)
        .chain(secrets::GENERIC)
}

/// Entity names in priority order, each once.
pub(crate) fn entity_names() -> Vec<&'static str> {
    let mut names: Vec<&'static str> = Vec::new();
    for r in all() {
        if !names.contains(&r.entity) {
            names.push(r.entity);
        }
    }
    names
}
