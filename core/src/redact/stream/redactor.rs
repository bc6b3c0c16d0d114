//! The streaming redactor: bytes in, redacted text out, identical to the one-shot result.

use std::sync::Arc;

use super::super::{Finding, Redactor, Vault, context};
use super::cut::{CutDfa, CutState, match_patterns};
use crate::Error;

/// Default bound on the text held back while no safe cut appears (64 KiB).
pub const DEFAULT_MAX_HOLD: usize = 64 * 1024;

/// Smallest accepted `max_hold` (a forced cut must land on a char boundary after the previous cut).
const MIN_HOLD: usize = 64;

/// A redactor compiled for streaming: the [`Redactor`] plus its cut automaton. Build once per policy
/// (like the redactor itself), then open one [`StreamRedactor`] per stream with [`Streaming::stream`].
#[derive(Clone, Debug)]
pub struct Streaming {
    redactor: Arc<Redactor>,
    cuts: Arc<CutDfa>,
    max_hold: usize,
    fail_on_overflow: bool,
}

impl Streaming {
    /// Prepares `redactor` for streaming (compiles the prefix automaton of its rules and deny terms).
    pub fn new(redactor: Arc<Redactor>) -> Result<Streaming, Error> {
        let cuts = CutDfa::new(&match_patterns(&redactor)?)?;
        Ok(Streaming { redactor, cuts: Arc::new(cuts), max_hold: DEFAULT_MAX_HOLD, fail_on_overflow: false })
    }

    /// Sets the hold-back bound in bytes (at least 64): after this many bytes without a safe cut the
    /// stream is cut anyway (see the module docs), or fails if [`Streaming::fail_on_overflow`] is set.
    pub fn max_hold(mut self, bytes: usize) -> Streaming {
        self.max_hold = bytes.max(MIN_HOLD);
        self
    }

    /// Fail with `input_too_large` instead of forcing a cut (fail closed: nothing inexact is emitted).
    pub fn fail_on_overflow(mut self, fail: bool) -> Streaming {
        self.fail_on_overflow = fail;
        self
    }

    /// The redactor this streams with.
    pub fn redactor(&self) -> &Redactor {
        &self.redactor
    }

    /// Opens a stream numbering placeholders through `vault` (pass the conversation's vault; get it
    /// back with [`StreamRedactor::into_vault`]).
    pub fn stream(&self, vault: Vault) -> StreamRedactor {
        StreamRedactor {
            shared: self.clone(),
            vault,
            cut_state: self.cuts.state(),
            buf: Vec::new(),
            buf_start: 0,
            origin: 0,
            emitted: 0,
            emitted_utf16: 0,
            last_cut: 0,
            fed: 0,
            valid_to: 0,
            findings: Vec::new(),
            early: String::new(),
            forced_cuts: 0,
            done: false,
        }
    }

    /// Redacts a whole text through the streaming path in one call (equal to `push` + `finish`).
    pub fn redact_all(&self, text: &str, vault: &mut Vault) -> Result<String, Error> {
        let mut s = self.stream(std::mem::take(vault));
        let mut out = s.push(text.as_bytes())?;
        out.push_str(&s.finish()?);
        *vault = s.into_vault();
        Ok(out)
    }
}

/// One stream being redacted. Feed bytes with [`push`](StreamRedactor::push), end with
/// [`finish`](StreamRedactor::finish); concatenated outputs equal the one-shot redaction.
#[derive(Debug)]
pub struct StreamRedactor {
    shared: Streaming,
    vault: Vault,
    cut_state: CutState,
    /// Bytes from absolute offset `buf_start` to the end of the input so far.
    buf: Vec<u8>,
    buf_start: usize,
    /// The last forced cut (or 0): text before it is never used as context again.
    origin: usize,
    /// Everything before this offset has been emitted.
    emitted: usize,
    emitted_utf16: usize,
    /// The latest cut known (safe or forced), `>= emitted`.
    last_cut: usize,
    /// Bytes before this offset went through the cut automaton.
    fed: usize,
    /// Bytes before this offset are valid UTF-8.
    valid_to: usize,
    findings: Vec<Finding>,
    /// Output produced inside `feed` at a forced cut, returned with the next output.
    early: String,
    forced_cuts: usize,
    done: bool,
}

impl Drop for StreamRedactor {
    fn drop(&mut self) {
        self.shared.cuts.recycle(&mut self.cut_state);
    }
}

fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

impl StreamRedactor {
    /// Feeds the next bytes of the stream (any split, even inside a character) and returns the redacted
    /// text that became final. Invalid UTF-8 fails with `invalid_utf8` naming the absolute byte offset.
    pub fn push(&mut self, bytes: &[u8]) -> Result<String, Error> {
        if self.done {
            return Err(Error::internal("push after finish"));
        }
        self.buf.extend_from_slice(bytes);
        self.validate()?;
        self.feed()?;
        Ok(self.emit(self.last_cut))
    }

    /// [`push`](StreamRedactor::push) numbering through an outside `vault` instead of the stream's own
    /// (several streams of one response sharing the conversation's vault).
    pub fn push_with(&mut self, bytes: &[u8], vault: &mut Vault) -> Result<String, Error> {
        std::mem::swap(&mut self.vault, vault);
        let r = self.push(bytes);
        std::mem::swap(&mut self.vault, vault);
        r
    }

    /// [`finish`](StreamRedactor::finish) with an outside `vault` (see [`StreamRedactor::push_with`]).
    pub fn finish_with(&mut self, vault: &mut Vault) -> Result<String, Error> {
        std::mem::swap(&mut self.vault, vault);
        let r = self.finish();
        std::mem::swap(&mut self.vault, vault);
        r
    }

    /// Convenience for text chunks.
    pub fn push_str(&mut self, text: &str) -> Result<String, Error> {
        self.push(text.as_bytes())
    }

    /// Ends the stream: returns the rest of the redacted text. An unfinished character at the end is an
    /// `invalid_utf8` error (nothing is silently replaced).
    pub fn finish(&mut self) -> Result<String, Error> {
        if self.done {
            return Ok(String::new());
        }
        let end = self.buf_start + self.buf.len();
        if self.valid_to < end {
            self.done = true;
            return Err(Error::invalid_utf8(self.valid_to));
        }
        self.done = true;
        Ok(self.emit(end))
    }

    /// Findings emitted so far and not yet taken, with offsets in the whole stream (bytes and UTF-16).
    pub fn take_findings(&mut self) -> Vec<Finding> {
        std::mem::take(&mut self.findings)
    }

    /// How many times the stream was cut without a safe position (0 means the output is exactly the
    /// one-shot result).
    pub fn forced_cuts(&self) -> usize {
        self.forced_cuts
    }

    /// Bytes received but not yet emitted (the current hold-back).
    pub fn held(&self) -> usize {
        self.buf_start + self.buf.len() - self.emitted
    }

    /// The vault (placeholders handed out so far).
    pub fn vault(&self) -> &Vault {
        &self.vault
    }

    /// Ends the borrow of the vault (after `finish`).
    pub fn into_vault(mut self) -> Vault {
        std::mem::take(&mut self.vault)
    }

    /// Extends `valid_to` over the complete UTF-8 characters received.
    fn validate(&mut self) -> Result<(), Error> {
        let from = self.valid_to - self.buf_start;
        let tail = self.buf.get(from..).unwrap_or_default();
        match std::str::from_utf8(tail) {
            Ok(_) => self.valid_to += tail.len(),
            Err(e) if e.error_len().is_none() => self.valid_to += e.valid_up_to(),
            Err(e) => {
                self.done = true;
                return Err(Error::invalid_utf8(self.valid_to + e.valid_up_to()));
            }
        }
        Ok(())
    }

    /// Runs the cut automaton over the newly validated bytes, recording safe and forced cuts.
    fn feed(&mut self) -> Result<(), Error> {
        let cuts = Arc::clone(&self.shared.cuts);
        let hold = self.shared.max_hold;
        while self.fed < self.valid_to {
            let i = self.fed;
            let byte = self.buf.get(i - self.buf_start).copied().unwrap_or(0);
            let boundary = !(0x80..0xC0).contains(&byte);
            let safe = cuts.feed(&mut self.cut_state, byte);
            self.fed += 1;
            if safe && boundary && i > self.last_cut {
                self.last_cut = i;
            } else if i >= self.last_cut + hold {
                if self.shared.fail_on_overflow {
                    self.done = true;
                    return Err(Error::too_large(i - self.last_cut, hold));
                }
                // Forced cut at the start of the character containing `i`; the text restarts there.
                let mut f = i;
                while f > self.last_cut && !self.is_boundary(f) {
                    f -= 1;
                }
                let text = self.emit(f);
                self.early = text;
                self.forced_cuts += 1;
                self.origin = f;
                self.last_cut = f;
                self.fed = f;
                cuts.reset(&mut self.cut_state);
            }
        }
        Ok(())
    }

    fn is_boundary(&self, at: usize) -> bool {
        self.buf.get(at - self.buf_start).is_none_or(|b| !(0x80..0xC0).contains(b))
    }

    /// Redacts and emits `[emitted, to)`, keeping enough text before `to` as context for the next window.
    fn emit(&mut self, to: usize) -> String {
        let mut out = std::mem::take(&mut self.early);
        if to <= self.emitted {
            return out;
        }
        let before = context::BEFORE;
        let mut ls = self.emitted.saturating_sub(before).max(self.origin).max(self.buf_start);
        while ls > self.origin && ls > self.buf_start && !self.is_boundary(ls) {
            ls -= 1;
        }
        let (a, b) = (ls - self.buf_start, to - self.buf_start);
        let Some(window) = self.buf.get(a..b).and_then(|w| std::str::from_utf8(w).ok()) else {
            return out;
        };
        let from = self.emitted - ls;
        let left_utf16 = window.get(..from).map(utf16_len).unwrap_or(0);
        let base_utf16 = self.emitted_utf16 - left_utf16;
        let redactor = Arc::clone(&self.shared.redactor);
        let w = redactor.redact_window(window, from, window.len(), &mut self.vault);
        out.push_str(&w.text);
        for mut f in w.findings {
            f.start += ls;
            f.end += ls;
            f.start_utf16 += base_utf16;
            f.end_utf16 += base_utf16;
            self.findings.push(f);
        }
        self.emitted_utf16 += window.get(from..).map(utf16_len).unwrap_or(0);
        self.emitted = to;
        // Keep only what the next window may need as context.
        let mut keep = to.saturating_sub(before).max(self.origin).max(self.buf_start);
        while keep > self.buf_start && !self.is_boundary(keep) {
            keep -= 1;
        }
        self.buf.drain(..keep - self.buf_start);
        self.buf_start = keep;
        out
    }
}
