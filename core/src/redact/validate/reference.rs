//! The validators and the context check as they were before the allocation-free rewrites (2026-11-27),
//! kept only to prove the rewrites exact: every test here runs old and new on the same inputs, many of
//! them random strings over the characters the candidates are made of.

use std::ops::Range;

use super::checksum::{all_same, luhn, mod97};
use super::phone::PLANS;

mod phone_old {
    use super::*;
    /// Digit groups: (all digits so far, byte end of the group).
    fn phone_groups(s: &str) -> Vec<(String, usize)> {
        let mut out: Vec<(String, usize)> = Vec::new();
        let mut acc = String::new();
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            // A "(0)" trunk marker after the country code is dropped: +44 (0)20 …
            if b[i..].starts_with(b"(0)") && !out.is_empty() {
                i += 3;
                continue;
            }
            if b[i].is_ascii_digit() {
                acc.push(char::from(b[i]));
                if i + 1 == b.len() || !b[i + 1].is_ascii_digit() {
                    out.push((acc.clone(), i + 1));
                }
            }
            i += 1;
        }
        out
    }

    /// International notation (`+CC …` or `00CC …`): a known calling code and a national number of a valid
    /// length; returns the longest valid prefix of whole groups.
    pub(super) fn international(s: &str) -> Option<Range<usize>> {
        let gs = phone_groups(s);
        let skip00 = usize::from(s.starts_with("00")) * 2;
        // Compact E.164 (`+14037650019`, as phones and CRMs export) is one group; `00…` needs separators.
        let compact = s.starts_with('+') && gs.len() == 1;
        for (i, (digits, end)) in gs.iter().enumerate().rev() {
            if i == 0 && !compact {
                break;
            }
            let digits = digits.get(skip00..).unwrap_or_default();
            let ok = PLANS.iter().any(|(cc, min, max)| {
                digits.strip_prefix(cc).is_some_and(|nsn| {
                    let n = nsn.len();
                    let nanp = *cc != "1" || nanp_ok(nsn.as_bytes());
                    // Italy keeps the trunk 0 of landlines after the calling code (+39 06 …, +39 081 …).
                    n >= usize::from(*min)
                        && n <= usize::from(*max)
                        && nanp
                        && (!nsn.starts_with('0') || *cc == "39")
                })
            });
            if ok {
                return Some(0..*end);
            }
        }
        None
    }

    fn nanp_ok(d: &[u8]) -> bool {
        d.len() == 10 && (b'2'..=b'9').contains(&d[0]) && (b'2'..=b'9').contains(&d[3])
    }

    /// National notation: NANP `(415) 555-2671` / `415-555-2671`, or a trunk-prefixed `0…` number of 9–12
    /// digits with separators (`020 7946 0958`, `06 12 34 56 78`). Needs a separator: bare runs never match.
    /// The whole candidate must be the number: the head of a longer grouped run (an IBAN's BBAN, a 16-digit
    /// reference, `031-6040592-7457294`) is not a phone.
    pub(super) fn national(s: &str) -> Option<Range<usize>> {
        let gs = phone_groups(s);
        if let Some(last) = gs.len().checked_sub(1) {
            let (digits, end) = &gs[last];
            if last == 0 {
                return None;
            }
            let i = last;
            let d = digits.as_bytes();
            let lens: Vec<usize> = gs[..=i]
                .iter()
                .scan(0, |prev, (g, _)| {
                    let l = g.len() - *prev;
                    *prev = g.len();
                    Some(l)
                })
                .collect();
            let trunk = d[0] == b'0'
                && d.get(1).is_some_and(|&x| x != b'0')
                && (9..=12).contains(&d.len())
                && lens.iter().all(|&l| l >= 2);
            // A two-digit area code in parentheses, then a grouped subscriber number (`(21) 5697-4679`,
            // `(81) 92934-1929`, `(22) 276 90 99`): Brazil and Poland write landlines and mobiles this way.
            let sub = &lens[1..];
            let yearish = gs[1..].iter().zip(sub).all(|((g, _), &l)| {
                l == 4 && g.get(g.len() - 4..).is_some_and(|x| x.starts_with("19") || x.starts_with("20"))
            });
            let area = s.starts_with('(')
                && lens.first() == Some(&2)
                && d[0] != b'0'
                && d[1] != b'0'
                && (9..=11).contains(&d.len())
                && sub.iter().all(|&l| l >= 2)
                && !yearish;
            if (nanp_ok(d) && lens == [3, 3, 4]) || trunk || area {
                return Some(0..*end);
            }
        }
        None
    }

    /// National digits next to a phone cue word (the recognizer requires the cue): NANP, a trunk-prefixed
    /// `0…` number of 9–12 digits, or a subscriber number without trunk prefix of 8–11 digits as Spain,
    /// Poland, Singapore, India, Brazil and Italian mobiles write them (`612 34 56 78`, `9183 2451`,
    /// `(21) 2754-9183`, `85792 86833`). Groups of at least two digits, no date shape.
    pub(super) fn with_cue(s: &str) -> Option<Range<usize>> {
        let gs = phone_groups(s);
        let d: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).collect();
        let mut prev = 0;
        let lens: Vec<usize> = gs
            .iter()
            .map(|(g, _)| {
                let l = g.len() - prev;
                prev = g.len();
                l
            })
            .collect();
        if lens.iter().any(|&l| l < 2) || looks_like_date(&lens, s) || d.windows(2).all(|w| w[0] == w[1]) {
            return None;
        }
        let trunk =
            d.first() == Some(&b'0') && d.get(1).is_some_and(|&x| x != b'0') && (9..=12).contains(&d.len());
        // A slash separates the area code of a trunk-prefixed number (`0160/2687047`); between two bare
        // digit runs it is a fraction or a ratio (`5720/22750`).
        let subscriber =
            d.first().is_some_and(|&x| x >= b'2') && (8..=11).contains(&d.len()) && !s.contains('/');
        (nanp_ok(&d) || trunk || subscriber).then_some(0..s.len())
    }

    /// `2024-05-01`, `01.02.2024`, `2024/05/01`: three groups shaped like a calendar date.
    fn looks_like_date(lens: &[usize], s: &str) -> bool {
        let seps: Vec<u8> = s.bytes().filter(|b| !b.is_ascii_digit() && *b != b' ').collect();
        matches!(lens, [4, 2, 2] | [2, 2, 4] | [1 | 2, 1 | 2, 4]) && !seps.is_empty()
    }
}

mod financial_old {
    use super::super::financial::{IBAN_LENGTHS, issuer_ok};
    use super::*;
    /// Digit groups of a candidate: (digits so far, byte end of the group, separator before it).
    fn card_groups(s: &str) -> Vec<(Vec<u8>, usize, Option<u8>)> {
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut acc = Vec::new();
        let mut sep = None;
        for (i, &c) in b.iter().enumerate() {
            if c.is_ascii_digit() {
                acc.push(c - b'0');
                if b.get(i + 1).is_none_or(|n| !n.is_ascii_digit()) {
                    out.push((acc.clone(), i + 1, sep.take()));
                }
            } else {
                sep = Some(c);
            }
        }
        out
    }

    /// Payment card: the longest prefix of whole groups that has a card length, issuer range and Luhn.
    /// A grouped number opens with a group of four digits, as every issuer prints it (4-4-4-4, Amex
    /// 4-6-5, Diners 4-6-4, 19 digits 4-4-4-4-3); `520-6845188-2684694` is an order number even when it
    /// happens to pass Luhn (one time in ten).
    pub(super) fn payment_card(s: &str) -> Option<Range<usize>> {
        let gs = card_groups(s);
        let first_sep = gs.get(1).and_then(|g| g.2);
        let first_len = gs.first().map_or(0, |g| g.0.len());
        for (i, (d, end, _)) in gs.iter().enumerate().rev() {
            let consistent = gs[1..=i].iter().all(|g| g.2 == first_sep) && (i == 0 || first_len == 4);
            if consistent && (12..=19).contains(&d.len()) && !all_same(d) && issuer_ok(d) && luhn(d) {
                return Some(0..*end);
            }
        }
        None
    }

    fn iban_length(cc: &[u8]) -> Option<usize> {
        IBAN_LENGTHS
            .as_bytes()
            .chunks(4)
            .find(|c| &c[..2] == cc)
            .and_then(|c| std::str::from_utf8(&c[2..]).ok().and_then(|n| n.parse().ok()))
    }

    /// IBAN: the country's exact length (spaces ignored) and ISO 7064 mod 97 = 1.
    pub(super) fn iban(s: &str) -> Option<Range<usize>> {
        let b = s.as_bytes();
        let want = iban_length(b.get(..2)?)?;
        let mut chars = Vec::with_capacity(want);
        let mut end = 0;
        for (i, &c) in b.iter().enumerate() {
            if c == b' ' {
                continue;
            }
            chars.push(c);
            if chars.len() == want {
                end = i + 1;
                break;
            }
        }
        if chars.len() != want || b.get(end).is_some_and(|&c| c != b' ') {
            return None;
        }
        let rearranged = chars[4..].iter().chain(&chars[..4]).copied();
        (mod97(rearranged) == 1).then_some(0..end)
    }
}

mod text_old {
    pub(super) fn email(candidate: &str) -> bool {
        let Some((local, domain)) = candidate.rsplit_once('@') else { return false };
        let labels_ok = domain.split('.').all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'));
        let tld = domain.rsplit('.').next().unwrap_or_default();
        let tld_ok = tld.starts_with("xn--") || (tld.len() >= 2 && tld.chars().all(char::is_alphabetic));
        !local.contains("..") && !local.starts_with('.') && !local.ends_with('.') && labels_ok && tld_ok
    }
}

mod context_old {
    // The word test itself did not change: the old scan uses the current one.
    use crate::redact::context::{AFTER, BEFORE, word_at, word_char};
    /// True if one of `words` (lower case) occurs as a whole word in `text[start-BEFORE .. end+AFTER]`.
    pub(super) fn near(text: &str, start: usize, end: usize, words: &[impl AsRef<str>]) -> bool {
        let bytes = text.as_bytes();
        let lo = start.saturating_sub(BEFORE).min(bytes.len());
        let hi = (end + AFTER).min(bytes.len()).max(lo);
        // Compared in place, ASCII-case-insensitively (`words` are lower case): no copy of the window.
        // Positions outside, words inside: a word that starts with a letter or digit can only match at a
        // word start, so with such words alone the other positions are skipped without looking at a word
        // (veto lists are long, and this ran every word over every position).
        let window = &bytes[lo..hi];
        let symbol_first =
            words.iter().any(|w| w.as_ref().as_bytes().first().is_some_and(|&b| !word_char(b)));
        (0..window.len()).any(|i| {
            let at_start = i == 0 || !word_char(window[i - 1]);
            (at_start || symbol_first)
                && words.iter().any(|w| word_at(window, i, w.as_ref().as_bytes(), at_start))
        })
    }
}

/// A deterministic xorshift stream (no dependency, same inputs on every run).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn string(&mut self, alphabet: &[u8], max: usize) -> String {
        let len = (self.next() % (max as u64 + 1)) as usize;
        (0..len).map(|_| char::from(alphabet[(self.next() % alphabet.len() as u64) as usize])).collect()
    }
}

/// Phone- and card-shaped strings: digits (more of them), the separators the patterns allow, and a few
/// others, up to 40 bytes (past the 24 digits the phone checks keep).
const SHAPES: &[u8] = b"0000111222333444555666777888999012345678901234567890  --..()+/x";

#[test]
fn phone_validators_unchanged() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let fixed = [
        "+44 20 7946 0958",
        "+44 (0)20 7946 0958",
        "+1 415 555 2671 2024",
        "(415) 555-2671",
        "06 12 34 56 78",
        "(21) 5697-4679",
        "(12) 2024 2025",
        "+14037650019",
        "0049 30 12345678",
        "0160/2687047",
        "5720/22750",
        "2024-05-01",
        "",
        "(0)",
        "1(0)2",
    ];
    let random = (0..200_000).map(|_| rng.string(SHAPES, 40));
    for s in fixed.iter().map(|s| s.to_string()).chain(random) {
        assert_eq!(super::phone::international(&s), phone_old::international(&s), "international {s:?}");
        assert_eq!(super::phone::national(&s), phone_old::national(&s), "national {s:?}");
        assert_eq!(super::phone::with_cue(&s), phone_old::with_cue(&s), "with_cue {s:?}");
    }
}

#[test]
fn card_and_iban_unchanged() {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03);
    let cards = ["4111 1111 1111 1111", "4111 1111 1111 1111 2024", "378282246310005", "5555-5555-5555-4444"];
    // Valid cards with random tails and separators, and random digit strings: Luhn passes one time in
    // ten, so the accepting branch is exercised too.
    let random = (0..200_000).map(|i| {
        let tail = rng.string(b"0123456789 -.", 12);
        match i % 3 {
            0 => format!("{}{tail}", cards[i % cards.len()]),
            1 => rng.string(b"0123456789012345678901234567890123456789 -", 30),
            _ => rng.string(SHAPES, 30),
        }
    });
    for s in cards.iter().map(|s| s.to_string()).chain(random) {
        assert_eq!(super::financial::payment_card(&s), financial_old::payment_card(&s), "card {s:?}");
    }
    let ibans = ["DE89 3704 0044 0532 0130 00", "GB82 WEST 1234 5698 7654 32", "NO93 8601 1117 947", "X"];
    let mut rng = Rng(0x2545_F491_4F6C_DD1D);
    let random = (0..100_000).map(|i| {
        let head = ibans[i % ibans.len()];
        let cut = (rng.next() % (head.len() as u64 + 1)) as usize;
        format!("{}{}", &head[..cut], rng.string(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ  ", 30))
    });
    for s in ibans.iter().map(|s| s.to_string()).chain(random) {
        assert_eq!(super::financial::iban(&s), financial_old::iban(&s), "iban {s:?}");
    }
}

#[test]
fn context_near_unchanged() {
    let mut rng = Rng(0x1234_5678_9ABC_DEF1);
    let lists: [&[&str]; 4] = [
        &["phone", "tel", "date of birth", "sin"],
        &["iban", "account", "konto", "order", "invoice", "ticket", "isbn", "tracking"],
        &["#", "+1", "-x", "no.", "a"],
        &["", "é", "ñame"],
    ];
    let alphabet = "abcdefghinoprstlkuvABCDEFGHINOPSTé#+-. :1234567890\n".as_bytes();
    for i in 0..100_000 {
        let text = rng.string(alphabet, 90);
        let text = String::from_utf8_lossy(text.as_bytes()).into_owned();
        let len = text.len();
        let start = (rng.next() % (len as u64 + 1)) as usize;
        let end = start + (rng.next() % ((len - start) as u64 + 1)) as usize;
        let words = lists[i % lists.len()];
        assert_eq!(
            crate::redact::context::near(&text, start, end, words),
            context_old::near(&text, start, end, words),
            "{text:?} {start}..{end} {words:?}"
        );
    }
}

#[test]
fn email_unchanged() {
    let mut rng = Rng(0x0BAD_5EED_1234_9876);
    let alphabet = "ab.@-x1n".as_bytes();
    for _ in 0..100_000 {
        let s = rng.string(alphabet, 24);
        assert_eq!(super::text::email(&s), text_old::email(&s), "{s:?}");
    }
}
