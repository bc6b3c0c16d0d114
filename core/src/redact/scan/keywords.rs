//! The keyword pass: every occurrence (overlapping) of every gate literal, ASCII case-insensitive.
//!
//! This is the Aho–Corasick DFA that `AhoCorasick::find_overlapping_iter` would run, stepped by hand
//! through the crate's low-level [`Automaton`] trait. On chat text a keyword ends every ~12 bytes (the
//! one-byte literals `.`, `-`, `:`, `@` of the MAC, IP and e-mail triggers), and the iterator's
//! per-match bookkeeping (its resumable state, `Match` values, one call per match) cost about as much as
//! the automaton's transitions. The loop here reports the same hits — each pattern of each match state
//! the walk enters, at that state's end offset — with nothing but a transition and one compare per byte.
//!
//! Each step is a load that depends on the previous one (the state), so a single walk runs at the load
//! latency, not the machine's width: it was a third of the scan's time. Texts of 1 KB and more are cut
//! into eight stripes walked in one loop, eight independent chains in flight; each stripe starts from the
//! state the single walk would have there (found by walking the `max_pattern_len` bytes before it), so
//! the hits are the same, and they are replayed in stripe order, so is their order.
//!
//! The DFA is built without a prefilter, so its start state is not a special state: the only special
//! states an unanchored walk can enter are match states (the dead state is unreachable without an
//! anchored start), and a byte that moves to an ordinary state costs one table load and one compare.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

/// Texts this long are walked as interleaved stripes; shorter ones in one walk.
const MIN_STRIPED: usize = 1024;
/// Interleaved walks. Measured on 1 MB of chat and a 4.5 KB prompt (`benches/ab-redact.sh`): 3 stripes
/// 0.91x of 4, 8 stripes 1.04x of 4 (with 64-step blocks; 256-step blocks: 1.00x). In the component under
/// wasmtime (`cargo xtask bench`, 4 KB) four stripes of 256 steps were no faster than this (87.1 vs 85.8 µs).
const STRIPES: usize = 8;
/// Steps between flushes of the per-stripe special-state records.
const BLOCK: usize = 64;
const _: () = assert!(BLOCK.is_power_of_two(), "event slots are indexed by a mask");

/// The policy's gate literals as one unanchored, overlapping Aho–Corasick DFA.
#[derive(Debug)]
pub(crate) struct Keywords {
    dfa: DFA,
}

impl Keywords {
    /// Builds the automaton over `literals` (pattern `i` is `literals[i]`).
    pub(crate) fn new(literals: &[Vec<u8>]) -> Result<Keywords, String> {
        let dfa = DFA::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(literals)
            .map_err(|e| e.to_string())?;
        Ok(Keywords { dfa })
    }

    /// Calls `hit(start, pattern)` for every occurrence of every literal in `bytes`, in order of end
    /// offset (and, at one end offset, in the automaton's match order), as the overlapping iterator does.
    #[inline(always)]
    pub(crate) fn each(&self, bytes: &[u8], mut hit: impl FnMut(usize, usize)) {
        let dfa = &self.dfa;
        let Ok(start) = dfa.start_state(Anchored::No) else { return };
        if bytes.len() < MIN_STRIPED {
            self.walk(start, bytes, 0, &mut hit);
            return;
        }
        let len = bytes.len() / STRIPES;
        let (whole, rest) = bytes.split_at(len * STRIPES);
        let stripes: [&[u8]; STRIPES] = std::array::from_fn(|j| &whole[j * len..(j + 1) * len]);
        // Each stripe's walk starts in the state the whole walk has at its first byte: the state after
        // the `max_pattern_len` bytes before it (the longest suffix that is a trie prefix fits in them).
        let mut sids = [start; STRIPES];
        for (j, sid) in sids.iter_mut().enumerate().skip(1) {
            let warm = &bytes[(j * len).saturating_sub(dfa.max_pattern_len())..j * len];
            *sid = warm.iter().fold(start, |s, &b| dfa.next_state(Anchored::No, s, b));
        }
        // Special states (match states) seen per stripe, as offset in the block and state; written every
        // step and kept only when special, so the loop has no data-dependent branch.
        // At step `k` a stripe has recorded at most `k` events, so `BLOCK` slots hold a block's (the mask
        // only spares the bounds check); zeroing them is a memset per call, so no more than that.
        let mut seen = [[0u64; BLOCK]; STRIPES];
        // Sized for one hit per 8 bytes (chat has one per ~12): growing them was 32 of the ~185 allocations
        // of a 4 KB redact call.
        let mut later: [Vec<(usize, usize)>; STRIPES] =
            std::array::from_fn(|j| Vec::with_capacity(if j > 0 { len / 8 } else { 0 }));
        let mut done = 0;
        while done < len {
            let n = BLOCK.min(len - done);
            let block: [&[u8]; STRIPES] = stripes.map(|s| &s[done..done + n]);
            let mut count = [0usize; STRIPES];
            // Step `k` of every stripe, then step `k + 1`: the blocks are read across, by one index.
            #[expect(
                clippy::needless_range_loop,
                reason = "the blocks are read across, one byte of each per step"
            )]
            for k in 0..n {
                for j in 0..STRIPES {
                    sids[j] = dfa.next_state(Anchored::No, sids[j], block[j][k]);
                    // One 8-byte store: offset in the high half, state in the low half.
                    seen[j][count[j] & (BLOCK - 1)] = (k as u64) << 32 | u64::from(sids[j].as_u32());
                    count[j] += usize::from(dfa.is_special(sids[j]));
                }
            }
            for (j, events) in seen.iter().enumerate() {
                for &event in &events[..count[j]] {
                    let sid = StateID::new_unchecked(event as u32 as usize);
                    let end = j * len + done + (event >> 32) as usize + 1;
                    self.report(sid, end, |s, p| match later.get_mut(j).filter(|_| j > 0) {
                        Some(list) => list.push((s, p)),
                        None => hit(s, p),
                    });
                }
            }
            done += n;
        }
        for list in &later[1..] {
            list.iter().for_each(|&(s, p)| hit(s, p));
        }
        self.walk(sids[STRIPES - 1], rest, bytes.len() - rest.len(), &mut hit);
    }

    /// One walk from state `sid` over `bytes`, which start at offset `base` of the text.
    fn walk(&self, mut sid: StateID, bytes: &[u8], base: usize, hit: &mut impl FnMut(usize, usize)) {
        for (i, &b) in bytes.iter().enumerate() {
            sid = self.dfa.next_state(Anchored::No, sid, b);
            if self.dfa.is_special(sid) {
                self.report(sid, base + i + 1, &mut *hit);
            }
        }
    }

    /// Each pattern of state `sid`, entered after the byte ending at `end`.
    #[inline(always)]
    fn report(&self, sid: StateID, end: usize, mut hit: impl FnMut(usize, usize)) {
        let dfa = &self.dfa;
        if !dfa.is_match(sid) {
            return; // dead (unreachable unanchored) or a start state: no hit here
        }
        for k in 0..dfa.match_len(sid) {
            let p = dfa.match_pattern(sid, k);
            // A literal ending at `end` starts at `end - len` (never below 0: it was read here).
            hit(end - dfa.pattern_len(p), p.as_usize());
        }
    }
}

#[cfg(test)]
mod tests {
    use aho_corasick::AhoCorasick;

    use super::*;

    #[test]
    fn reports_what_the_overlapping_iterator_reports() {
        let literals: Vec<Vec<u8>> =
            [&b"."[..], b"-", b"@", b"pass", b"password", b"sword", b"ghp_", b"word", b"a"]
                .map(<[u8]>::to_vec)
                .into();
        let keywords = Keywords::new(&literals).unwrap();
        let ac = AhoCorasick::builder().ascii_case_insensitive(true).build(&literals).unwrap();
        for text in ["", "a", "my PassWord: ghp_x.y-z@a.b", "passwordpassword", "\u{e9}a.\u{1F600}-PASS"] {
            let mut got = Vec::new();
            keywords.each(text.as_bytes(), |s, p| got.push((s, p)));
            let want: Vec<(usize, usize)> =
                ac.find_overlapping_iter(text).map(|m| (m.start(), m.pattern().as_usize())).collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn striped_walk_reports_what_the_overlapping_iterator_reports() {
        let literals: Vec<Vec<u8>> = [
            &b"."[..],
            b"@",
            b"pass",
            b"password",
            b"sword",
            b"ghp_",
            b"-----begin openssh private key-----",
        ]
        .map(<[u8]>::to_vec)
        .into();
        let keywords = Keywords::new(&literals).unwrap();
        let ac = AhoCorasick::builder().ascii_case_insensitive(true).build(&literals).unwrap();
        let pieces = [
            "pass",
            "word",
            "PASSWORD",
            ".",
            "@",
            "x",
            " ",
            "ghp_",
            "-----BEGIN OPENSSH ",
            "private key-----",
            "\u{e9}",
        ];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        for len in [1023, 1024, 1025, 1027, 2048, 4096 + 3, 70_000] {
            for _ in 0..20 {
                let mut text = String::new();
                while text.len() < len {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
                }
                let mut got = Vec::new();
                keywords.each(text.as_bytes(), |s, p| got.push((s, p)));
                let want: Vec<(usize, usize)> =
                    ac.find_overlapping_iter(&text).map(|m| (m.start(), m.pattern().as_usize())).collect();
                assert_eq!(got, want, "length {}", text.len());
            }
        }
    }
}
