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
    // Positions outside, words inside: a word that starts with a letter or digit can only match at a
    // word start, so with such words alone the other positions are skipped without looking at a word
    // (veto lists are long, and this ran every word over every position).
    let window = &bytes[lo..hi];
    let symbol_first = words.iter().any(|w| w.as_ref().as_bytes().first().is_some_and(|&b| !word_char(b)));
    (0..window.len()).any(|i| {
        let at_start = i == 0 || !word_char(window[i - 1]);
        (at_start || symbol_first)
            && words.iter().any(|w| word_at(window, i, w.as_ref().as_bytes(), at_start))
    })
}

fn word_char(b: u8) -> bool {
    b.is_ascii_alphanumeric()
}

/// True if `word` is at `hay[i..]`, delimited as a whole word (`at_start`: no word character before).
fn word_at(hay: &[u8], i: usize, word: &[u8], at_start: bool) -> bool {
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
