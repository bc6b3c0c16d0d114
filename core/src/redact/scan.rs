//! The scanner: candidate positions from cheap gates, then each rule's regex only where it can match.
//!
//! A first version ran all ~150 rules as one multi-pattern lazy DFA over the text (18 MB/s: the union
//! automaton of so many patterns thrashes its cache). Now the text is read by two cheap passes (see
//! [`gate`]): one Aho–Corasick pass over every keyword (token prefixes, trigger words, cue words) and one
//! byte-class pass for digit- and capital-shaped rules. Each rule's own regex (compiled on first use)
//! then runs anchored at, or in a small window around, those positions only.
//!
//! Positions are visited in text order. At each, the rules that match there are tried in priority
//! order: weak findings (score < 0.9) are kept and the next rule is tried; the first strong finding ends
//! the position and the scan resumes after it. A rejected candidate therefore never hides a valid
//! overlapping value, and gating cannot change a result: a rule is only skipped where its regex cannot
//! match or its validator cannot accept. Overlaps are resolved by score, then length, then priority.

mod action;
mod anchored;
mod gate;
mod given;
mod keywords;
mod order;
mod required;
mod screen;
mod shape;

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::OnceLock;

use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, meta};

use super::context;
use super::rules::Rule;
use super::validate;
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
    gates: gate::Gates,
    /// Anchored ends by an inline walk of each rule's lazy DFA (the meta regex only when it cannot decide).
    anchors: anchored::Anchors,
    /// Per rule, bytes one of which every match contains (skips window searches that cannot match).
    required: required::Required,
    /// One regex per rule, compiled on first use (most rules never see a candidate in a given
    /// deployment, and compiling all of them up front dominated policy compile time).
    singles: Vec<OnceLock<Option<meta::Regex>>>,
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

/// Windows with at most this many possible match starts are searched by an anchored walk at each (see
/// [`Scanner::walk_window`]); others by the rule's regex.
const FEW_STARTS: usize = 16;

/// A rule's next match start inside a window: (start, end, rule, last start of the window).
type Pending = Reverse<(usize, usize, usize, usize)>;

impl Scanner {
    pub(crate) fn new(rules: Vec<Rule>) -> Result<Scanner, Error> {
        let gates = gate::Gates::new(&rules)?;
        let singles = rules.iter().map(|_| OnceLock::new()).collect();
        let anchors = anchored::Anchors::new(rules.len());
        let required = required::Required::new(rules.len());
        Ok(Scanner { gates, anchors, required, singles, rules })
    }

    fn single(&self, rule: usize) -> Option<&meta::Regex> {
        let pattern = &self.rules.get(rule)?.pattern;
        self.singles.get(rule)?.get_or_init(|| builder(MatchKind::LeftmostFirst).build(pattern).ok()).as_ref()
    }

    /// End of rule `rule`'s match anchored at `pos`.
    fn anchored_end(
        &self,
        caches: &mut anchored::Caches,
        text: &str,
        rule: usize,
        pos: usize,
    ) -> Option<usize> {
        let pattern = &self.rules.get(rule)?.pattern;
        if let Ok(end) = self.anchors.end(caches, rule, pattern, text.as_bytes(), pos) {
            return end;
        }
        let input = Input::new(text).range(pos..).anchored(Anchored::Yes);
        self.single(rule)?.search(&input).map(|m| m.end())
    }

    /// The leftmost match of `rule` starting in `from..=last`, as (start, end).
    fn next_in_window(
        &self,
        caches: &mut anchored::Caches,
        text: &str,
        rule: usize,
        from: usize,
        last: usize,
    ) -> Option<(usize, usize)> {
        let end = self.window_end(rule, last, text.len());
        if from > last || from > end {
            return None;
        }
        if !self.required.may_match(self.rules.get(rule)?, rule, text.as_bytes(), (from, last, end)) {
            return None;
        }
        if let Some(found) = self.walk_window(caches, text, rule, from, last) {
            return found;
        }
        let m = self.single(rule)?.search(&Input::new(text).range(from..end))?;
        (m.start() <= last).then(|| (m.start(), m.end()))
    }

    /// Where a match of `rule` starting at or before `last` ends at the latest, in a text of `len` bytes.
    fn window_end(&self, rule: usize, last: usize, len: usize) -> usize {
        match self.gates.max_len.get(rule).copied().flatten() {
            Some(max) => last.saturating_add(max).min(len),
            None => len,
        }
    }

    /// The same answer as the regex search of [`Scanner::next_in_window`], found by anchored walks at the
    /// window's possible starts in order, when it has at most [`FEW_STARTS`] (`None`: more). A
    /// leftmost-first search returns the anchored match at the first position that has one, so both
    /// agree; but the search reads on to the window's end plus the rule's longest match (a name rule's
    /// window of 160 starts read ~1.3 KB), where these walks stop a few bytes after each start.
    fn walk_window(
        &self,
        caches: &mut anchored::Caches,
        text: &str,
        rule: usize,
        from: usize,
        last: usize,
    ) -> Option<Option<(usize, usize)>> {
        let (starts, n) = self.gates.few_starts::<FEW_STARTS>(text.as_bytes(), rule, from, last)?;
        let found =
            starts.get(..n)?.iter().find_map(|&s| Some((s, self.anchored_end(caches, text, rule, s)?)));
        Some(found)
    }

    /// Validated spans, non-overlapping, in text order.
    pub(crate) fn scan(&self, text: &str) -> Vec<Span> {
        let cands = self.gates.candidates(text);
        let mut caches = self.anchors.caches();
        let mut pending: BinaryHeap<Pending> = BinaryHeap::with_capacity(cands.windows.len());
        for &(rule, first, last) in &cands.windows {
            if let Some((s, e)) = self.next_in_window(&mut caches, text, rule, first, last) {
                pending.push(Reverse((s, e, rule, last)));
            }
        }
        let mut set = self.gates.shape_set();
        let (mut fixed, mut shaped) = (cands.fixed.iter().peekable(), cands.shape.iter().peekable());
        let mut group: Vec<(usize, Option<usize>)> = Vec::with_capacity(16);
        let mut reopen: Vec<(usize, usize)> = Vec::with_capacity(4);
        let mut found: Vec<Span> = Vec::with_capacity(text.len() / 128);
        let mut at = 0;
        loop {
            // The next candidate position of the three streams (`usize::MAX`: all are empty).
            let pos = fixed.peek().map_or(usize::MAX, |c| c.0);
            let pos = pos.min(shaped.peek().map_or(usize::MAX, |s| s.0));
            let pos = pos.min(pending.peek().map_or(usize::MAX, |p| p.0.0));
            if pos == usize::MAX {
                break;
            }
            group.clear();
            reopen.clear();
            while let Some(&&(_, rule)) = fixed.peek().filter(|c| c.0 == pos) {
                group.push((rule, None));
                fixed.next();
            }
            let mut shape_here = None;
            while let Some(&(_, rules)) = shaped.next_if(|s| s.0 == pos) {
                shape_here = Some(rules);
            }
            while let Some(&Reverse((_, end, rule, last))) = pending.peek().filter(|p| p.0.0 == pos) {
                group.push((rule, Some(end)));
                reopen.push((rule, last));
                pending.pop();
            }
            if pos >= at {
                match shape_here {
                    Some(Some((lo, hi))) => {
                        let rules = cands.shape_rules.get(lo as usize..hi as usize).unwrap_or_default();
                        group.extend(rules.iter().map(|&r| (r as usize, None)));
                    }
                    Some(None) => self.gates.shape_matches(text, pos, &mut set, &mut group),
                    None => {}
                }
                if group.len() > 1 {
                    group.sort_unstable_by_key(|g| (g.0, g.1.is_none()));
                    group.dedup_by_key(|g| g.0);
                }
                for &(rule, end) in &group {
                    let Some(end) = end.or_else(|| self.anchored_end(&mut caches, text, rule, pos)) else {
                        continue;
                    };
                    if let Some(span) = self.accept(text, rule, pos, end) {
                        found.push(span);
                        if span.score >= STRONG {
                            at = span.end.max(next_char_boundary(text, pos));
                            break;
                        }
                    }
                }
            }
            let from = next_char_boundary(text, pos).max(at);
            for &(rule, last) in &reopen {
                if let Some((s, e)) = self.next_in_window(&mut caches, text, rule, from, last) {
                    pending.push(Reverse((s, e, rule, last)));
                }
            }
        }
        resolve(found, &self.rules)
    }

    /// Runs rule `pid`'s value extraction, validator and context check on the match `s..e`.
    fn accept(&self, text: &str, pid: usize, s: usize, e: usize) -> Option<Span> {
        let rule = self.rules.get(pid)?;
        let (vs, ve) = if rule.value_group {
            let single = self.single(pid)?;
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
        if !rule.value_group && validate::inside_digit_run(text, vs, ve) {
            return None;
        }
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

#[cfg(test)]
mod tests;
