//! The single-pass scanner.
//!
//! Every enabled rule (built-in and custom) is one pattern of a single multi-pattern regex
//! (`regex-automata`'s meta engine, leftmost-first, ASCII mode), so the text is read once by a lazy DFA
//! and the pattern id says which rule fired. A candidate then goes through its rule's validator and
//! context requirement. When the validator rejects it (or accepts it only weakly), the other rules that
//! can start with that byte (a first-byte table computed from each pattern's syntax tree) are tried
//! anchored at that position, and the search resumes one character later, so a failed candidate never hides a valid overlapping value.
//! Accepted candidates that overlap are resolved by score, then length, then rule priority.
//!
//! Running one regex per rule instead would read the text once per rule (measured at 3.5 MB/s for 15
//! patterns versus 195 MB/s for a combined form on this project's machines).

use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, meta};
use regex_syntax::hir::{Class, Hir, HirKind};

use super::context;
use super::rules::Rule;
use crate::Error;

/// A validated span of the original text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Span {
    /// Index of the rule in the scanner's rule list.
    pub rule: usize,
    pub start: usize,
    pub end: usize,
    pub score: f64,
}

/// Scores at or above this end a candidate's neighbourhood: the search resumes after it.
const STRONG: f64 = 0.9;

/// The compiled rules of one policy.
#[derive(Debug)]
pub(crate) struct Scanner {
    first: Option<meta::Regex>,
    /// One regex per rule, for anchored retries and value groups (anchored searches of one pattern stay
    /// on the DFA; per-pattern anchoring on the combined regex would fall back to the PikeVM).
    singles: Vec<meta::Regex>,
    /// For each byte, the rules whose pattern can start with it.
    starters: Vec<Vec<usize>>,
    pub(crate) rules: Vec<Rule>,
}

fn builder(kind: MatchKind) -> meta::Builder {
    let mut b = meta::Builder::new();
    b.syntax(syntax::Config::new().unicode(false).utf8(true)).configure(
        meta::Config::new().match_kind(kind).nfa_size_limit(Some(64 << 20)).hybrid_cache_capacity(32 << 20),
    );
    b
}

/// Compiles one pattern the way the scanner will (for policy validation of custom rules).
pub(crate) fn compile_one(pattern: &str, size_limit: usize) -> Result<(), String> {
    let mut b = meta::Builder::new();
    b.syntax(syntax::Config::new().unicode(false).utf8(true))
        .configure(meta::Config::new().nfa_size_limit(Some(size_limit)).dfa_size_limit(Some(size_limit)));
    b.build(pattern).map(|_| ()).map_err(|e| e.to_string())
}

impl Scanner {
    pub(crate) fn new(rules: Vec<Rule>) -> Result<Scanner, Error> {
        let mut starters = vec![Vec::new(); 256];
        if rules.is_empty() {
            return Ok(Scanner { first: None, singles: Vec::new(), starters, rules });
        }
        let patterns: Vec<&str> = rules.iter().map(|r| r.pattern.as_str()).collect();
        let first = builder(MatchKind::LeftmostFirst)
            .build_many(&patterns)
            .map_err(|e| Error::policy(format!("patterns: {e}")))?;
        for (i, p) in patterns.iter().enumerate() {
            let mut set = [false; 256];
            match regex_syntax::ParserBuilder::new().unicode(false).utf8(true).build().parse(p) {
                Ok(hir) if !first_bytes(&hir, &mut set) => {}
                _ => set = [true; 256],
            }
            for (b, on) in set.iter().enumerate() {
                if *on {
                    starters[b].push(i);
                }
            }
        }
        let singles = patterns
            .iter()
            .map(|p| {
                builder(MatchKind::LeftmostFirst).build(p).map_err(|e| Error::policy(format!("pattern: {e}")))
            })
            .collect::<Result<Vec<_>, Error>>()?;
        Ok(Scanner { first: Some(first), singles, starters, rules })
    }

    /// Validated, non-overlapping spans in text order.
    pub(crate) fn scan(&self, text: &str) -> Vec<Span> {
        let Some(first) = &self.first else { return Vec::new() };
        let mut found: Vec<Span> = Vec::new();
        let mut at = 0;
        while at < text.len() {
            let Some(m) = first.search(&Input::new(text).range(at..)) else { break };
            let (s, e, pid) = (m.start(), m.end(), m.pattern().as_usize());
            let mut accepted = self.accept(text, pid, s, e);
            if let Some(weak) = accepted.filter(|a| a.score < STRONG) {
                // A weak finding: let the other rules matching here compete (resolved below by score).
                found.push(weak);
                accepted = None;
            }
            if accepted.is_none() {
                let byte = usize::from(text.as_bytes()[s]);
                let others = self.starters.get(byte).map(Vec::as_slice).unwrap_or_default();
                for &other in others.iter().filter(|&&p| p != pid) {
                    let input = Input::new(text).range(s..).anchored(Anchored::Yes);
                    if let Some(m2) = self.singles.get(other).and_then(|r| r.search(&input)) {
                        accepted = self.accept(text, other, s, m2.end());
                        if accepted.is_some() {
                            break;
                        }
                    }
                }
            }
            at = match accepted {
                Some(span) if span.score >= STRONG => {
                    found.push(span);
                    span.end.max(next_char_boundary(text, s))
                }
                Some(span) => {
                    found.push(span);
                    next_char_boundary(text, s)
                }
                None => next_char_boundary(text, s),
            };
        }
        resolve(found, &self.rules)
    }

    /// Runs rule `pid`'s value extraction, validator and context check on the match `s..e`.
    fn accept(&self, text: &str, pid: usize, s: usize, e: usize) -> Option<Span> {
        let rule = self.rules.get(pid)?;
        let (vs, ve) = if rule.value_group {
            let single = self.singles.get(pid)?;
            let mut caps = single.create_captures();
            let input = Input::new(text).range(s..e).anchored(Anchored::Yes);
            single.search_captures(&input, &mut caps);
            let group = caps.get_group_by_name("v")?;
            (group.start, group.end)
        } else {
            (s, e)
        };
        let value = text.get(vs..ve)?;
        let range = rule.check.run(value)?;
        let (vs, ve) = (vs + range.start, vs + range.end);
        if rule.context_required && !context::near(text, s, e, &rule.context) {
            return None;
        }
        if !rule.veto.is_empty() && context::near(text, s, e, &rule.veto) {
            return None;
        }
        if rule.score < rule.threshold || !text.is_char_boundary(vs) || !text.is_char_boundary(ve) {
            return None;
        }
        Some(Span { rule: pid, start: vs, end: ve, score: rule.score })
    }
}

/// Overlapping spans: the higher score wins, then the longer span, then the earlier rule.
fn resolve(mut spans: Vec<Span>, rules: &[Rule]) -> Vec<Span> {
    spans.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        match out.last_mut() {
            Some(last) if span.start < last.end => {
                let key = |s: &Span| (s.score, s.end - s.start, std::cmp::Reverse(s.rule));
                if key(&span) > key(last) && rules.get(span.rule).is_some() {
                    *last = span;
                }
            }
            _ => out.push(span),
        }
    }
    out
}

fn next_char_boundary(text: &str, from: usize) -> usize {
    let mut i = from + 1;
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Marks in `set` the bytes a match of `hir` can start with; returns true if `hir` can match empty
/// (then the caller must also look at what follows).
fn first_bytes(hir: &Hir, set: &mut [bool; 256]) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(lit) => match lit.0.first() {
            Some(&b) => {
                set[usize::from(b)] = true;
                false
            }
            None => true,
        },
        HirKind::Class(Class::Bytes(c)) => {
            for r in c.ranges() {
                (r.start()..=r.end()).for_each(|b| set[usize::from(b)] = true);
            }
            false
        }
        HirKind::Class(Class::Unicode(c)) => {
            for r in c.ranges() {
                let (lo, hi) = (u32::from(r.start()), u32::from(r.end()));
                for b in lo.min(0x80)..hi.min(0x7F) + 1 {
                    set[b as usize] = true;
                }
                if hi >= 0x80 {
                    (0xC2..=0xF4).for_each(|b| set[b] = true);
                }
            }
            false
        }
        HirKind::Repetition(rep) => first_bytes(&rep.sub, set) || rep.min == 0,
        HirKind::Capture(c) => first_bytes(&c.sub, set),
        HirKind::Concat(items) => items.iter().all(|h| first_bytes(h, set)),
        HirKind::Alternation(items) => {
            // Every alternative must be visited (no short-circuit): each adds its own first bytes.
            let mut empty = false;
            for h in items {
                empty |= first_bytes(h, set);
            }
            empty
        }
    }
}
