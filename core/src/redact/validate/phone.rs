//! Phone numbers judged by calling code and national number length (ITU-T E.164 national plans), never
//! by "some digits": a bare digit run is a phone only with a phone-like shape or a nearby cue word.

use std::ops::Range;

/// Calling code and the allowed lengths (min, max) of the national significant number.
pub(super) const PLANS: &[(&str, u8, u8)] = &[
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

/// Digits kept per candidate: no plan or shape accepts more (`00`, a calling code and 13 digits is 18).
const KEEP: usize = 24;

/// The digit groups of a candidate, read once without allocating (this ran ~600 instructions per
/// candidate when it built a `String` per group): yields (digits so far, byte end of the group), and
/// keeps the first [`KEEP`] digits for the checks.
struct Groups<'a> {
    b: &'a [u8],
    i: usize,
    seen: bool,
    count: usize,
    digits: [u8; KEEP],
}

impl<'a> Groups<'a> {
    fn new(s: &'a str) -> Groups<'a> {
        Groups { b: s.as_bytes(), i: 0, seen: false, count: 0, digits: [0; KEEP] }
    }

    /// The first `n` digits (ASCII), or `None` past the kept ones.
    fn prefix(&self, n: usize) -> Option<&[u8]> {
        self.digits.get(..n)
    }
}

impl Iterator for Groups<'_> {
    type Item = (usize, usize);

    fn next(&mut self) -> Option<(usize, usize)> {
        while let Some(&c) = self.b.get(self.i) {
            let i = self.i;
            // A "(0)" trunk marker after the country code is dropped: +44 (0)20 …
            if self.seen && self.b.get(i..).is_some_and(|r| r.starts_with(b"(0)")) {
                self.i += 3;
                continue;
            }
            self.i += 1;
            if c.is_ascii_digit() {
                if let Some(slot) = self.digits.get_mut(self.count) {
                    *slot = c;
                }
                self.count += 1;
                if self.b.get(i + 1).is_none_or(|n| !n.is_ascii_digit()) {
                    self.seen = true;
                    return Some((self.count, i + 1));
                }
            }
        }
        None
    }
}

/// [`PLANS`] indexed by calling code (the code's value within its length, 1 to 3 digits): (min, max),
/// (0, 0) where no plan. Calling codes are prefix-free (E.164; a test checks the table), so a number
/// has at most one plan, found by looking up its first one, two and three digits.
struct ByCode {
    one: [(u8, u8); 10],
    two: [(u8, u8); 100],
    three: [(u8, u8); 1000],
}

const BY_CODE: ByCode = {
    let mut t = ByCode { one: [(0, 0); 10], two: [(0, 0); 100], three: [(0, 0); 1000] };
    let mut i = 0;
    while i < PLANS.len() {
        let (cc, min, max) = PLANS[i];
        let b = cc.as_bytes();
        let (mut v, mut j) = (0, 0);
        while j < b.len() {
            v = v * 10 + (b[j] - b'0') as usize;
            j += 1;
        }
        match b.len() {
            1 => t.one[v] = (min, max),
            2 => t.two[v] = (min, max),
            _ => t.three[v] = (min, max),
        }
        i += 1;
    }
    t
};

/// True if `digits` (after a `00` of `skip00` bytes) are a known calling code and a national number of
/// a valid length. `None` (more digits than kept) is never valid.
fn plan_ok(digits: Option<&[u8]>, skip00: usize) -> bool {
    let Some(digits) = digits else { return false };
    let digits = digits.get(skip00..).unwrap_or_default();
    let mut code = 0;
    for (k, &d) in digits.iter().take(3).enumerate() {
        code = code * 10 + usize::from(d.wrapping_sub(b'0'));
        let plan = match k {
            0 => BY_CODE.one.get(code),
            1 => BY_CODE.two.get(code),
            _ => BY_CODE.three.get(code),
        };
        let Some(&(min, max)) = plan.filter(|p| p.1 > 0) else { continue };
        let nsn = digits.get(k + 1..).unwrap_or_default();
        let n = nsn.len();
        let nanp = code != 1 || k != 0 || nanp_ok(nsn);
        // Italy keeps the trunk 0 of landlines after the calling code (+39 06 …, +39 081 …).
        let italy = k == 1 && code == 39;
        return n >= usize::from(min)
            && n <= usize::from(max)
            && nanp
            && (nsn.first() != Some(&b'0') || italy);
    }
    false
}

/// International notation (`+CC …` or `00CC …`): a known calling code and a national number of a valid
/// length; returns the longest valid prefix of whole groups.
pub(crate) fn international(s: &str) -> Option<Range<usize>> {
    let skip00 = usize::from(s.starts_with("00")) * 2;
    let mut g = Groups::new(s);
    let (mut n, mut first, mut best) = (0, (0, 0), None);
    while let Some((cum, end)) = g.next() {
        if n == 0 {
            first = (cum, end);
        } else if cum <= KEEP && plan_ok(g.prefix(cum), skip00) {
            best = Some(end);
        }
        n += 1;
    }
    // Compact E.164 (`+14037650019`, as phones and CRMs export) is one group; `00…` needs separators.
    if best.is_none() && n == 1 && s.starts_with('+') && plan_ok(g.prefix(first.0), skip00) {
        best = Some(first.1);
    }
    best.map(|end| 0..end)
}

fn nanp_ok(d: &[u8]) -> bool {
    d.len() == 10 && (b'2'..=b'9').contains(&d[0]) && (b'2'..=b'9').contains(&d[3])
}

/// National notation: NANP `(415) 555-2671` / `415-555-2671`, or a trunk-prefixed `0…` number of 9–12
/// digits with separators (`020 7946 0958`, `06 12 34 56 78`). Needs a separator: bare runs never match.
/// The whole candidate must be the number: the head of a longer grouped run (an IBAN's BBAN, a 16-digit
/// reference, `031-6040592-7457294`) is not a phone.
pub(crate) fn national(s: &str) -> Option<Range<usize>> {
    let mut g = Groups::new(s);
    let (mut count, mut total, mut end) = (0, 0, 0);
    let (mut first_len, mut all_ge2, mut sub_ge2, mut yearish, mut lens_334) = (0, true, true, true, true);
    while let Some((cum, e)) = g.next() {
        let l = cum - total;
        if count == 0 {
            first_len = l;
        } else {
            sub_ge2 &= l >= 2;
            // Only read where it matters: `area` below needs at most 11 digits, all kept.
            yearish &= l == 4
                && g.prefix(cum)
                    .and_then(|d| d.get(cum - 4..))
                    .is_some_and(|x| x.starts_with(b"19") || x.starts_with(b"20"));
        }
        all_ge2 &= l >= 2;
        lens_334 &= [3, 3, 4].get(count) == Some(&l);
        (total, end) = (cum, e);
        count += 1;
    }
    if count < 2 {
        return None;
    }
    let (d0, d1) = (g.digits[0], g.digits[1]);
    let trunk = d0 == b'0' && d1 != b'0' && (9..=12).contains(&total) && all_ge2;
    // A two-digit area code in parentheses, then a grouped subscriber number (`(21) 5697-4679`,
    // `(81) 92934-1929`, `(22) 276 90 99`): Brazil and Poland write landlines and mobiles this way.
    let area = s.starts_with('(')
        && first_len == 2
        && d0 != b'0'
        && d1 != b'0'
        && (9..=11).contains(&total)
        && sub_ge2
        && !yearish;
    let nanp = count == 3 && lens_334 && g.prefix(total).is_some_and(nanp_ok);
    (nanp || trunk || area).then_some(0..end)
}

/// National digits next to a phone cue word (the recognizer requires the cue): NANP, a trunk-prefixed
/// `0…` number of 9–12 digits, or a subscriber number without trunk prefix of 8–11 digits as Spain,
/// Poland, Singapore, India, Brazil and Italian mobiles write them (`612 34 56 78`, `9183 2451`,
/// `(21) 2754-9183`, `85792 86833`). Groups of at least two digits, no date shape.
pub(crate) fn with_cue(s: &str) -> Option<Range<usize>> {
    let (mut count, mut prev, mut short) = (0, 0, false);
    let mut lens = [0usize; 3];
    for (cum, _) in Groups::new(s) {
        let l = cum - prev;
        short |= l < 2;
        if let Some(slot) = lens.get_mut(count) {
            *slot = l;
        }
        prev = cum;
        count += 1;
    }
    // Every digit of the candidate, a "(0)" marker's too.
    let (mut d, mut n, mut same) = ([0u8; KEEP], 0, true);
    for b in s.bytes().filter(u8::is_ascii_digit) {
        same &= n == 0 || b == d[0];
        if let Some(slot) = d.get_mut(n) {
            *slot = b;
        }
        n += 1;
    }
    let date = count == 3 && looks_like_date(&lens, s);
    if short || date || same {
        return None;
    }
    let trunk = d[0] == b'0' && n >= 2 && d[1] != b'0' && (9..=12).contains(&n);
    // A slash separates the area code of a trunk-prefixed number (`0160/2687047`); between two bare
    // digit runs it is a fraction or a ratio (`5720/22750`).
    let subscriber = d[0] >= b'2' && (8..=11).contains(&n) && !s.contains('/');
    let nanp = d.get(..n).is_some_and(nanp_ok);
    (nanp || trunk || subscriber).then_some(0..s.len())
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
fn looks_like_date(lens: &[usize; 3], s: &str) -> bool {
    matches!(lens, [4, 2, 2] | [2, 2, 4] | [1 | 2, 1 | 2, 4])
        && s.bytes().any(|b| !b.is_ascii_digit() && b != b' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calling_codes_are_prefix_free() {
        for (a, ..) in PLANS {
            for (b, ..) in PLANS {
                assert!(a == b || !b.starts_with(a), "{a} opens {b}");
            }
        }
    }

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
