//! Phone numbers judged by calling code and national number length (ITU-T E.164 national plans), never
//! by "some digits": a bare digit run is a phone only with a phone-like shape or a nearby cue word.

use std::ops::Range;

/// Calling code and the allowed lengths (min, max) of the national significant number.
const PLANS: &[(&str, u8, u8)] = &[
    ("1", 10, 10),   // NANP: US, CA, …
    ("7", 10, 10),   // RU, KZ
    ("20", 9, 10),   // EG
    ("27", 9, 9),    // ZA
    ("30", 10, 10),  // GR
    ("31", 9, 9),    // NL
    ("32", 8, 9),    // BE
    ("33", 9, 9),    // FR
    ("34", 9, 9),    // ES
    ("36", 8, 9),    // HU
    ("39", 6, 11),   // IT
    ("40", 9, 9),    // RO
    ("41", 9, 9),    // CH
    ("43", 7, 13),   // AT
    ("44", 9, 10),   // GB
    ("45", 8, 8),    // DK
    ("46", 7, 10),   // SE
    ("47", 8, 8),    // NO
    ("48", 9, 9),    // PL
    ("49", 7, 12),   // DE
    ("52", 10, 10),  // MX
    ("54", 10, 11),  // AR
    ("55", 10, 11),  // BR
    ("61", 9, 9),    // AU
    ("62", 9, 12),   // ID
    ("63", 10, 10),  // PH
    ("64", 8, 10),   // NZ
    ("65", 8, 8),    // SG
    ("81", 9, 10),   // JP
    ("82", 9, 10),   // KR
    ("86", 11, 11),  // CN
    ("90", 10, 10),  // TR
    ("91", 10, 10),  // IN
    ("234", 10, 10), // NG
    ("254", 9, 9),   // KE
    ("351", 9, 9),   // PT
    ("353", 7, 9),   // IE
    ("358", 6, 10),  // FI
    ("420", 9, 9),   // CZ
    ("852", 8, 8),   // HK
    ("966", 9, 9),   // SA
    ("971", 8, 9),   // AE
    ("972", 8, 9),   // IL
];

/// Digit groups: (all digits so far, byte end of the group).
fn groups(s: &str) -> Vec<(String, usize)> {
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
pub(crate) fn international(s: &str) -> Option<Range<usize>> {
    let gs = groups(s);
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
pub(crate) fn national(s: &str) -> Option<Range<usize>> {
    let gs = groups(s);
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
pub(crate) fn with_cue(s: &str) -> Option<Range<usize>> {
    let gs = groups(s);
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
    let subscriber = d.first().is_some_and(|&x| x >= b'2') && (8..=11).contains(&d.len()) && !s.contains('/');
    (nanp_ok(&d) || trunk || subscriber).then_some(0..s.len())
}

/// Digits in the field next to an e-mail address in a record (a signature line, a CSV row, a table
/// row): what [`with_cue`] accepts, but a compact run of digits only as a trunk-prefixed or NANP
/// number, since a record's other compact numbers next to an address are IDs (`48213,jane@…`); and
/// not a year-prefixed reference (`2025-728469`).
pub(crate) fn beside_email(s: &str) -> Option<Range<usize>> {
    let range = with_cue(s)?;
    let year_ref = s.get(..5).is_some_and(|head| {
        head.ends_with(['-', '/']) && head[..4].parse::<u16>().is_ok_and(|y| (1900..=2099).contains(&y))
    });
    if year_ref {
        return None;
    }
    let d: Vec<u8> = s.bytes().filter(u8::is_ascii_digit).collect();
    let grouped = s.bytes().any(|b| !b.is_ascii_digit());
    (grouped || d.first() == Some(&b'0') || (d.len() == 10 && nanp_ok(&d))).then_some(range)
}

/// `2024-05-01`, `01.02.2024`, `2024/05/01`: three groups shaped like a calendar date.
fn looks_like_date(lens: &[usize], s: &str) -> bool {
    let seps: Vec<u8> = s.bytes().filter(|b| !b.is_ascii_digit() && *b != b' ').collect();
    matches!(lens, [4, 2, 2] | [2, 2, 4] | [1 | 2, 1 | 2, 4]) && !seps.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert_eq!(international("+44 20 7946 0958"), Some(0..16));
        assert_eq!(international("+44 (0)20 7946 0958"), Some(0..19));
        assert_eq!(international("+1 415 555 2671 2024"), Some(0..15));
        assert_eq!(international("+44 12"), None);
        assert_eq!(national("(415) 555-2671"), Some(0..14));
        assert_eq!(national("06 12 34 56 78"), Some(0..14));
        assert_eq!(national("2024-05-01"), None);
        assert_eq!(national("(21) 5697-4679"), Some(0..14));
        assert_eq!(national("(81) 92934-1929"), Some(0..15));
        assert_eq!(national("(22) 276 90 99"), Some(0..14));
        assert_eq!(national("040 / 468 19 58"), Some(0..15));
        assert_eq!(national("(12) 2024 2025"), None);
        assert_eq!(international("+14037650019"), Some(0..12));
        assert_eq!(international("+34664266615"), Some(0..12));
        assert_eq!(international("+999123456789"), None);
        assert_eq!(international("+39 081 7002 711"), Some(0..16));
        assert_eq!(international("+44 020 7946 0958"), None);
        assert_eq!(with_cue("640 261 311"), Some(0..11));
        assert_eq!(with_cue("(21) 2754-9183"), Some(0..14));
        assert_eq!(with_cue("2024-05-01"), None);
        assert_eq!(with_cue("12 3 45"), None);
        assert_eq!(with_cue("5720/22750"), None);
        assert_eq!(with_cue("0160/2687047"), Some(0..12));
    }
}
