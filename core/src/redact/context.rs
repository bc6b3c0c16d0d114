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
    let window = &bytes[lo..hi];
    words.iter().any(|w| contains_word(window, w.as_ref().as_bytes()))
}

fn contains_word(hay: &[u8], word: &[u8]) -> bool {
    if word.is_empty() || word.len() > hay.len() {
        return false;
    }
    let word_char = |b: u8| b.is_ascii_alphanumeric();
    (0..=hay.len() - word.len()).any(|i| {
        hay[i].to_ascii_lowercase() == word[0]
            && hay[i..i + word.len()].iter().zip(word).all(|(h, w)| h.to_ascii_lowercase() == *w)
            && (i == 0 || !word_char(hay[i - 1]) || !word_char(word[0]))
            && hay.get(i + word.len()).is_none_or(|&b| !word_char(b) || !word_char(word[word.len() - 1]))
    })
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
