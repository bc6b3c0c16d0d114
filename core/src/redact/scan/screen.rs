//! The shape screen: at each shape position, walk the shape rules' union automaton byte by byte and
//! keep the position only if some rule can match there.
//!
//! The byte pass used to record every digit and every capitalised word start as a shape position; the
//! scan then asked the multi-pattern regex which shape rules match there. On chat text almost every
//! answer was "none" (a capitalised word is where an address *could* start), and the call, not the
//! automaton, was the cost: input set-up, cache pool, pattern-set bookkeeping, the position's entry in
//! the candidate lists, about 300 instructions per position. Here the same automaton (the rules'
//! patterns as one anchored lazy DFA, all matches) is stepped inline: a position whose walk reaches the
//! dead state before any match state cannot start a shape match, so dropping it changes no result.
//! Most walks die within a few bytes (`The`, `2.4.1 on`). A walk that cannot decide (the lazy DFA gives
//! up, or was not built) keeps the position.

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::util::pool::{Pool, PoolGuard};
use regex_automata::util::{start, syntax};
use regex_automata::{Anchored, MatchKind, nfa::thompson};

type CachePool = Pool<Cache, Box<dyn Fn() -> Cache + Send + Sync>>;

/// The shape rules' patterns as one anchored lazy DFA, with a pool of caches (one per concurrent scan).
pub(crate) struct Screen {
    dfa: DFA,
    caches: CachePool,
}

impl std::fmt::Debug for Screen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Screen").finish_non_exhaustive()
    }
}

impl Screen {
    /// `None` when the automaton cannot be built within the limits (the scan then visits every position).
    pub(crate) fn new(patterns: &[&str]) -> Option<Screen> {
        if patterns.is_empty() {
            return None;
        }
        let dfa = DFA::builder()
            .syntax(syntax::Config::new().unicode(false).utf8(true))
            .thompson(thompson::Config::new().nfa_size_limit(Some(64 << 20)))
            .configure(DFA::config().match_kind(MatchKind::All).cache_capacity(32 << 20))
            .build_many(patterns)
            .ok()?;
        let shared = dfa.clone();
        let create: Box<dyn Fn() -> Cache + Send + Sync> = Box::new(move || shared.create_cache());
        Some(Screen { dfa, caches: Pool::new(create) })
    }

    /// A cache for [`Screen::viable`], taken from the pool for the duration of one scan.
    pub(crate) fn caches(&self) -> PoolGuard<'_, Cache, Box<dyn Fn() -> Cache + Send + Sync>> {
        self.caches.get()
    }

    /// False only if no shape rule can match anchored at `pos`.
    pub(crate) fn viable(&self, cache: &mut Cache, bytes: &[u8], pos: usize) -> bool {
        let config =
            start::Config::new().anchored(Anchored::Yes).look_behind(pos.checked_sub(1).map(|p| bytes[p]));
        let Ok(mut sid) = self.dfa.start_state(cache, &config) else { return true };
        for &b in &bytes[pos..] {
            sid = match self.dfa.next_state(cache, sid, b) {
                Ok(sid) => sid,
                Err(_) => return true,
            };
            if sid.is_tagged() {
                if sid.is_match() || sid.is_quit() || sid.is_unknown() {
                    return true;
                }
                if sid.is_dead() {
                    return false;
                }
            }
        }
        match self.dfa.next_eoi_state(cache, sid) {
            Ok(sid) => sid.is_match() || sid.is_quit() || sid.is_unknown(),
            Err(_) => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_exactly_the_positions_where_a_pattern_can_start() {
        let screen = Screen::new(&[r"\b[0-9]{3}-[0-9]{4}\b", r"\b[A-Z][a-z]+ Street\b"]).unwrap();
        let text = b"call 555-1234 or 55-12, The Baker Street x1234-5678";
        let kept: Vec<usize> = {
            let mut c = screen.caches();
            (0..text.len()).filter(|&p| screen.viable(&mut c, text, p)).collect()
        };
        assert_eq!(kept, vec![5, 28]);
        // At the end of the text: the match is only known at end of input.
        let end = b"x 555-1234";
        let mut c = screen.caches();
        assert!(screen.viable(&mut c, end, 2));
        assert!(!screen.viable(&mut c, end, 3));
    }
}
