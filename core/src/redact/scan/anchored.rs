//! Anchored ends: where rule `r`'s leftmost-first match starting exactly at a candidate position ends,
//! by stepping the rule's own lazy DFA inline instead of calling its `meta::Regex`.
//!
//! Most candidates of chat text are positions where the rule does not match: every newline for the
//! rules of chat speakers and bullets, every hex-looking number for MAC and IPv6 addresses. The answer
//! is usually known after two or three bytes, but a `meta::Regex::search` call costs ~280 instructions
//! before it looks at one (input set-up, cache pool, strategy dispatch, the search loop's set-up), which
//! made these calls ~20 % of a redact call. Here the same automaton (the rule's pattern, leftmost-first,
//! anchored) is stepped byte by byte with a cache held for the whole scan: the last match state seen
//! before the dead state is the end of the leftmost-first match, exactly as the lazy DFA's own forward
//! search reports it (matches are seen one byte late, so a match state reached on the byte at `i` means
//! a match ending at `i`). Any case the walk cannot decide (the DFA was not built, its cache gave up)
//! returns `Err` and the caller asks the meta regex, so the answer never depends on this module.

use std::sync::OnceLock;

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::{Pool, PoolGuard};
use regex_automata::util::{start, syntax};
use regex_automata::{Anchored, MatchKind};

pub(crate) type Caches = Vec<Option<Cache>>;
type CachePool = Pool<Caches, Box<dyn Fn() -> Caches + Send + Sync>>;

/// One lazily built anchored DFA per rule, and a pool of per-rule caches (one set per concurrent scan).
pub(crate) struct Anchors {
    dfas: Vec<OnceLock<Option<DFA>>>,
    caches: CachePool,
}

impl std::fmt::Debug for Anchors {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Anchors").finish_non_exhaustive()
    }
}

/// The walk could not decide; ask the meta regex.
pub(crate) struct Undecided;

impl Anchors {
    pub(crate) fn new(rules: usize) -> Anchors {
        let create: Box<dyn Fn() -> Caches + Send + Sync> = Box::new(Vec::new);
        Anchors { dfas: (0..rules).map(|_| OnceLock::new()).collect(), caches: Pool::new(create) }
    }

    /// Caches for [`Anchors::end`], taken from the pool for the duration of one scan.
    pub(crate) fn caches(&self) -> PoolGuard<'_, Caches, Box<dyn Fn() -> Caches + Send + Sync>> {
        self.caches.get()
    }

    fn dfa(&self, rule: usize, pattern: &str) -> Option<&DFA> {
        self.dfas
            .get(rule)?
            .get_or_init(|| {
                DFA::builder()
                    .syntax(syntax::Config::new().unicode(false).utf8(true))
                    .thompson(
                        thompson::Config::new()
                            .nfa_size_limit(Some(64 << 20))
                            .which_captures(WhichCaptures::None),
                    )
                    .configure(DFA::config().match_kind(MatchKind::LeftmostFirst).cache_capacity(32 << 20))
                    .build(pattern)
                    .ok()
            })
            .as_ref()
    }

    /// End of `pattern`'s (rule `rule`'s) leftmost-first match anchored at `pos` of `bytes`.
    pub(crate) fn end(
        &self,
        caches: &mut Caches,
        rule: usize,
        pattern: &str,
        bytes: &[u8],
        pos: usize,
    ) -> Result<Option<usize>, Undecided> {
        let dfa = self.dfa(rule, pattern).ok_or(Undecided)?;
        if caches.len() <= rule {
            caches.resize_with(rule + 1, || None);
        }
        let cache = caches.get_mut(rule).ok_or(Undecided)?.get_or_insert_with(|| dfa.create_cache());
        let hay = bytes.get(pos..).ok_or(Undecided)?;
        let config =
            start::Config::new().anchored(Anchored::Yes).look_behind(pos.checked_sub(1).map(|p| bytes[p]));
        let mut sid = dfa.start_state(cache, &config).map_err(|_| Undecided)?;
        let mut end = None;
        for (i, &b) in hay.iter().enumerate() {
            sid = dfa.next_state(cache, sid, b).map_err(|_| Undecided)?;
            if sid.is_tagged() {
                if sid.is_match() {
                    end = Some(pos + i);
                } else if sid.is_dead() {
                    return Ok(end);
                } else if sid.is_quit() || sid.is_unknown() {
                    return Err(Undecided);
                }
            }
        }
        sid = dfa.next_eoi_state(cache, sid).map_err(|_| Undecided)?;
        if sid.is_match() {
            end = Some(bytes.len());
        }
        Ok(end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_the_meta_regex() {
        let patterns = [
            r"\b[0-9]{3}-[0-9]{4}\b",
            r"a|ab",
            r"ab|a",
            r"\n(?P<v>[A-Z][a-z]+):[ \t]",
            r"x*",
            r"(?i:bearer)\s+[a-z]{2,}$",
            r"\bfoo\b",
        ];
        let texts =
            ["call 555-1234 or 55-12", "abab a", "\nJane: hi\nJo:x", "xxx", "Bearer abc", "foo foobar"];
        let anchors = Anchors::new(patterns.len());
        let mut caches = anchors.caches();
        for (r, p) in patterns.iter().enumerate() {
            let meta = super::super::builder(MatchKind::LeftmostFirst).build(p).unwrap();
            for t in texts {
                for pos in 0..=t.len() {
                    let input = regex_automata::Input::new(t).range(pos..).anchored(Anchored::Yes);
                    let want = meta.search(&input).map(|m| m.end());
                    let got = anchors.end(&mut caches, r, p, t.as_bytes(), pos).ok();
                    assert_eq!(got, Some(want), "{p:?} at {pos} of {t:?}");
                }
            }
        }
    }
}
