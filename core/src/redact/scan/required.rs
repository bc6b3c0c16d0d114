//! Required bytes: a set of at most three bytes of which every match of a rule contains one within
//! its first `reach` bytes, so a window search can be skipped, after one `memchr` pass over the
//! window's starts plus that reach, where none of them occurs.
//!
//! Rules gated by a nearby word (the `@` of an e-mail address, `token` for assignments) are searched
//! in a window of ~100–600 bytes around it, and in chat nearly all of those searches find nothing:
//! a `meta::Regex::search` over such a window costs ~1,200 instructions (its lazy DFA reads every
//! byte), while most of these rules need a rarer byte than the one that opened the window, and need
//! it close to the match start (the `<`, `(` or `[mailto:` after a display name, the `=` or `:` a
//! few bytes after `token`). The set is read off the pattern's syntax tree: a literal needs one of
//! its bytes, a small class one of its members, a concatenation any one of its parts' sets (reach:
//! the longest the parts before it can be, plus the part's own reach), an alternation the union of
//! its branches' sets (the largest reach), a repetition its body's set if it repeats at least once.
//! Bytes that are everywhere in text (letters, digits, white space) or that open the rule's windows
//! (its trigger words) are avoided: they would reject nothing. The check only skips searches whose
//! window holds no match start, so results cannot change (tested against the meta regex below).

use std::sync::OnceLock;

use regex_automata::MatchKind;
use regex_automata::util::prefilter::Prefilter;
use regex_syntax::hir::{Class, Hir, HirKind};

use crate::redact::recognizers::Words;
use crate::redact::rules::Rule;

/// Candidate byte sets kept per syntax node (cheapest first).
const KEEP: usize = 16;
/// Most bytes in a set (`memchr3`).
const MOST: usize = 3;
/// Costlier sets are not worth a pass: they contain a byte that is everywhere in text.
const WORTH: u32 = 30;

/// A rule's required bytes and how far into a match the first of them lies at most.
struct Needles {
    prefilter: Prefilter,
    /// Every match starting at `s` has a required byte in `s..s + reach`.
    reach: usize,
}

/// A candidate set: its bytes (sorted) and its reach.
type Set = (Vec<u8>, usize);

/// One lazily built required-byte check per rule (`None`: the rule has no useful set).
pub(crate) struct Required {
    sets: Vec<OnceLock<Option<Needles>>>,
}

impl std::fmt::Debug for Required {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Required").finish_non_exhaustive()
    }
}

impl Required {
    pub(crate) fn new(rules: usize) -> Required {
        Required { sets: (0..rules).map(|_| OnceLock::new()).collect() }
    }

    /// False when no match of `rule` starting in `from..=last` can lie inside `bytes[from..end]`.
    pub(crate) fn may_match(
        &self,
        rule: &Rule,
        index: usize,
        bytes: &[u8],
        (from, last, end): (usize, usize, usize),
    ) -> bool {
        let Some(cell) = self.sets.get(index) else { return true };
        let Some(needles) = cell.get_or_init(|| needles(rule)) else { return true };
        let stop = last.saturating_add(needles.reach).min(end);
        let Some(hay) = bytes.get(..stop) else { return true };
        if from > stop {
            return true;
        }
        needles.prefilter.find(hay, regex_automata::Span { start: from, end: stop }).is_some()
    }
}

fn needles(rule: &Rule) -> Option<Needles> {
    let hir =
        regex_syntax::ParserBuilder::new().unicode(false).utf8(true).build().parse(&rule.pattern).ok()?;
    let mut trigger = [false; 256];
    for t in rule.triggers {
        if let Words::List(words) = t.words {
            for b in words.iter().flat_map(|w| w.bytes()) {
                trigger[usize::from(b.to_ascii_lowercase())] = true;
                trigger[usize::from(b.to_ascii_uppercase())] = true;
            }
        }
    }
    let weight = |b: u8| -> u32 {
        if trigger[usize::from(b)] || b.is_ascii_alphanumeric() || b.is_ascii_whitespace() {
            100
        } else if matches!(b, b'.' | b',' | b'-' | b'\'' | b'"') {
            10
        } else if b.is_ascii() {
            2
        } else {
            5
        }
    };
    let (best, reach) = sets(&hir, &weight).into_iter().next()?;
    if cost(&best, &weight) >= WORTH {
        return None;
    }
    let needles: Vec<[u8; 1]> = best.iter().map(|&b| [b]).collect();
    Some(Needles { prefilter: Prefilter::new(MatchKind::LeftmostFirst, &needles)?, reach })
}

fn cost(set: &[u8], weight: &impl Fn(u8) -> u32) -> u32 {
    set.iter().map(|&b| weight(b)).sum()
}

/// Byte sets (sorted, at most [`MOST`] bytes) each of which every match of `hir` meets within its
/// first `reach` bytes, cheapest first; empty when none is known.
fn sets(hir: &Hir, weight: &impl Fn(u8) -> u32) -> Vec<Set> {
    let out: Vec<Set> = match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Vec::new(),
        HirKind::Literal(lit) => lit.0.iter().enumerate().map(|(i, &b)| (vec![b], i + 1)).collect(),
        HirKind::Class(class) => class_bytes(class).into_iter().map(|s| (s, 1)).collect(),
        // The first repetition starts the match of the whole.
        HirKind::Repetition(rep) if rep.min >= 1 => sets(&rep.sub, weight),
        HirKind::Repetition(_) => Vec::new(),
        HirKind::Capture(cap) => sets(&cap.sub, weight),
        HirKind::Concat(parts) => {
            let mut out = Vec::new();
            // How far the part starts into the match at most (unbounded after an unbounded part).
            let mut offset = 0usize;
            for part in parts {
                out.extend(sets(part, weight).into_iter().map(|(s, r)| (s, offset.saturating_add(r))));
                offset = part.properties().maximum_len().map_or(usize::MAX, |m| offset.saturating_add(m));
            }
            out
        }
        HirKind::Alternation(branches) => {
            let mut acc: Vec<Set> = vec![(Vec::new(), 0)];
            for branch in branches {
                let options = sets(branch, weight);
                let mut next = Vec::new();
                for (a, ra) in &acc {
                    for (o, ro) in &options {
                        let mut u: Vec<u8> = a.iter().chain(o).copied().collect();
                        u.sort_unstable();
                        u.dedup();
                        if u.len() <= MOST {
                            next.push((u, (*ra).max(*ro)));
                        }
                    }
                }
                acc = prune(next, weight);
                if acc.is_empty() {
                    break;
                }
            }
            acc
        }
    };
    prune(out, weight)
}

/// The cheapest [`KEEP`] sets, the nearer first among equals.
fn prune(mut v: Vec<Set>, weight: &impl Fn(u8) -> u32) -> Vec<Set> {
    v.sort_by(|a, b| (cost(&a.0, weight), a.1, &a.0).cmp(&(cost(&b.0, weight), b.1, &b.0)));
    v.dedup();
    v.truncate(KEEP);
    v
}

/// The bytes of a class with at most [`MOST`] members, as one set.
fn class_bytes(class: &Class) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    match class {
        Class::Bytes(c) => {
            for r in c.ranges() {
                for b in r.start()..=r.end() {
                    out.push(b);
                    if out.len() > MOST {
                        return None;
                    }
                }
            }
        }
        Class::Unicode(c) => {
            for r in c.ranges() {
                for ch in r.start()..=r.end() {
                    let b = u8::try_from(u32::from(ch)).ok().filter(u8::is_ascii)?;
                    out.push(b);
                    if out.len() > MOST {
                        return None;
                    }
                }
            }
        }
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set_of(pattern: &str) -> Option<Set> {
        let hir = regex_syntax::ParserBuilder::new().unicode(false).utf8(true).build().parse(pattern).ok()?;
        let w = |b: u8| if b.is_ascii_alphanumeric() || b.is_ascii_whitespace() { 100 } else { 2 };
        sets(&hir, &w).into_iter().next().filter(|s| cost(&s.0, &w) < WORTH)
    }

    #[test]
    fn reads_required_bytes() {
        assert_eq!(set_of(r"[a-z]+ (?:<|\(|\[mailto:)[a-z]{1,64}@"), Some((b"@".to_vec(), usize::MAX)));
        assert_eq!(set_of(r"[a-z]{1,9} (?:<|\(|\[mailto:)[a-z]{1,64}"), Some((b"(<[".to_vec(), 11)));
        assert_eq!(set_of(r"\s{0,3}(?:=>|:=|:|=)x"), Some((b":=".to_vec(), 4)));
        assert_eq!(set_of(r"[a-z]+(?:-x)?"), None);
        assert_eq!(set_of(r"x|;"), None);
    }

    /// Wherever the check says no, no built-in rule's regex finds a match starting in the window.
    #[test]
    fn never_hides_a_match() {
        let rules = crate::redact::rules::build(&crate::redact::Policy::default()).unwrap();
        let required = Required::new(rules.len());
        let texts = [
            "From: Jane Doe <jane.doe@example.org>, Priya Shah (priya@example.com) [mailto:a@b.io]",
            "| Dorota Mazur | SRE | 723 886 366 | dorotamazur@interia.pl |\n09954312422, declan@outlook.com",
            "api_key = \"Q2x9ZmLp4TqW8rVb\" token: abcdefgh12345678 password=>hunter2hunter2",
            "HR · julia.szymanski@fabrikam.example · 588 251 968 and https://u:p4ss@host.example",
            "Authorization: Bearer 9fJ2kLmQ8rT5vWx1Zc7bN3pS6dG0hY4a ?access_token=Q2x9ZmLp4TqW8rVb&x=1",
            "plain chat with no punctuation at all just words and jane at example dot org",
        ];
        let mut checked = 0;
        for (i, rule) in rules.iter().enumerate() {
            let meta = super::super::builder(MatchKind::LeftmostFirst).build(&rule.pattern).unwrap();
            for t in texts {
                for from in (0..t.len()).filter(|&f| t.is_char_boundary(f)) {
                    for end in (from..=t.len()).step_by(7).filter(|&e| t.is_char_boundary(e)) {
                        let last = (from + 5).min(end);
                        if !required.may_match(rule, i, t.as_bytes(), (from, last, end)) {
                            checked += 1;
                            let input = regex_automata::Input::new(t).range(from..end);
                            assert_eq!(
                                meta.search(&input).filter(|m| m.start() <= last),
                                None,
                                "{} in {from}..{end} of {t:?}",
                                rule.pattern
                            );
                        }
                    }
                }
            }
        }
        assert!(checked > 1000, "only {checked} windows rejected");
    }
}
