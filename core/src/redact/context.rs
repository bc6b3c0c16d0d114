//! Context words: whole-word, ASCII-case-insensitive matches near a candidate.
//!
//! Presidio matches context as substrings by default, so "lic" fires inside "public"; here a cue must be
//! delimited by non-alphanumeric characters on both sides ("SIN" matches "SIN:" but not "using").

/// Bytes of text looked at before the candidate, and after it.
pub(crate) const BEFORE: usize = 48;
pub(crate) const AFTER: usize = 0;

/// True if one of `words` (lower case) occurs as a whole word in `text[start-BEFORE .. end+AFTER]`.
pub(crate) fn near(text: &str, start: usize, end: usize, words: &[impl AsRef<str>]) -> bool {
    let bytes = text.as_bytes();
    let lo = start.saturating_sub(BEFORE).min(bytes.len());
    let hi = (end + AFTER).min(bytes.len()).max(lo);
    // Compared in place, ASCII-case-insensitively (`words` are lower case): no copy of the window.
    // One pass records which (lower-cased) bytes open a word in the window, and where the first
    // [`KEPT`] words start (and, if a cue opens with a symbol, which bytes occur at all). A cue is
    // compared only where its first byte is: a cue opening with a letter or digit at the recorded word
    // starts, any other cue anywhere. Cue lists are long and most of their first letters are not in a
    // 60-byte window, so most cues cost one bit test (this ran every cue at every word start: ~2,100
    // instructions a call).
    let window = bytes.get(lo..hi).unwrap_or_default();
    let symbol_first = words.iter().any(|w| w.as_ref().as_bytes().first().is_some_and(|&b| !word_char(b)));
    let (mut starts, mut any) = ([0u64; 4], [0u64; 4]);
    let (mut at, mut n) = ([0usize; KEPT], 0);
    let mut prev_word = false;
    for (i, &b) in window.iter().enumerate() {
        let is_word = word_char(b);
        if !prev_word && is_word {
            set(&mut starts, b.to_ascii_lowercase());
            if let Some(slot) = at.get_mut(n) {
                *slot = i;
            }
            n += 1;
        }
        prev_word = is_word;
    }
    if symbol_first {
        for &b in window {
            set(&mut any, b.to_ascii_lowercase());
        }
    }
    let anywhere = |w: &[u8]| {
        (0..window.len()).any(|i| {
            let at_start = i == 0 || window.get(i - 1).is_none_or(|&b| !word_char(b));
            word_at(window, i, w, at_start)
        })
    };
    words.iter().any(|w| {
        let w = w.as_ref().as_bytes();
        let Some(&first) = w.first() else { return false };
        if !word_char(first) {
            return has(&any, first) && anywhere(w);
        }
        has(&starts, first)
            && match at.get(..n) {
                Some(at) => at.iter().any(|&i| word_at(window, i, w, true)),
                None => anywhere(w),
            }
    })
}

/// Word starts remembered per window (a 60-byte window has about ten).
const KEPT: usize = 24;

fn set(bits: &mut [u64; 4], b: u8) {
    if let Some(w) = bits.get_mut(usize::from(b >> 6)) {
        *w |= 1 << (b & 63);
    }
}

fn has(bits: &[u64; 4], b: u8) -> bool {
    bits.get(usize::from(b >> 6)).is_some_and(|w| w & (1 << (b & 63)) != 0)
}

pub(crate) fn word_char(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// True if `word` is at `hay[i..]`, delimited as a whole word (`at_start`: no word character before).
pub(crate) fn word_at(hay: &[u8], i: usize, word: &[u8], at_start: bool) -> bool {
    let Some(&first) = word.first() else { return false };
    let Some(last) = word.last().copied() else { return false };
    hay.get(i).is_some_and(|h| h.to_ascii_lowercase() == first)
        && hay
            .get(i..i + word.len())
            .is_some_and(|s| s.iter().zip(word).all(|(h, w)| h.to_ascii_lowercase() == *w))
        && (at_start || !word_char(first))
        && hay.get(i + word.len()).is_none_or(|&b| !word_char(b) || !word_char(last))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only() {
        assert!(near("SIN: 123", 5, 8, &["sin"]));
        assert!(!near("using 123", 6, 9, &["sin"]));
        assert!(near("date of birth: x", 15, 16, &["date of birth"]));
        assert!(!near("publicity 1", 10, 11, &["lic"]));
    }
}
