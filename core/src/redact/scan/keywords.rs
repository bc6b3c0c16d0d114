//! The keyword pass: every occurrence (overlapping) of every gate literal, ASCII case-insensitive.
//!
//! This is the Aho–Corasick DFA that `AhoCorasick::find_overlapping_iter` would run, stepped by hand
//! through the crate's low-level [`Automaton`] trait. On chat text a keyword ends every ~12 bytes (the
//! one-byte literals `.`, `-`, `:`, `@` of the MAC, IP and e-mail triggers), and the iterator's
//! per-match bookkeeping (its resumable state, `Match` values, one call per match) cost about as much as
//! the automaton's transitions. The loop here reports the same hits — each pattern of each match state
//! the walk enters, at that state's end offset — with nothing but a transition and one compare per byte.
//!
//! The DFA is built without a prefilter, so its start state is not a special state: the only special
//! states an unanchored walk can enter are match states (the dead state is unreachable without an
//! anchored start), and a byte that moves to an ordinary state costs one table load and one compare.

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind};

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
        let Ok(mut sid) = dfa.start_state(Anchored::No) else { return };
        for (i, &b) in bytes.iter().enumerate() {
            sid = dfa.next_state(Anchored::No, sid, b);
            if dfa.is_special(sid) {
                if !dfa.is_match(sid) {
                    // Dead (unreachable unanchored) or a start state: no hit here.
                    continue;
                }
                for k in 0..dfa.match_len(sid) {
                    let p = dfa.match_pattern(sid, k);
                    // A literal ending at i + 1 starts at i + 1 - len (never below 0: it was read here).
                    hit(i + 1 - dfa.pattern_len(p), p.as_usize());
                }
            }
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
}
