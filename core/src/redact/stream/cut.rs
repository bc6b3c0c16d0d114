//! Safe cuts: positions where a text can be split without changing what the one-shot redactor finds.
//!
//! The streaming redactor emits output only up to a *safe cut*. Position `c` of a text `S` is safe when
//! no non-empty suffix of `S[..c]` is a prefix of a string that some rule's pattern (or deny-list term)
//! could match, whatever text follows. Then every match that starts before `c` ends before `c`, for any
//! continuation of the stream, so the scanner's decisions before `c` cannot depend on text after it.
//!
//! The test is one lazy DFA over the *prefix language* of all patterns: for each pattern `P` the regex
//! `Pref+(P)` matches exactly the non-empty prefixes of the strings `P` matches (look-around assertions
//! are dropped, which only makes the language larger, so the test stays conservative). Searching it
//! unanchored with `MatchKind::All`, a match ending at `c` means "something could still be in
//! progress at `c`": `c` is unsafe. The DFA runs in linear time over the stream, one byte at a time.
//!
//! This reads the recognizer table through the same `rules::build` the scanner uses, so custom rules of
//! the policy are covered too.

use regex_automata::hybrid::LazyStateID;
use std::sync::Mutex;

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson;
use regex_automata::util::start;
use regex_automata::{Anchored, MatchKind};
use regex_syntax::hir::{Hir, HirKind, Repetition};

use super::super::{Redactor, rules};
use crate::Error;

/// The compiled prefix-language automaton of one policy.
#[derive(Debug)]
pub(crate) struct CutDfa {
    /// `None` when the policy enables nothing (then every position is safe).
    dfa: Option<DFA>,
    /// Warm caches of finished streams: a fresh lazy DFA cache has to determinize its states again,
    /// which costs milliseconds for the full rule set; a reused one is already built.
    pool: Mutex<Vec<Cache>>,
}

/// Caches kept for reuse (each at most the cache capacity below).
const POOL: usize = 8;

/// Per-stream state of the automaton.
#[derive(Debug)]
pub(crate) struct CutState {
    cache: Option<Cache>,
    state: Option<LazyStateID>,
}

/// Non-empty prefixes of the strings `hir` matches (look-around ignored).
fn prefixes(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Hir::fail(),
        HirKind::Literal(lit) => {
            let bytes = &lit.0;
            let mut acc: Option<Hir> = None;
            for &b in bytes.iter().rev() {
                let head = Hir::literal(vec![b]);
                acc = Some(match acc {
                    None => head,
                    Some(rest) => Hir::concat(vec![head, optional(rest)]),
                });
            }
            acc.unwrap_or_else(Hir::fail)
        }
        HirKind::Class(_) => hir.clone(),
        HirKind::Capture(c) => prefixes(&c.sub),
        HirKind::Alternation(items) => Hir::alternation(items.iter().map(prefixes).collect()),
        HirKind::Concat(items) => {
            let mut acc: Option<Hir> = None;
            for item in items.iter().rev() {
                acc = Some(match acc {
                    None => prefixes(item),
                    Some(rest) => {
                        Hir::alternation(vec![prefixes(item), Hir::concat(vec![plain(item), rest])])
                    }
                });
            }
            acc.unwrap_or_else(Hir::fail)
        }
        HirKind::Repetition(rep) => match loosen(rep.max) {
            Some(0) => Hir::fail(),
            max => {
                let head = Hir::repetition(Repetition {
                    min: 0,
                    max: max.map(|m| m - 1),
                    greedy: true,
                    sub: Box::new(plain(&rep.sub)),
                });
                Hir::concat(vec![head, prefixes(&rep.sub)])
            }
        },
    }
}

/// Counted repetitions above this bound are widened to unbounded ones in the prefix automaton (a larger
/// language, so still conservative): `x{1,64}` would otherwise unroll into 64 copies of `x`, and the
/// automaton for every rule would take far longer to build and to run.
const LOOSE: u32 = 8;

fn loosen(max: Option<u32>) -> Option<u32> {
    max.filter(|&m| m <= LOOSE)
}

fn optional(hir: Hir) -> Hir {
    Hir::repetition(Repetition { min: 0, max: Some(1), greedy: true, sub: Box::new(hir) })
}

/// `hir` with look-around assertions and capture groups removed (a superset of its language).
fn plain(hir: &Hir) -> Hir {
    match hir.kind() {
        HirKind::Look(_) => Hir::empty(),
        HirKind::Capture(c) => plain(&c.sub),
        HirKind::Concat(items) => Hir::concat(items.iter().map(plain).collect()),
        HirKind::Alternation(items) => Hir::alternation(items.iter().map(plain).collect()),
        HirKind::Repetition(rep) => Hir::repetition(Repetition {
            min: rep.min.min(LOOSE),
            max: loosen(rep.max),
            greedy: rep.greedy,
            sub: Box::new(plain(&rep.sub)),
        }),
        _ => hir.clone(),
    }
}

fn parse(pattern: &str) -> Result<Hir, Error> {
    regex_syntax::ParserBuilder::new()
        .unicode(false)
        .utf8(true)
        .build()
        .parse(pattern)
        .map_err(|e| Error::policy(format!("pattern: {e}")))
}

/// Escapes a deny-list term for an ASCII case-insensitive literal pattern.
fn deny_pattern(term: &str) -> String {
    format!("(?i){}", regex_syntax::escape(term))
}

/// Every pattern the redactor of `redactor`'s policy can match: rules (built-in and custom) and deny
/// terms. Used to build the cut automaton; the order does not matter.
pub(crate) fn match_patterns(redactor: &Redactor) -> Result<Vec<String>, Error> {
    let policy = redactor.policy();
    let mut out: Vec<String> = rules::build(policy)?.into_iter().map(|r| r.pattern).collect();
    out.extend(policy.deny.iter().map(|t| deny_pattern(t)));
    Ok(out)
}

impl CutDfa {
    /// Compiles the prefix automaton of `patterns`.
    pub(crate) fn new(patterns: &[String]) -> Result<CutDfa, Error> {
        if patterns.is_empty() {
            return Ok(CutDfa { dfa: None, pool: Mutex::new(Vec::new()) });
        }
        let hirs = patterns.iter().map(|p| parse(p).map(|h| prefixes(&h))).collect::<Result<Vec<_>, _>>()?;
        let nfa = thompson::Compiler::new()
            .configure(
                thompson::Config::new()
                    .which_captures(thompson::WhichCaptures::None)
                    .nfa_size_limit(Some(256 << 20)),
            )
            .build_many_from_hir(&hirs)
            .map_err(|e| Error::internal(format!("cut automaton: {e}")))?;
        let dfa = DFA::builder()
            .configure(DFA::config().match_kind(MatchKind::All).cache_capacity(8 << 20))
            .build_from_nfa(nfa)
            .map_err(|e| Error::internal(format!("cut automaton: {e}")))?;
        Ok(CutDfa { dfa: Some(dfa), pool: Mutex::new(Vec::new()) })
    }

    /// A fresh per-stream state, as at the start of a text.
    pub(crate) fn state(&self) -> CutState {
        let pooled = self.pool.lock().ok().and_then(|mut p| p.pop());
        let cache = pooled.or_else(|| self.dfa.as_ref().map(DFA::create_cache));
        CutState { cache, state: None }
    }

    /// Gives a finished stream's cache back for reuse.
    pub(crate) fn recycle(&self, st: &mut CutState) {
        if let (Some(cache), Ok(mut pool)) = (st.cache.take(), self.pool.lock())
            && pool.len() < POOL
        {
            pool.push(cache);
        }
    }

    fn start(&self, cache: &mut Cache) -> Option<LazyStateID> {
        let dfa = self.dfa.as_ref()?;
        dfa.start_state(cache, &start::Config::new().anchored(Anchored::No)).ok()
    }

    /// Feeds `byte` (at text position `i`); returns whether position `i` is safe, i.e. no prefix of a
    /// possible match ends at `i`. (The DFA reports matches one byte late, which is why the answer
    /// concerns the position *before* `byte`.) Position 0 is always safe. On an internal automaton
    /// error the answer is "unsafe", which only delays output.
    pub(crate) fn feed(&self, st: &mut CutState, byte: u8) -> bool {
        let (Some(dfa), Some(cache)) = (self.dfa.as_ref(), st.cache.as_mut()) else { return true };
        let current = match st.state {
            Some(s) => s,
            None => match self.start(cache) {
                Some(s) => s,
                None => return false,
            },
        };
        match dfa.next_state(cache, current, byte) {
            Ok(next) => {
                st.state = Some(next);
                !next.is_match()
            }
            Err(_) => {
                st.state = None;
                false
            }
        }
    }

    /// Whether the end of the text (after every byte was fed) is safe. Used only for reporting: the end of
    /// the stream is always a cut.
    #[cfg(test)]
    pub(crate) fn end_safe(&self, st: &mut CutState) -> bool {
        let (Some(dfa), Some(cache), Some(s)) = (self.dfa.as_ref(), st.cache.as_mut(), st.state) else {
            return true;
        };
        dfa.next_eoi_state(cache, s).is_ok_and(|n| !n.is_match())
    }

    /// Forgets everything fed so far (after a forced cut the text restarts there).
    pub(crate) fn reset(&self, st: &mut CutState) {
        st.state = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn safe_positions(dfa: &CutDfa, text: &str) -> Vec<usize> {
        let mut st = dfa.state();
        let mut out = Vec::new();
        for (i, b) in text.bytes().enumerate() {
            if dfa.feed(&mut st, b) && text.is_char_boundary(i) {
                out.push(i);
            }
        }
        if dfa.end_safe(&mut st) {
            out.push(text.len());
        }
        out
    }

    #[test]
    fn prefix_language() {
        let dfa = CutDfa::new(&["ab+c".to_string(), "(?i)xy".to_string()]).unwrap_or_else(|e| panic!("{e}"));
        // "zz ab" : after "a" and "ab" something is in progress; after "zz " nothing is.
        assert_eq!(safe_positions(&dfa, "zz abbc q"), vec![0, 1, 2, 3, 8, 9]);
        assert_eq!(safe_positions(&dfa, "aXY"), vec![0]);
    }
}
