//! Streaming redaction and restore: text arriving chunk by chunk (bytes, so a chunk may end inside a
//! character), output identical to the one-shot call.
//!
//! # Guarantee
//! For every way of splitting a stream into chunks, the concatenated output of
//! [`StreamRedactor::push`] and [`StreamRedactor::finish`] is byte-for-byte the text of
//! [`Redactor::redact_with`](super::Redactor::redact_with) on the whole stream with the same starting
//! vault, the vault ends in the same state (same placeholders, same numbering), and
//! [`StreamRedactor::take_findings`] yields the same findings with the same offsets, as long as no
//! *forced cut* happens ([`StreamRedactor::forced_cuts`] stays 0; see "Bound" below).
//!
//! # How
//! Output is emitted only up to a *safe cut*: a position `c` such that no non-empty suffix of the text
//! before `c` is a prefix of anything a rule or deny term could match (checked by one lazy DFA over the
//! prefix language of every pattern of the policy, in `cut`). Then no match of the one-shot scan
//! crosses `c`, whatever follows. Each emitted segment is scanned together with at least
//! `context::BEFORE` bytes of the text before it (context and veto words look that far back), and only
//! the findings that start inside the segment are replaced, through the same hits, operators and vault
//! calls as `redact_with`. In ordinary prose a safe cut follows almost every space; values, cue
//! phrases ("my name is …") and partial tokens hold output back until they are complete or ruled out.
//!
//! # Bound
//! The hold-back is at most `max_hold` bytes (default [`DEFAULT_MAX_HOLD`], 64 KiB) past the last safe
//! cut, plus up to 3 bytes of an unfinished character. Text with no safe cut for that long (an armoured
//! private key that never ends, a megabyte of base64) gets a *forced cut*: the part before it is
//! redacted as if the stream ended there and the rest as a new text. Forced cuts are placed by the text
//! alone (`max_hold` bytes after the previous cut), so the output is still the same for every chunking,
//! but it may differ from the one-shot result and a value crossing the cut can be missed: callers that
//! must fail closed set [`Streaming::fail_on_overflow`] and get `input_too_large` instead.
//!
//! # Restore
//! [`StreamRestorer`] puts placeholders back in model output; its outputs concatenate to
//! [`Vault::restore`](super::Vault::restore) of the whole stream for every chunking (see its docs).

mod cut;
mod redactor;
mod restore;
mod window;

pub use redactor::{DEFAULT_MAX_HOLD, StreamRedactor, Streaming};
pub use restore::StreamRestorer;
