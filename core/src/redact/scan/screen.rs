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
//! Most walks die within a few bytes (`The`, `2.4.1 on`). A walk that reaches match states goes on to
//! the dead state and records which patterns matched, so the scan no longer asks the multi-pattern
//! regex again at the positions that survive. A walk that cannot decide (the lazy DFA gives up, or was
//! not built) keeps the position, and the scan asks the regex.

use regex_automata::hybrid::LazyStateID;
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::util::pool::{Pool, PoolGuard};
use regex_automata::util::{start, syntax};
use regex_automata::{Anchored, MatchKind, nfa::thompson};

use super::anchored::WalkCache;

type CachePool = Pool<WalkCache, Box<dyn Fn() -> WalkCache + Send + Sync>>;

/// The shape rules' patterns as one anchored lazy DFA, with a pool of caches (one per concurrent scan).
pub(crate) struct Screen {
    dfa: DFA,
    caches: CachePool,
    /// Bit `first << 8 | second`: the walk from `first` survives `second` (see [`Screen::pairs`]).
    pairs: Box<[u64; 1024]>,
}

impl std::fmt::Debug for Screen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Screen").finish_non_exhaustive()
    }
}

impl Screen {
    /// `starts`: the bytes the byte pass visits (others get no two-byte entry: every pair passes).
    /// `None` when the automaton cannot be built within the limits (the scan then visits every position).
    pub(crate) fn new(patterns: &[&str], starts: &[bool; 256]) -> Option<Screen> {
        Screen::with_capacity(patterns, starts, 32 << 20)
    }

    /// [`Screen::new`] with a given lazy-DFA cache capacity (the minimum in tests, to exercise clears).
    fn with_capacity(patterns: &[&str], starts: &[bool; 256], capacity: usize) -> Option<Screen> {
        if patterns.is_empty() {
            return None;
        }
        let dfa = DFA::builder()
            .syntax(syntax::Config::new().unicode(false).utf8(true))
            .thompson(thompson::Config::new().nfa_size_limit(Some(64 << 20)))
            .configure(
                DFA::config()
                    .match_kind(MatchKind::All)
                    .cache_capacity(capacity)
                    .skip_cache_capacity_check(true),
            )
            .build_many(patterns)
            .ok()?;
        let pairs = Screen::pairs(&dfa, starts);
        let shared = dfa.clone();
        let create: Box<dyn Fn() -> WalkCache + Send + Sync> = Box::new(move || WalkCache::new(&shared));
        Some(Screen { dfa, caches: Pool::new(create), pairs })
    }

    /// The two-byte table behind [`Screen::may_start`]: for each byte the byte pass can visit (`starts`)
    /// and each byte after it, whether the walk is still undecided, or has matched, after those two
    /// bytes from any start state (every look-behind class: text start, `\n`, `\r`, word and non-word
    /// bytes). A pair is cleared only when the automaton itself says dead, so the table is exact for two
    /// bytes and over-approximates beyond them. Most visited positions on chat (`The`, `I'm`, `2 `) are
    /// settled here at one table load instead of a walk (start state, steps, tag checks: ~160
    /// instructions).
    fn pairs(dfa: &DFA, starts: &[bool; 256]) -> Box<[u64; 1024]> {
        let mut pairs = Box::new([u64::MAX; 1024]);
        let mut cache = dfa.create_cache();
        let clears = cache.clear_count();
        let classes = dfa.byte_classes();
        let behinds = [None, Some(b'\n'), Some(b'\r'), Some(b'a'), Some(b' ')];
        for first in (0..=255u8).filter(|&b| starts[usize::from(b)]) {
            // The states after `first`, one per look-behind class (dead ones dropped); the row stays all
            // ones when one of them has matched already or the automaton cannot say.
            let mut after: Vec<LazyStateID> = Vec::with_capacity(behinds.len());
            let undecided = behinds.iter().any(|&behind| {
                let config = start::Config::new().anchored(Anchored::Yes).look_behind(behind);
                let Ok(s0) = dfa.start_state(&mut cache, &config) else { return true };
                let Ok(s1) = dfa.next_state(&mut cache, s0, first) else { return true };
                if !s1.is_dead() && !after.contains(&s1) {
                    after.push(s1);
                }
                s1.is_match() || s1.is_quit() || s1.is_unknown()
            });
            if undecided {
                continue;
            }
            // Once the cache was cleared, the states held in `after` are stale (stepping one would read
            // past the new table): give up on the table, every pair passes.
            let stale = |cache: &Cache| cache.clear_count() != clears;
            if stale(&cache) {
                return Box::new([u64::MAX; 1024]);
            }
            // Bytes of one equivalence class step alike: one walk per class.
            let mut dead_class: [Option<bool>; 256] = [None; 256];
            for second in 0..=255u8 {
                let class = usize::from(classes.get(second));
                let dead = match dead_class[class] {
                    Some(dead) => dead,
                    None => {
                        let mut dead = true;
                        for &s1 in &after {
                            let next = dfa.next_state(&mut cache, s1, second);
                            if stale(&cache) {
                                return Box::new([u64::MAX; 1024]);
                            }
                            if !next.is_ok_and(|s2| s2.is_dead()) {
                                dead = false;
                                break;
                            }
                        }
                        dead_class[class] = Some(dead);
                        dead
                    }
                };
                if dead {
                    let bit = usize::from(first) << 8 | usize::from(second);
                    if let Some(w) = pairs.get_mut(bit >> 6) {
                        *w &= !(1u64 << (bit & 63));
                    }
                }
            }
        }
        pairs
    }

    /// False when no shape pattern can match anchored at `pos` (its first two bytes rule every one
    /// out); true when one may, or at the last byte of the text (ask [`Screen::matches`]).
    #[inline(always)]
    pub(crate) fn may_start(&self, bytes: &[u8], pos: usize) -> bool {
        match (bytes.get(pos), bytes.get(pos + 1)) {
            (Some(&first), Some(&second)) => {
                let bit = usize::from(first) << 8 | usize::from(second);
                self.pairs[bit >> 6] >> (bit & 63) & 1 != 0
            }
            _ => true,
        }
    }

    /// A walker (cache and start states) for [`Screen::matches`], taken from the pool for one scan.
    pub(crate) fn caches(&self) -> PoolGuard<'_, WalkCache, Box<dyn Fn() -> WalkCache + Send + Sync>> {
        self.caches.get()
    }

    /// The shape patterns (indices into the patterns given to [`Screen::new`]) that match anchored at
    /// `pos`, appended to `out` once each; `false` when the walk cannot decide (the caller asks the
    /// multi-pattern regex instead). The walk goes on past the first match state until the dead state
    /// (or the end of the text), collecting the patterns of every match state on the way: with
    /// `MatchKind::All` and an anchored start, those are exactly the patterns with a match starting
    /// here, which is what `which_overlapping_matches` reports.
    pub(crate) fn matches(&self, w: &mut WalkCache, bytes: &[u8], pos: usize, out: &mut Vec<u32>) -> bool {
        let Some(mut sid) = w.start(&self.dfa, bytes, pos) else { return false };
        let cache = &mut w.cache;
        let first = out.len();
        // One tag test per byte on the common path (as in `anchored`): from an untagged state the
        // transition is a plain table read, and its result is tested once.
        for &b in bytes.get(pos..).unwrap_or_default() {
            let mut next = if sid.is_tagged() {
                match self.dfa.next_state(cache, sid, b) {
                    Ok(next) => next,
                    Err(_) => return false,
                }
            } else {
                self.dfa.next_state_untagged(cache, sid, b)
            };
            if next.is_tagged() {
                if next.is_unknown() {
                    next = match self.dfa.next_state(cache, sid, b) {
                        Ok(next) => next,
                        Err(_) => return false,
                    };
                }
                if next.is_match() {
                    self.collect(cache, next, first, out);
                } else if next.is_dead() {
                    return true;
                } else if next.is_quit() || next.is_unknown() {
                    return false;
                }
            }
            sid = next;
        }
        match self.dfa.next_eoi_state(cache, sid) {
            Ok(sid) if sid.is_match() => self.collect(cache, sid, first, out),
            Ok(sid) if sid.is_quit() || sid.is_unknown() => return false,
            Ok(_) => {}
            Err(_) => return false,
        }
        true
    }

    /// Adds the patterns of match state `sid` not yet in `out[first..]`.
    fn collect(&self, cache: &Cache, sid: LazyStateID, first: usize, out: &mut Vec<u32>) {
        for i in 0..self.dfa.match_len(cache, sid) {
            let p = self.dfa.match_pattern(cache, sid, i).as_u32();
            if !out[first..].contains(&p) {
                out.push(p);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_exactly_the_positions_where_a_pattern_can_start() {
        let screen =
            Screen::new(&[r"\b[0-9]{3}-[0-9]{4}\b", r"\b[A-Z][a-z]+ Street\b", r"\b[0-9]{3}"], &[true; 256])
                .unwrap();
        let text = b"call 555-1234 or 55-12, The Baker Street x1234-5678";
        let mut c = screen.caches();
        let found: Vec<(usize, Vec<u32>)> = (0..text.len())
            .filter_map(|p| {
                let mut out = Vec::new();
                assert!(screen.matches(&mut c, text, p, &mut out));
                // The two-byte table only ever drops positions the walk drops.
                assert!(screen.may_start(text, p) || out.is_empty(), "{p}");
                (!out.is_empty()).then_some((p, out))
            })
            .collect();
        assert_eq!(found, vec![(5, vec![2, 0]), (9, vec![2]), (28, vec![1]), (47, vec![2])]);
        // At the end of the text: the match is only known at end of input.
        let end = b"x 555-1234";
        let mut out = Vec::new();
        assert!(screen.matches(&mut c, end, 2, &mut out) && out == [2, 0]);
        out.clear();
        assert!(screen.matches(&mut c, end, 3, &mut out) && out.is_empty());
        // Pairs no pattern can begin with, whatever comes before them.
        assert!(!screen.may_start(b"TX", 0) && !screen.may_start(b"2 ", 0) && !screen.may_start(b"x5-", 1));
        assert!(screen.may_start(b"Baker", 0) && screen.may_start(b"55", 0) && screen.may_start(b"5", 0));
    }

    #[test]
    fn a_cache_cleared_while_the_pairs_table_is_built_gives_up_on_it() {
        // The minimum cache: building the table clears it, and a state held across a clear must not be
        // stepped (it indexes past the new table). The table then passes every pair; walks still work.
        let patterns = [
            r"\b[0-9]{3}-[0-9]{4}\b",
            r"\b[A-Z][a-z]+ (Street|Road|Lane|Avenue|Close)\b",
            r"[A-Z]{2}[0-9]{2}",
        ];
        let screen = Screen::with_capacity(&patterns, &[true; 256], 0).unwrap();
        assert!(screen.may_start(b"2 ", 0));
        let mut out = Vec::new();
        let mut c = screen.caches();
        assert!(!screen.matches(&mut c, b"x 555-1234", 2, &mut out) || out == [0]);
    }
}
