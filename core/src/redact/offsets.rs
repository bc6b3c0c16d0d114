//! Byte offsets to UTF-16 offsets, in one forward walk.
//!
//! JavaScript indexes strings in UTF-16 code units; the findings carry both so a browser can highlight a
//! value without re-deriving positions. Findings are sorted, so one cursor converts them all in O(n).
//!
//! The count is taken from the bytes, not by decoding characters: in valid UTF-8 every character has
//! exactly one byte that is not a continuation byte (`10xxxxxx`), and only the four-byte ones (lead byte
//! `>= 0xF0`) need two UTF-16 units. Decoding `chars()` cost ~10 instructions per byte of every
//! redacted text (6 % of a call on chat traffic); this loop vectorizes. Within ASCII stretches, found
//! 32 bytes at a time, the cursor does not count at all: per-gap counting cost ~2 instructions per
//! byte of chat, as the gaps between findings are short (~150 bytes) and the vector loop has a scalar
//! head and tail.

/// Converts increasing byte offsets of one text into UTF-16 offsets.
pub(crate) struct Utf16Cursor<'a> {
    text: &'a str,
    byte: usize,
    utf16: usize,
    /// Every byte in `byte..ascii_to` is ASCII (one UTF-16 unit each): advancing within it is a subtraction.
    ascii_to: usize,
}

impl<'a> Utf16Cursor<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        Utf16Cursor { text, byte: 0, utf16: 0, ascii_to: next_non_ascii(text.as_bytes(), 0) }
    }

    /// The UTF-16 offset of byte offset `to`, which must be a char boundary at or after the previous one.
    pub(crate) fn advance_to(&mut self, to: usize) -> usize {
        if to > self.byte {
            if to <= self.ascii_to {
                self.utf16 += to - self.byte;
            } else {
                if let Some(slice) = self.text.get(self.byte..to) {
                    self.utf16 += utf16_len(slice.as_bytes());
                }
                self.ascii_to = next_non_ascii(self.text.as_bytes(), to);
            }
            self.byte = to;
        }
        self.utf16
    }
}

/// The position of the first non-ASCII byte at or after `from` (`bytes.len()` if none): 32 bytes per
/// test (four words OR-ed), then the word and the byte. Each stretch of ASCII is searched once per
/// text, however many findings it holds.
fn next_non_ascii(bytes: &[u8], from: usize) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let word = |w: &[u8; 8]| u64::from_le_bytes(*w) & HIGH;
    let Some(rest) = bytes.get(from..) else { return bytes.len() };
    let (blocks, _) = rest.as_chunks::<32>();
    let clean = blocks
        .iter()
        .position(|b| {
            let (w, _) = b.as_chunks::<8>();
            w.iter().fold(0, |acc, w| acc | word(w)) != 0
        })
        .unwrap_or(blocks.len());
    let start = clean * 32;
    let (words, tail) = rest.get(start..).unwrap_or_default().as_chunks::<8>();
    if let Some((i, high)) = words.iter().map(word).enumerate().find(|&(_, high)| high != 0) {
        return from + start + i * 8 + (high.trailing_zeros() / 8) as usize;
    }
    let base = from + start + words.len() * 8;
    tail.iter().position(|b| !b.is_ascii()).map_or(bytes.len(), |p| base + p)
}

/// UTF-16 length of a valid UTF-8 byte string.
fn utf16_len(bytes: &[u8]) -> usize {
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
        // ASCII runs between the others (the cursor's ASCII stretches) and long enough for the vector loop.
        let ascii = "plain ascii words, more than two 32-byte blocks of them in one run";
        let text = &format!("{one} {ascii} {one}{ascii}").repeat(5);
        let mut cursor = Utf16Cursor::new(text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let expected: usize = text[..i].chars().map(char::len_utf16).sum();
            assert_eq!(cursor.advance_to(i), expected, "at byte {i}");
        }
    }
}
