//! Payment cards, IBAN and crypto-wallet addresses. Card and IBAN candidates may run into a following
//! number ("4111 1111 1111 1111 2024"); their validators return the longest valid prefix instead of
//! rejecting the whole candidate.

use std::ops::Range;

use sha2::{Digest, Sha256};

use super::checksum::{all_same, luhn, mod97};

fn num(d: &[u8]) -> u32 {
    d.iter().fold(0, |acc, &x| acc * 10 + u32::from(x))
}

/// Issuer (IIN) ranges and lengths of the major card schemes.
pub(super) fn issuer_ok(d: &[u8]) -> bool {
    let len = d.len();
    let p = |n: usize| num(&d[..n.min(len)]);
    let maestro = (12..=19).contains(&len);
    match d.first() {
        Some(4) => matches!(len, 13 | 16 | 19),
        Some(5) => ((51..=55).contains(&p(2)) && len == 16) || maestro,
        // Mastercard 2-series 2221–2720; Mir (NSPK) 2200–2204, 16–19 digits.
        Some(2) => {
            ((2221..=2720).contains(&p(4)) && len == 16)
                || ((2200..=2204).contains(&p(4)) && (16..=19).contains(&len))
        }
        Some(3) => {
            (matches!(p(2), 34 | 37) && len == 15)
                || ((3528..=3589).contains(&p(4)) && (16..=19).contains(&len))
                || (((300..=305).contains(&p(3)) || matches!(p(2), 36 | 38 | 39)) && (14..=19).contains(&len))
        }
        Some(6) => (16..=19).contains(&len) || maestro,
        Some(1) => len == 15,
        _ => false,
    }
}

/// Payment card: the longest prefix of whole groups that has a card length, issuer range and Luhn.
/// A grouped number opens with a group of four digits, as every issuer prints it (4-4-4-4, Amex
/// 4-6-5, Diners 4-6-4, 19 digits 4-4-4-4-3); `520-6845188-2684694` is an order number even when it
/// happens to pass Luhn (one time in ten). One pass over the bytes, digits on the stack (a vector per
/// group was most of its cost). Every group after the first must follow the second group's separator.
pub(crate) fn payment_card(s: &str) -> Option<Range<usize>> {
    let b = s.as_bytes();
    let mut digits = [0u8; 19];
    let (mut n, mut group, mut first_len) = (0, 0, 0);
    let (mut sep, mut first_sep, mut consistent, mut best) = (None, None, true, None);
    for (i, &c) in b.iter().enumerate() {
        if !c.is_ascii_digit() {
            sep = Some(c);
            continue;
        }
        if let Some(slot) = digits.get_mut(n) {
            *slot = c - b'0';
        }
        n += 1;
        if b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            continue;
        }
        let this_sep = sep.take();
        match group {
            0 => first_len = n,
            1 => first_sep = this_sep,
            _ => {}
        }
        consistent &= group == 0 || this_sep == first_sep;
        group += 1;
        if n > 19 {
            break;
        }
        let d = digits.get(..n).unwrap_or_default();
        if consistent && (group == 1 || first_len == 4) && n >= 12 && !all_same(d) && issuer_ok(d) && luhn(d)
        {
            best = Some(i + 1);
        }
    }
    best.map(|end| 0..end)
}

pub(super) const IBAN_LENGTHS: &str = "AD24AE23AL28AT20AZ28BA20BE16BG22BH22BR29BY28CH21CR22CY28CZ24DE22DK18DO28EE20EG29ES24FI18FO18FR27GB22GE22GI23GL18GR27GT28HR21HU28IE22IL23IQ23IS26IT27JO30KW30KZ20LB28LC32LI21LT20LU20LV21LY25MC27MD24ME22MK19MR27MT31MU30NL18NO15PK24PL28PS29PT25QA29RO24RS22SA24SC31SE24SI19SK24SM27ST25SV28TL23TN24TR26UA29VA22VG24XK20";

fn iban_length(cc: &[u8]) -> Option<usize> {
    let c = IBAN_LENGTHS.as_bytes().chunks_exact(4).find(|c| c.get(..2) == Some(cc))?;
    let (tens, ones) = (c.get(2)?.wrapping_sub(b'0'), c.get(3)?.wrapping_sub(b'0'));
    (tens < 10 && ones < 10).then_some(usize::from(tens) * 10 + usize::from(ones))
}

/// IBAN: the country's exact length (spaces ignored) and ISO 7064 mod 97 = 1.
pub(crate) fn iban(s: &str) -> Option<Range<usize>> {
    let b = s.as_bytes();
    let want = iban_length(b.get(..2)?)?;
    // The longest length in the table is 32.
    let mut chars = [0u8; 34];
    let (mut n, mut end) = (0, 0);
    for (i, &c) in b.iter().enumerate() {
        if c == b' ' {
            continue;
        }
        if let Some(slot) = chars.get_mut(n) {
            *slot = c;
        }
        n += 1;
        if n == want {
            end = i + 1;
            break;
        }
    }
    if n != want || b.get(end).is_some_and(|&c| c != b' ') {
        return None;
    }
    let chars = chars.get(..want)?;
    let rearranged = chars.get(4..)?.iter().chain(chars.get(..4)?).copied();
    (mod97(rearranged) == 1).then_some(0..end)
}

const B58: &[u8] = b"123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

/// Bitcoin legacy/P2SH address: Base58Check with version 0x00 or 0x05.
pub(crate) fn btc_base58(s: &str) -> bool {
    let mut bytes = [0u8; 25];
    for c in s.bytes() {
        let Some(mut carry) = B58.iter().position(|&x| x == c) else { return false };
        for b in bytes.iter_mut().rev() {
            carry += usize::from(*b) * 58;
            *b = (carry & 0xff) as u8;
            carry >>= 8;
        }
        if carry != 0 {
            return false;
        }
    }
    let check = Sha256::digest(Sha256::digest(&bytes[..21]));
    matches!(bytes[0], 0x00 | 0x05) && check[..4] == bytes[21..]
}

/// Bitcoin SegWit address: bech32 (v0) or bech32m (v1+) checksum with human-readable part `bc`/`tb`.
pub(crate) fn btc_bech32(s: &str) -> bool {
    const CHARSET: &[u8] = b"qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    const GEN: [u32; 5] = [0x3b6a_57b2, 0x2650_8e6d, 0x1ea1_19fa, 0x3d42_33dd, 0x2a14_62b3];
    let lower = s.to_ascii_lowercase();
    let Some((hrp, data)) = lower.rsplit_once('1') else { return false };
    let mut values = Vec::with_capacity(hrp.len() * 2 + 1 + data.len());
    values.extend(hrp.bytes().map(|c| c >> 5));
    values.push(0);
    values.extend(hrp.bytes().map(|c| c & 31));
    for c in data.bytes() {
        match CHARSET.iter().position(|&x| x == c) {
            Some(v) => values.push(v as u8),
            None => return false,
        }
    }
    let mut chk: u32 = 1;
    for v in values {
        let top = chk >> 25;
        chk = ((chk & 0x01ff_ffff) << 5) ^ u32::from(v);
        for (i, g) in GEN.iter().enumerate() {
            if (top >> i) & 1 == 1 {
                chk ^= g;
            }
        }
    }
    matches!(hrp, "bc" | "tb") && (chk == 1 || chk == 0x2bc8_30a3)
}

/// Ethereum address: 40 hex digits, not all one digit. (EIP-55 mixed case needs Keccak, which this
/// build does not carry; the pattern's fixed `0x` + 40-hex shape is specific enough.)
pub(crate) fn eth_address(s: &str) -> bool {
    let hex = s.get(2..).unwrap_or_default().as_bytes();
    hex.len() == 40 && hex.windows(2).any(|w| w[0] != w[1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cards_and_ibans() {
        assert_eq!(payment_card("4111 1111 1111 1111 2024"), Some(0..19));
        assert_eq!(payment_card("4111111111111112"), None);
        assert_eq!(iban("DE89 3704 0044 0532 0130 00 AND"), Some(0..27));
        assert_eq!(iban("DE88 3704 0044 0532 0130 00"), None);
        assert!(btc_base58("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2"));
        assert!(btc_bech32("bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"));
    }
}
