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

use regex_automata::hybrid::LazyStateID;
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::{Pool, PoolGuard};
use regex_automata::util::{start, syntax};
use regex_automata::{Anchored, MatchKind};

/// A lazy DFA cache for one scan, and the DFA's anchored start state for each look-behind byte (index
/// 256: none), filled as they are met: the start state is a function of the byte before the position
/// alone, and asking the DFA for it (quit-set check, start-byte map, cache lookup) cost more than a short
/// walk. Used per rule here and for the shape screen's walks ([`super::screen`]).
pub(crate) struct WalkCache {
    pub(crate) cache: Cache,
    /// The cache's clear count when `starts` was filled: a cleared cache invalidates its state ids.
    clears: usize,
    starts: Box<[Option<LazyStateID>; 257]>,
}

impl WalkCache {
    pub(crate) fn new(dfa: &DFA) -> WalkCache {
        let cache = dfa.create_cache();
        WalkCache { clears: cache.clear_count(), cache, starts: Box::new([None; 257]) }
    }

    /// `dfa`'s anchored start state at `pos` of `bytes` (`dfa` is the one this cache was made for).
    #[inline(always)]
    pub(crate) fn start(&mut self, dfa: &DFA, bytes: &[u8], pos: usize) -> Option<LazyStateID> {
        if self.cache.clear_count() != self.clears {
            self.starts.fill(None);
            self.clears = self.cache.clear_count();
        }
        let before = pos.checked_sub(1).and_then(|p| bytes.get(p).copied());
        let slot = self.starts.get_mut(before.map_or(256, usize::from))?;
        if let Some(sid) = *slot {
            return Some(sid);
        }
        let config = start::Config::new().anchored(Anchored::Yes).look_behind(before);
        let sid = dfa.start_state(&mut self.cache, &config).ok()?;
        // Filling the start may have cleared the cache; the next call then resets all slots.
        *slot = Some(sid);
        Some(sid)
    }
}

pub(crate) type Caches = Vec<Option<WalkCache>>;
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

    /// The rule's DFA and its cache for this scan.
    fn walker<'a>(
        &'a self,
        caches: &'a mut Caches,
        rule: usize,
        pattern: &str,
    ) -> Result<(&'a DFA, &'a mut WalkCache), Undecided> {
        let dfa = self.dfa(rule, pattern).ok_or(Undecided)?;
        if caches.len() <= rule {
            caches.resize_with(rule + 1, || None);
        }
        let rc = caches.get_mut(rule).ok_or(Undecided)?.get_or_insert_with(|| WalkCache::new(dfa));
        Ok((dfa, rc))
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
        let (dfa, rc) = self.walker(caches, rule, pattern)?;
        walk(dfa, rc, bytes, pos, bytes.len())
    }
}

/// The leftmost-first match anchored at `pos` and ending by `limit` (the bytes after `limit` are only
/// looked at, as the lazy DFA's own search does at the end of a range): the last match state seen
/// before the dead state.
#[inline(always)]
fn walk(
    dfa: &DFA,
    rc: &mut WalkCache,
    bytes: &[u8],
    pos: usize,
    limit: usize,
) -> Result<Option<usize>, Undecided> {
    let hay = bytes.get(pos..limit).ok_or(Undecided)?;
    let mut sid = rc.start(dfa, bytes, pos).ok_or(Undecided)?;
    let cache = &mut rc.cache;
    let mut end = None;
    // One tag test per byte on the common path: from an untagged state the transition is a plain
    // table read (`next_state_untagged`), and its result is tested once; only a tagged result (not
    // yet computed, match, dead, quit) or a tagged current state (a match) takes the slow path.
    let mut i = 0;
    while let Some(&b) = hay.get(i) {
        let mut next = if sid.is_tagged() {
            dfa.next_state(cache, sid, b)
        } else {
            Ok(dfa.next_state_untagged(cache, sid, b))
        }
        .map_err(|_| Undecided)?;
        if next.is_tagged() {
            if next.is_unknown() {
                next = dfa.next_state(cache, sid, b).map_err(|_| Undecided)?;
            }
            if next.is_match() {
                end = Some(pos + i);
            } else if next.is_dead() {
                return Ok(end);
            } else if next.is_quit() || next.is_unknown() {
                return Err(Undecided);
            }
        }
        sid = next;
        i += 1;
    }
    sid = match bytes.get(limit) {
        Some(&b) => dfa.next_state(cache, sid, b),
        None => dfa.next_eoi_state(cache, sid),
    }
    .map_err(|_| Undecided)?;
    if sid.is_match() {
        end = Some(limit);
    }
    Ok(end)
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
