//! Streaming restore: placeholders split across chunks are still put back.
//!
//! The design of voidllm's `StreamRestorer`: hold back only the longest suffix of the received text that
//! is a proper prefix of a *known, restorable* placeholder (a binary search over the sorted
//! placeholders), and run [`Vault::restore`] on everything before it. A placeholder contains a `[` only
//! at its start, so no placeholder can straddle the point where the held suffix begins: the outputs
//! concatenate to `vault.restore(whole_text)` for every chunking. The hold-back is at most the longest
//! placeholder minus one byte (plus up to 3 bytes of an unfinished UTF-8 character).
//!
//! At the end of the stream a dangling partial placeholder (`[EMAIL_` and then nothing) is emitted as it
//! is: it is not a placeholder, and the model really produced those bytes. (voidllm fails closed
//! instead; here nothing secret can be in a partial placeholder, since secrets are never restorable.)

use super::super::Vault;
use crate::Error;

/// Restores placeholders in a stream of model output.
#[derive(Debug)]
pub struct StreamRestorer {
    vault: Vault,
    /// Restorable placeholders, sorted (for the prefix search).
    sorted: Vec<String>,
    longest: usize,
    /// Received bytes not yet emitted.
    pending: Vec<u8>,
    /// Absolute offset of `pending[0]` (for error offsets).
    offset: usize,
    done: bool,
}

impl StreamRestorer {
    /// A restorer for the placeholders of `vault` (a snapshot: placeholders added later are unknown).
    pub fn new(vault: &Vault) -> StreamRestorer {
        let mut sorted: Vec<String> =
            vault.entries().iter().filter(|e| e.value.is_some()).map(|e| e.placeholder.clone()).collect();
        sorted.sort();
        sorted.dedup();
        let longest = sorted.iter().map(String::len).max().unwrap_or(0);
        StreamRestorer { vault: vault.clone(), sorted, longest, pending: Vec::new(), offset: 0, done: false }
    }

    /// Feeds the next bytes and returns the restored text that became final.
    pub fn push(&mut self, bytes: &[u8]) -> Result<String, Error> {
        if self.done {
            return Err(Error::internal("push after finish"));
        }
        self.pending.extend_from_slice(bytes);
        let valid = match std::str::from_utf8(&self.pending) {
            Ok(s) => s.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            Err(e) => {
                self.done = true;
                return Err(Error::invalid_utf8(self.offset + e.valid_up_to()));
            }
        };
        let text = std::str::from_utf8(self.pending.get(..valid).unwrap_or_default()).unwrap_or_default();
        let cut = self.hold_from(text);
        let out = self.vault.restore(text.get(..cut).unwrap_or_default());
        self.pending.drain(..cut);
        self.offset += cut;
        Ok(out)
    }

    /// Convenience for text chunks.
    pub fn push_str(&mut self, text: &str) -> Result<String, Error> {
        self.push(text.as_bytes())
    }

    /// Ends the stream: restores and returns what was held. An unfinished UTF-8 character is an error.
    pub fn finish(&mut self) -> Result<String, Error> {
        if self.done {
            return Ok(String::new());
        }
        self.done = true;
        let pending = std::mem::take(&mut self.pending);
        match std::str::from_utf8(&pending) {
            Ok(text) => Ok(self.vault.restore(text)),
            Err(e) => Err(Error::invalid_utf8(self.offset + e.valid_up_to())),
        }
    }

    /// Bytes currently held back.
    pub fn held(&self) -> usize {
        self.pending.len()
    }

    /// Start of the longest suffix of `text` that is a proper prefix of a known placeholder
    /// (`text.len()` if none).
    fn hold_from(&self, text: &str) -> usize {
        let window = self.longest.saturating_sub(1);
        let lo = text.len().saturating_sub(window);
        let bytes = text.as_bytes();
        for p in lo..text.len() {
            if bytes.get(p) != Some(&b'[') {
                continue;
            }
            let suffix = text.get(p..).unwrap_or_default();
            if self.is_proper_prefix(suffix) {
                return p;
            }
        }
        text.len()
    }

    fn is_proper_prefix(&self, s: &str) -> bool {
        let i = self.sorted.partition_point(|p| p.as_str() < s);
        // The placeholders starting with `s` are contiguous from `i` on (`s` itself may come first).
        self.sorted.iter().skip(i).take(2).any(|p| p.len() > s.len() && p.starts_with(s))
    }
}
