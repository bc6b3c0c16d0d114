//! Gates: where each rule's matches can start, found without running the rule's regex over the text.
//!
//! Every rule gets exactly one gate when the policy is compiled, the cheapest that is sound for it:
//!
//! - **keyword** (one Aho–Corasick pass, ASCII case-insensitive, over every gate literal of the policy):
//!   - *prefix*: the pattern's literal prefixes (≥ 3 bytes, e.g. `ghp_`, `-----begin `, `bearer`); the
//!     match starts exactly at the hit (about 90 rules: provider tokens, connection strings, cued names);
//!   - *trigger*: words named in the recognizer table with a window of start offsets (`@` for e-mail,
//!     `pass`/`token`/… for generic credentials, given names for bare names);
//!   - *cue*: rules that require a context word run only in the window where that word can be seen.
//! - **shape**: rules that can only start with a digit, an upper-case letter or punctuation (cards,
//!   IBAN, phones, national IDs, IPs, addresses): positions with such a byte (after a word boundary when
//!   every such rule opens with `\b`) go through one anchored multi-pattern DFA that says which rules
//!   match there.
//! - **residual**: anything else (a custom pattern starting with `[a-z]*`) is searched the old way, with
//!   one multi-pattern regex over the text.
//!
//! Gates only ever over-approximate: the rule's own regex, validator and context check still decide.
//!
//! Cost structure (this pass was ~93 M of ~143 M instructions per MB of chat): the keyword automaton is
//! stepped by hand ([`super::keywords`]), not through the overlapping iterator, whose per-hit
//! bookkeeping cost as much as the transitions at one hit every ~12 bytes. The byte pass looks at eight
//! bytes per branch through one table ([`Gates::visits`]) that already applies each class's word-boundary
//! condition against the byte before, so only positions the visit would act on reach it (a digit inside
//! a number or a capital inside a word never does); the visit re-checks the same conditions, so the screen
//! is exact. Candidate lists are kept in order as they grow ([`super::order`]) rather than sorted.

use std::collections::HashMap;

use regex_automata::{Anchored, Input, MatchKind, PatternSet, meta};

use super::action::Action;
use super::given::GivenNames;
use super::keywords::Keywords;
use super::order::{Nearly, merge_dedup};
use super::screen::Screen;
use super::shape::Shape;
use super::{builder, context};
use crate::Error;
use crate::redact::recognizers::Words;
use crate::redact::rules::Rule;
use crate::redact::validate::soft;

/// Shortest literal prefix worth a keyword gate.
const MIN_PREFIX: usize = 3;

/// Per byte: bit 0 = a shape rule may start with it, bit 1 = only after a word boundary, bit 2 = a
/// given-name lookup starts at it (upper case, when the policy has given-name triggers). A byte with
/// no bit set (most of any text) costs the byte pass one table load.
const START: u8 = 1;
const AFTER_BOUNDARY: u8 = 2;
const NAME: u8 = 4;

/// The compiled gates of one policy.
#[derive(Debug)]
pub(crate) struct Gates {
    keywords: Option<Keywords>,
    actions: Vec<Vec<Action>>,
    shape: Option<meta::Regex>,
    /// The same patterns stepped inline by the byte pass, which drops positions where none can match.
    screen: Option<Screen>,
    shape_rules: Vec<usize>,
    bytes: [u8; 256],
    /// The byte pass's screen over [`Gates::bytes`] and the byte before: low nibble = the byte is visited
    /// after an alphanumeric byte (bit 0), after `_` (bit 1), after any other byte (bit 2); high nibble =
    /// which of those the byte itself is. `low(b) & high(prev)` is non-zero exactly where the byte pass
    /// has work at `b`.
    visits: [u8; 256],
    residual: Option<meta::Regex>,
    residual_rules: Vec<usize>,
    residual_starters: Vec<Vec<usize>>,
    /// Given-name triggers: checked at capitalised word starts by the byte pass (a hash lookup of the
    /// letter run), which is cheaper than ~330 more literals in the keyword automaton.
    given: Vec<Action>,
    /// The lexicon those triggers look words up in (`None`: the policy has no given-name trigger).
    given_names: Option<GivenNames>,
    /// Per rule and byte: 0 = no match starts with it, 1 = may start with it, 2 = only at a word boundary.
    starts: Vec<[u8; 256]>,
    /// Per rule: the bytes its matches can have second, when every match has two or more.
    seconds: Vec<Option<[bool; 256]>>,
    /// Longest match per rule (bounds window searches).
    pub(crate) max_len: Vec<Option<usize>>,
    /// Per rule: every match has at least one byte (so it starts where its first-byte table says).
    nonempty: Vec<bool>,
}

/// Candidate positions of one text, before any rule's regex ran.
#[derive(Debug, Default)]
pub(crate) struct Candidates {
    /// (position, rule): the rule may match starting exactly here. Sorted.
    pub fixed: Vec<(usize, usize)>,
    /// Positions where shape rules match, sorted, each with the range of `shape_rules` holding those
    /// rules, or `None` when the screen could not decide (ask [`Gates::shape_matches`]).
    pub shape: Vec<(usize, Option<(u32, u32)>)>,
    /// Rule indices of the shape positions' matches.
    pub shape_rules: Vec<u32>,
    /// (rule, first, last): the rule's matches may start anywhere in `first..=last`. Merged per rule; in
    /// order of `first`.
    pub windows: Vec<(usize, usize, usize)>,
}

/// [`Gates::visits`] bits: the byte before is alphanumeric, is `_`, is anything else (or the text start).
const AFTER_ALNUM: u8 = 1;
const AFTER_UNDERSCORE: u8 = 2;
const AFTER_OTHER: u8 = 4;

/// The byte pass's screen (see [`Gates::visits`]), from the byte classes: a shape start that needs a word
/// boundary is visited only after a non-word byte, a given-name start only after a non-alphanumeric one,
/// the same conditions the visit itself checks, so the screen drops no position the visit would keep.
fn visits(bytes: &[u8; 256]) -> [u8; 256] {
    let mut out = [0u8; 256];
    for (b, slot) in out.iter_mut().enumerate() {
        let class = bytes[b];
        let mut low = 0;
        if class & START != 0 {
            low |= AFTER_OTHER;
            if class & AFTER_BOUNDARY == 0 {
                low |= AFTER_ALNUM | AFTER_UNDERSCORE;
            }
        }
        if class & NAME != 0 {
            low |= AFTER_OTHER | AFTER_UNDERSCORE;
        }
        let byte = b as u8;
        let high = if byte.is_ascii_alphanumeric() {
            AFTER_ALNUM
        } else if byte == b'_' {
            AFTER_UNDERSCORE
        } else {
            AFTER_OTHER
        };
        *slot = low | high << 4;
    }
    out
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

impl Gates {
    pub(crate) fn new(rules: &[Rule]) -> Result<Gates, Error> {
        let mut literals: Vec<Vec<u8>> = Vec::new();
        let mut index: HashMap<Vec<u8>, usize> = HashMap::new();
        let mut actions: Vec<Vec<Action>> = Vec::new();
        let mut add = |word: &[u8], action: Action| {
            let id = *index.entry(word.to_ascii_lowercase()).or_insert_with(|| {
                literals.push(word.to_ascii_lowercase());
                actions.push(Vec::new());
                literals.len() - 1
            });
            actions[id].push(action);
        };
        let (mut shape_patterns, mut shape_rules) = (Vec::new(), Vec::new());
        let (mut residual_patterns, mut residual_rules) = (Vec::new(), Vec::new());
        let mut residual_starters = vec![Vec::new(); 256];
        let mut bytes = [0u8; 256];
        let mut shape_free = [false; 256];
        let mut given = Vec::new();
        let mut max_len = Vec::with_capacity(rules.len());
        let mut nonempty = Vec::with_capacity(rules.len());
        let mut starts = Vec::with_capacity(rules.len());
        let mut seconds = Vec::with_capacity(rules.len());
        for (i, rule) in rules.iter().enumerate() {
            if super::shape::parse(&rule.pattern).is_none() {
                return Err(Error::policy(format!("pattern of {}: does not parse", rule.entity)));
            }
            let shape = Shape::of(&rule.pattern);
            max_len.push(shape.max_len);
            nonempty.push(shape.min_len.is_some_and(|m| m > 0));
            let mut start = [0u8; 256];
            for (b, slot) in start.iter_mut().enumerate() {
                *slot = match (shape.first[b], shape.free[b]) {
                    (false, _) => 0,
                    (true, true) => 1,
                    (true, false) => 2,
                };
            }
            starts.push(start);
            seconds.push(shape.second);
            let cues: Vec<&String> = rule.context.iter().filter(|w| !w.is_empty()).collect();
            if rule.score < rule.threshold || (rule.context_required && cues.is_empty()) {
                continue; // never accepted
            }
            if !rule.triggers.is_empty() {
                for t in rule.triggers {
                    let action = Action::of(i, t);
                    match t.words {
                        Words::List(words) => words.iter().for_each(|w| add(w.as_bytes(), action)),
                        Words::GivenNames => given.push(action),
                    }
                }
            } else if shape.min_prefix_len() >= MIN_PREFIX {
                let action = Action::plain(i, 0, 0, false);
                shape.prefixes.iter().flatten().for_each(|p| add(p, action));
            } else if rule.context_required {
                // near() looks at [start - BEFORE, end): a cue at c is seen by matches starting in
                // [c + len - max_len, c + BEFORE].
                for cue in cues {
                    let lo = match shape.max_len {
                        Some(m) => cue.len() as isize - m as isize,
                        None => isize::MIN / 4,
                    };
                    let hi = context::BEFORE as isize;
                    add(cue.as_bytes(), Action::plain(i, lo, hi, true));
                }
            } else if !shape.first[usize::from(b'a')..=usize::from(b'z')].iter().any(|&on| on) {
                // The screen looks for where an accepted match can start, when the rule says.
                let (pattern, shape) = match rule.starts {
                    Some(starts) => (starts, Shape::of(starts)),
                    None => (rule.pattern.as_str(), shape),
                };
                shape_patterns.push(pattern);
                shape_rules.push(i);
                for (b, &on) in shape.first.iter().enumerate() {
                    if on {
                        bytes[b] |= START;
                        shape_free[b] |= shape.free[b];
                    }
                }
            } else {
                residual_patterns.push(rule.pattern.as_str());
                residual_rules.push(i);
                for (b, &on) in shape.first.iter().enumerate() {
                    if on {
                        residual_starters[b].push(i);
                    }
                }
            }
        }
        for (b, slot) in bytes.iter_mut().enumerate() {
            if *slot & START != 0 && !shape_free[b] && is_word(b as u8) {
                *slot |= AFTER_BOUNDARY;
            }
            // Upper-case ASCII, and the UTF-8 lead bytes of Latin-1 and Latin Extended-A (`Élodie`,
            // `Łukasz`, `Íñigo`): the given-name lookup folds diacritics as the lexicon does.
            if !given.is_empty() && ((b as u8).is_ascii_uppercase() || (0xC3..=0xC5).contains(&b)) {
                *slot |= NAME;
            }
        }
        let visits = visits(&bytes);
        let keywords = if literals.is_empty() {
            None
        } else {
            Some(Keywords::new(&literals).map_err(|e| Error::policy(format!("keywords: {e}")))?)
        };
        let many = |patterns: &[&str], kind| -> Result<Option<meta::Regex>, Error> {
            if patterns.is_empty() {
                return Ok(None);
            }
            builder(kind).build_many(patterns).map(Some).map_err(|e| Error::policy(format!("patterns: {e}")))
        };
        Ok(Gates {
            keywords,
            actions,
            shape: many(&shape_patterns, MatchKind::All)?,
            screen: Screen::new(&shape_patterns, &bytes.map(|c| c & START != 0)),
            shape_rules,
            bytes,
            visits,
            residual: many(&residual_patterns, MatchKind::LeftmostFirst)?,
            residual_rules,
            residual_starters,
            given_names: (!given.is_empty()).then(GivenNames::new),
            given,
            starts,
            seconds,
            max_len,
            nonempty,
        })
    }

    /// A set sized for [`Gates::shape_matches`].
    pub(crate) fn shape_set(&self) -> PatternSet {
        PatternSet::new(self.shape_rules.len())
    }

    /// Adds to `out` the shape rules that match anchored at `pos`.
    pub(crate) fn shape_matches(
        &self,
        text: &str,
        pos: usize,
        set: &mut PatternSet,
        out: &mut Vec<(usize, Option<usize>)>,
    ) {
        let Some(re) = &self.shape else { return };
        set.clear();
        re.which_overlapping_matches(&Input::new(text).range(pos..).anchored(Anchored::Yes), set);
        out.extend(set.iter().filter_map(|p| self.shape_rules.get(p.as_usize())).map(|&r| (r, None)));
    }

    /// True if a match of `rule` can start at `pos` (its first byte, the word boundary it needs, and its
    /// second byte), given the rule's table of first bytes (see [`Gates::starts`]).
    #[inline(always)]
    fn startable(&self, start: &[u8; 256], bytes: &[u8], rule: usize, pos: usize) -> bool {
        let Some(&b) = bytes.get(pos) else { return false };
        let first = match start[usize::from(b)] {
            0 => false,
            1 => true,
            _ => (pos > 0 && is_word(bytes[pos - 1])) != is_word(b),
        };
        first
            && match self.seconds.get(rule).and_then(Option::as_ref) {
                Some(second) => bytes.get(pos + 1).is_some_and(|&n| second[usize::from(n)]),
                None => true,
            }
    }

    /// The positions in `first..=last` where a match of `rule` can start, when there are at most `N`
    /// (`None`: more, or the rule can match the empty string, which starts anywhere).
    pub(crate) fn few_starts<const N: usize>(
        &self,
        bytes: &[u8],
        rule: usize,
        first: usize,
        last: usize,
    ) -> Option<([usize; N], usize)> {
        let start = self.starts.get(rule).filter(|_| self.nonempty.get(rule) == Some(&true))?;
        let (mut found, mut n) = ([0; N], 0);
        let mut at = first;
        while let Some(k) =
            bytes.get(at..=last).and_then(|w| w.iter().position(|&b| start[usize::from(b)] != 0))
        {
            at += k;
            if self.startable(start, bytes, rule, at) {
                *found.get_mut(n)? = at;
                n += 1;
            }
            at += 1;
        }
        Some((found, n))
    }

    /// Records that `rule` may start in `first..=last` (clamped to the text and trimmed to positions
    /// where it can start): one position becomes a fixed candidate, more a window. The trimming skips
    /// bytes no match starts with in a tight loop (an `@` opens windows of up to 230 bytes for five rules).
    #[inline(always)]
    fn window(
        &self,
        bytes: &[u8],
        rule: usize,
        first: isize,
        last: isize,
        fixed: &mut Nearly<(usize, usize)>,
        windows: &mut Nearly<(usize, usize, usize)>,
    ) {
        let last = last.min(bytes.len() as isize - 1);
        if last < 0 || first > last {
            return;
        }
        let (mut first, mut last) = (first.max(0) as usize, last as usize);
        let Some(start) = self.starts.get(rule) else { return };
        if first == last {
            // One position (most triggers: `.`, `-`, `\n`): no trimming loop.
            if self.startable(start, bytes, rule, first) {
                fixed.push((first, rule));
            }
            return;
        }
        let opens = |b: &u8| start[usize::from(*b)] != 0;
        loop {
            let Some(k) = bytes.get(first..=last).and_then(|w| w.iter().position(opens)) else { return };
            first += k;
            if self.startable(start, bytes, rule, first) {
                break;
            }
            first += 1;
            if first > last {
                return;
            }
        }
        while last > first {
            let Some(k) = bytes.get(first + 1..=last).and_then(|w| w.iter().rposition(opens)) else {
                last = first;
                break;
            };
            last = first + 1 + k;
            if self.startable(start, bytes, rule, last) {
                break;
            }
            last -= 1;
        }
        if first == last {
            fixed.push((first, rule));
        } else {
            windows.push((first, last, rule));
        }
    }

    /// A word with Latin letters beyond ASCII (`Vinícius`, `Élodie`), folded like the lexicon. Other
    /// scripts end the word, so CJK after a capital costs no allocation.
    #[cold]
    fn given_folded(&self, text: &str, i: usize) -> bool {
        let Some(rest) = text.get(i..) else { return false };
        let end = rest
            .char_indices()
            .find(|&(_, c)| {
                !(c.is_ascii_alphabetic() || (('\u{C0}'..'\u{250}').contains(&c) && c.is_alphabetic()))
            })
            .map_or(rest.len(), |(e, _)| e);
        let word = &rest[..end];
        word.chars().next().is_some_and(char::is_uppercase)
            && self
                .given_names
                .as_ref()
                .is_some_and(|names| names.contains_folded(&soft::fold(word).into_bytes()))
    }

    /// Every candidate position of `text`.
    pub(crate) fn candidates(&self, text: &str) -> Candidates {
        // Sized from chat (a shape position every ~65 bytes, a keyed candidate every ~50): growing these
        // lists from empty was a third of a 4 KB call's ~45 scanner allocations.
        let mut c = Candidates {
            shape: Vec::with_capacity(text.len() / 32),
            shape_rules: Vec::with_capacity(text.len() / 32),
            ..Candidates::default()
        };
        let bytes = text.as_bytes();
        // Per stream and per rule, each kept in order as it grows (see `order`).
        let (mut keyed, mut named) = (Nearly::with_capacity(bytes.len() / 32), Nearly::with_capacity(0));
        // (first, last, rule) in one list, which grows in text order like the others: a list per rule
        // meant setting up and walking ~150 of them on every call for the few dozen windows a 4 KB
        // prompt opens.
        let mut windows = Nearly::with_capacity(0);
        if let Some(keywords) = &self.keywords {
            keywords.each(bytes, |t, pattern| {
                for a in self.actions.get(pattern).map(Vec::as_slice).unwrap_or_default() {
                    let Some((lo, hi)) = a.window(bytes, t) else { continue };
                    self.window(bytes, a.rule, t as isize + lo, t as isize + hi, &mut keyed, &mut windows);
                }
            });
        }
        let (shapes, names) = (self.shape.is_some(), !self.given.is_empty());
        let given_names = self.given_names.as_ref();
        if shapes || names {
            let mut guard = self.screen.as_ref().map(|s| (s, s.caches()));
            let mut visit = |i: usize, class: u8| {
                let prev = if i > 0 { bytes[i - 1] } else { 0 };
                if shapes && class & START != 0 && (class & AFTER_BOUNDARY == 0 || !is_word(prev)) {
                    match guard.as_mut() {
                        Some((s, _)) if !s.may_start(bytes, i) => {}
                        Some((s, cache)) => {
                            let first = c.shape_rules.len();
                            if s.matches(cache, bytes, i, &mut c.shape_rules) {
                                for p in &mut c.shape_rules[first..] {
                                    *p = self.shape_rules.get(*p as usize).map_or(u32::MAX, |&r| r as u32);
                                }
                                if c.shape_rules.len() > first {
                                    c.shape.push((i, Some((first as u32, c.shape_rules.len() as u32))));
                                }
                            } else {
                                c.shape_rules.truncate(first);
                                c.shape.push((i, None));
                            }
                        }
                        None => c.shape.push((i, None)),
                    }
                }
                if names && class & NAME != 0 && !prev.is_ascii_alphanumeric() {
                    let run = bytes[i..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
                    let known = if bytes.get(i + run).is_some_and(|&b| b >= 0x80) {
                        self.given_folded(text, i)
                    } else {
                        given_names.is_some_and(|names| names.contains_ascii(&bytes[i..i + run]))
                    };
                    if known {
                        for a in &self.given {
                            let (lo, hi) = (i as isize + a.lo, i as isize + a.hi);
                            self.window(bytes, a.rule, lo, hi, &mut named, &mut windows);
                        }
                    }
                }
            };
            // Most bytes of any text need no visit (no class, or a class whose boundary the byte before
            // rules out): eight at a time, one branch on the union of their `visits` screens.
            let (chunks, tail) = bytes.as_chunks::<8>();
            let mut after = AFTER_OTHER;
            for (k, chunk) in chunks.iter().enumerate() {
                let mut any = 0u8;
                let mut p = after;
                for &b in chunk {
                    let v = self.visits[usize::from(b)];
                    any |= v & p;
                    p = v >> 4;
                }
                if any & 0x0f != 0 {
                    p = after;
                    for (j, &b) in chunk.iter().enumerate() {
                        let v = self.visits[usize::from(b)];
                        if v & p & 0x0f != 0 {
                            visit(k * 8 + j, self.bytes[usize::from(b)]);
                        }
                        p = v >> 4;
                    }
                }
                after = p;
            }
            let base = bytes.len() - tail.len();
            for (j, &b) in tail.iter().enumerate() {
                let v = self.visits[usize::from(b)];
                if v & after & 0x0f != 0 {
                    visit(base + j, self.bytes[usize::from(b)]);
                }
                after = v >> 4;
            }
        }
        // Overlapping or touching windows of one rule merge: each rule's latest window is extended
        // while the next one (in order of `first`) starts at most one byte past its end.
        let windows = windows.into_sorted();
        let mut latest = vec![usize::MAX; if windows.is_empty() { 0 } else { self.starts.len() }];
        for (first, last, rule) in windows {
            let Some(slot) = latest.get_mut(rule) else { continue };
            match c.windows.get_mut(*slot) {
                Some(w) if first <= w.2 + 1 => w.2 = w.2.max(last),
                _ => {
                    *slot = c.windows.len();
                    c.windows.push((rule, first, last));
                }
            }
        }
        let mut residual = Nearly::with_capacity(0);
        if let Some(re) = &self.residual {
            let mut from = 0;
            while from <= text.len() {
                let Some(m) = re.search(&Input::new(text).range(from..)) else { break };
                let s = m.start();
                if let Some(&r) = self.residual_rules.get(m.pattern().as_usize()) {
                    residual.push((s, r));
                }
                let starters = bytes.get(s).and_then(|&b| self.residual_starters.get(usize::from(b)));
                starters.into_iter().flatten().for_each(|&r| residual.push((s, r)));
                from = super::next_char_boundary(text, s);
            }
        }
        let (keyed, named, residual) = (keyed.into_sorted(), named.into_sorted(), residual.into_sorted());
        if residual.is_empty() {
            merge_dedup(&keyed, &named, &mut c.fixed);
        } else {
            let mut both = Vec::new();
            merge_dedup(&keyed, &named, &mut both);
            merge_dedup(&both, &residual, &mut c.fixed);
        }
        c
    }
}

#[cfg(test)]
mod tests;
