//! What a keyword hit means for one rule: the window of match starts it opens, and the checks a trigger
//! adds before it opens one.
//!
//! Most keyword hits of chat text are one-byte triggers (`.`, `-`, `:`, `\n`, `@`) that are the rule's in
//! almost no occurrence. Each opened window costs a trim, a candidate and usually an anchored walk, so a
//! trigger may ask a byte or two more first ([`Trigger::confirm`], [`Trigger::behind`], [`Trigger::last`]):
//! conditions every match of the rule meets, so a skipped occurrence is one where the rule cannot match.

use crate::redact::recognizers::Trigger;

/// A rule's trigger as the keyword pass applies it at each hit.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Action {
    pub rule: usize,
    pub lo: isize,
    pub hi: isize,
    capital: bool,
    /// A context cue: seen as a whole word, or only where `near()`'s window edge cuts the word.
    cue: bool,
    /// See [`Trigger::confirm`].
    confirm: Option<(isize, &'static [u8])>,
    /// See [`Trigger::behind`].
    behind: Option<(&'static [u8], &'static [u8])>,
    /// See [`Trigger::last`].
    last: Option<u8>,
}

impl Action {
    /// The action of trigger `t` of rule `rule`.
    pub(crate) fn of(rule: usize, t: &Trigger) -> Action {
        let Trigger { lo, hi, capital, confirm, behind, last, .. } = *t;
        Action { rule, lo, hi, capital, cue: false, confirm, behind, last }
    }

    /// Matches of `rule` may start `lo..=hi` bytes from the hit (a literal prefix: `0, 0`; a context cue
    /// when `cue`).
    pub(crate) fn plain(rule: usize, lo: isize, hi: isize, cue: bool) -> Action {
        Action { rule, lo, hi, capital: false, cue, confirm: None, behind: None, last: None }
    }

    /// The offsets from the hit at `t` between which the rule's matches may start, or `None` when this
    /// occurrence cannot be the rule's.
    #[inline(always)]
    pub(crate) fn window(&self, bytes: &[u8], t: usize) -> Option<(isize, isize)> {
        if self.capital
            && !(bytes[t].is_ascii_uppercase() && (t == 0 || !bytes[t - 1].is_ascii_alphanumeric()))
        {
            return None;
        }
        if let Some((offset, set)) = self.confirm
            && !bytes.get((t as isize + offset) as usize).is_some_and(|b| set.contains(b))
        {
            return None;
        }
        if let Some(behind) = self.behind
            && !follows(bytes, t, behind)
        {
            return None;
        }
        let (mut lo, mut hi) = (self.lo, self.hi);
        if let Some(byte) = self.last {
            let at = last_before(bytes, t, lo, byte)?;
            (lo, hi) = (at, at.min(hi));
        }
        if self.cue && t > 0 && bytes[t - 1].is_ascii_alphanumeric() && bytes[t].is_ascii_alphanumeric() {
            // Inside a longer word: near() sees it only when its window starts right here.
            lo = hi;
        }
        Some((lo, hi))
    }
}

/// True if, walking back from `t` over e-mail local-part bytes and then over bytes of `skip`, the next byte
/// is one of `then` (see [`Trigger::behind`]). Out of line: it runs at `@` only, and the keyword-hit
/// closure it sits in is the scan's hottest code.
#[inline(never)]
fn follows(bytes: &[u8], t: usize, (skip, then): (&[u8], &[u8])) -> bool {
    let local = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-');
    let before = bytes.get(..t).unwrap_or_default();
    let rest = before.len() - before.iter().rev().take_while(|b| local(b)).count();
    let rest = rest - before[..rest].iter().rev().take_while(|b| skip.contains(b)).count();
    rest.checked_sub(1).and_then(|i| before.get(i)).is_some_and(|b| then.contains(b))
}

/// The offset from `t` of the last `byte` before `t`, if it is at offset `lo` or later (see
/// [`Trigger::last`]). Out of line, like [`follows`].
#[inline(never)]
fn last_before(bytes: &[u8], t: usize, lo: isize, byte: u8) -> Option<isize> {
    let from = (t as isize).saturating_add(lo).max(0) as usize;
    let at = from + bytes.get(from..t)?.iter().rposition(|&b| b == byte)?;
    Some(at as isize - t as isize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn behind_and_last_read_the_bytes_before_the_hit() {
        let text = b"Jane <jane.doe@x.org>, a,\" bo@y.io; plain ann@z.io";
        let at = |n: usize| text.iter().enumerate().filter(|(_, b)| **b == b'@').nth(n).unwrap().0;
        assert!(follows(text, at(0), (b"", b"<(:")));
        assert!(follows(text, at(1), (b"\" ", b"|,;\t")));
        assert!(!follows(text, at(2), (b"\" ", b"|,;\t")) && !follows(text, at(2), (b"", b"<(:")));
        let chat = b"intro\nJane Doe: hi\nuser: x";
        let colon = |n: usize| chat.iter().enumerate().filter(|(_, b)| **b == b':').nth(n).unwrap().0;
        assert_eq!(last_before(chat, colon(0), -100, b'\n'), Some(5 - colon(0) as isize));
        assert_eq!(last_before(chat, colon(1), -100, b'\n'), Some(18 - colon(1) as isize));
        assert_eq!(last_before(chat, colon(1), -3, b'\n'), None, "the newline is before the window");
        assert_eq!(last_before(b"no newline: x", 10, -100, b'\n'), None);
    }
}
