//! Byte offsets to UTF-16 offsets, in one forward walk.
//!
//! JavaScript indexes strings in UTF-16 code units; the findings carry both so a browser can highlight a
//! value without re-deriving positions. Findings are sorted, so one cursor converts them all in O(n).
//!
//! The count is taken from the bytes, not by decoding characters: in valid UTF-8 every character has
//! exactly one byte that is not a continuation byte (`10xxxxxx`), and only the four-byte ones (lead byte
//! `>= 0xF0`) need two UTF-16 units. Decoding `chars()` cost ~10 instructions per byte of every
//! redacted text (6 % of a call on chat traffic); this loop vectorizes.

/// Converts increasing byte offsets of one text into UTF-16 offsets.
pub(crate) struct Utf16Cursor<'a> {
    text: &'a str,
    byte: usize,
    utf16: usize,
}

impl<'a> Utf16Cursor<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Utf16Cursor { text, byte: 0, utf16: 0 }
    }

    /// The UTF-16 offset of byte offset `to`, which must be a char boundary at or after the previous one.
    pub(crate) fn advance_to(&mut self, to: usize) -> usize {
        if to > self.byte {
            if let Some(slice) = self.text.get(self.byte..to) {
                self.utf16 += utf16_len(slice.as_bytes());
            }
            self.byte = to;
        }
        self.utf16
    }
}

/// UTF-16 length of a valid UTF-8 byte string.
fn utf16_len(bytes: &[u8]) -> usize {
    // Most gaps between findings are ASCII, where the answer is the length: `is_ascii` checks a word at
    // a time, and the per-byte count below vectorizes only in its middle (the gaps are ~150 bytes, and
    // its scalar head and tail made it ~2 instructions per byte of chat).
    if bytes.is_ascii() {
        return bytes.len();
    }
    // Byte-wide counters over chunks of 127 bytes (at most 2 per byte, so no overflow) let the loop run
    // 16 bytes per vector instruction; `usize` counters vectorized only 2 wide.
    bytes
        .chunks(127)
        .map(|chunk| {
            let n = chunk.iter().fold(0u8, |n, &b| n + u8::from((b as i8) >= -0x40) + u8::from(b >= 0xF0));
            usize::from(n)
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_like_char_len_utf16() {
        let one = "a\u{e9}\u{4f60}\u{1f389}b \u{10ffff}\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}z";
        // ASCII runs between the others (the ASCII shortcut) and long enough for the vector loop.
        let text = &format!("{one} plain ascii words {one}").repeat(5);
        let mut cursor = Utf16Cursor::new(text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let expected: usize = text[..i].chars().map(char::len_utf16).sum();
            assert_eq!(cursor.advance_to(i), expected, "at byte {i}");
        }
    }
}
