//! Byte offsets to UTF-16 offsets, in one forward walk.
//!
//! JavaScript indexes strings in UTF-16 code units; the findings carry both so a browser can highlight a
//! value without re-deriving positions. Findings are sorted, so one cursor converts them all in O(n).

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
                self.utf16 += slice.chars().map(char::len_utf16).sum::<usize>();
            }
            self.byte = to;
        }
        self.utf16
    }
}
