//! National identifiers: each function checks the published structure and check digit of one ID type.
//! A candidate that fails is dropped, so a random 9-digit number is not an SSN only because of its shape.

use super::checksum::{all_same, digits, iso7064_mod11_10, luhn, verhoeff, weighted};

/// True if every non-digit of `s` is the same separator (no `123-45 6789`).
fn one_separator(s: &str) -> bool {
    let mut seps = s.bytes().filter(|b| !b.is_ascii_alphanumeric());
    match seps.next() {
        Some(first) => seps.all(|b| b == first),
        None => true,
    }
}

fn num(d: &[u8]) -> u32 {
    d.iter().fold(0, |acc, &x| acc * 10 + u32::from(x))
}

/// US SSN: area not 000, 666 or 9xx; group not 00; serial not 0000; not a published sample.
pub(crate) fn us_ssn(s: &str) -> bool {
    let d = digits(s);
    if d.len() != 9 || !one_separator(s) || all_same(&d) {
        return false;
    }
    let (area, group, serial) = (num(&d[..3]), num(&d[3..5]), num(&d[5..]));
    let sample = matches!((area, group, serial), (78, 5, 1120) | (219, 9, 9999) | (123, 45, 6789));
    area != 0 && area != 666 && area < 900 && group != 0 && serial != 0 && !sample
}

/// US ITIN: 9xx-GG-xxxx with group 50–65, 70–88, 90–92 or 94–99.
pub(crate) fn us_itin(s: &str) -> bool {
    let d = digits(s);
    if d.len() != 9 || !one_separator(s) || d[0] != 9 {
        return false;
    }
    let g = num(&d[3..5]);
    matches!(g, 50..=65 | 70..=88 | 90..=92 | 94..=99)
}

/// UK National Insurance number: forbidden prefixes excluded (the pattern restricts the letters).
pub(crate) fn uk_nino(s: &str) -> bool {
    let compact: Vec<u8> = s.bytes().filter(|b| !b.is_ascii_whitespace()).collect();
    let prefix = compact.get(..2).unwrap_or_default();
    !matches!(prefix, b"BG" | b"GB" | b"NK" | b"KN" | b"TN" | b"NT" | b"ZZ")
}

/// UK NHS number: mod 11 with weights 10..2.
pub(crate) fn uk_nhs(s: &str) -> bool {
    let d = digits(s);
    if d.len() != 10 || all_same(&d) || !one_separator(s) {
        return false;
    }
    let check = 11 - weighted(&d, &[10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11;
    let check = if check == 11 { 0 } else { check };
    check != 10 && check == u32::from(d[9])
}

/// Canadian SIN: 9 digits, Luhn, first digit not 0 or 8.
pub(crate) fn ca_sin(s: &str) -> bool {
    let d = digits(s);
    d.len() == 9 && one_separator(s) && d[0] != 0 && d[0] != 8 && luhn(&d) && !all_same(&d)
}

const DNI_LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";

/// Spanish DNI: 8 digits and the mod-23 letter.
pub(crate) fn es_dni(s: &str) -> bool {
    let d = digits(s);
    let letter = s.bytes().last().unwrap_or(0).to_ascii_uppercase();
    d.len() == 8 && DNI_LETTERS.get((num(&d) % 23) as usize) == Some(&letter)
}

/// Spanish NIE: X/Y/Z (as 0/1/2), 7 digits and the mod-23 letter.
pub(crate) fn es_nie(s: &str) -> bool {
    let bytes: Vec<u8> = s.bytes().filter(u8::is_ascii_alphanumeric).collect();
    let (Some(&first), Some(&letter)) = (bytes.first(), bytes.last()) else { return false };
    let lead = match first.to_ascii_uppercase() {
        b'X' => 0,
        b'Y' => 1,
        b'Z' => 2,
        _ => return false,
    };
    let d = digits(s);
    d.len() == 7 && DNI_LETTERS.get(((lead * 10_000_000 + num(&d)) % 23) as usize) == Some(&letter)
}

/// Italian codice fiscale: the 16th character is the check character of the first 15.
pub(crate) fn it_fiscal_code(s: &str) -> bool {
    const ODD: [u32; 26] =
        [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
    let b = s.as_bytes();
    if b.len() != 16 {
        return false;
    }
    let mut sum = 0;
    for (i, &c) in b[..15].iter().enumerate() {
        let v =
            if c.is_ascii_digit() { u32::from(c - b'0') } else { u32::from(c.to_ascii_uppercase() - b'A') };
        sum += if i % 2 == 0 { ODD.get(v as usize).copied().unwrap_or(0) } else { v };
    }
    u32::from(b[15].to_ascii_uppercase()) == u32::from(b'A') + sum % 26
}

/// French NIR (social security number): sex 1/2, valid month, key = 97 − (number mod 97).
pub(crate) fn fr_nir(s: &str) -> bool {
    let compact: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.len() != 15 {
        return false;
    }
    let (body, key) = compact.split_at(13);
    let body = body.replace("2A", "19").replace("2B", "18");
    let (Ok(n), Ok(k)) = (body.parse::<u64>(), key.parse::<u64>()) else { return false };
    let (sex, month) = (n / 1_000_000_000_000, (n / 100_000_000) % 100);
    let month_ok = (1..=12).contains(&month) || (20..=99).contains(&month);
    matches!(sex, 1 | 2) && month_ok && 97 - n % 97 == k
}

/// German Steuer-ID: 11 digits, no leading 0, one digit repeated 2–3 times in the first ten, ISO 7064.
pub(crate) fn de_tax_id(s: &str) -> bool {
    let d = digits(s);
    if d.len() != 11 || d[0] == 0 {
        return false;
    }
    let mut counts = [0u8; 10];
    for &x in &d[..10] {
        counts[usize::from(x)] += 1;
    }
    let repeated: Vec<u8> = counts.iter().copied().filter(|&c| c > 1).collect();
    repeated.len() == 1 && matches!(repeated[0], 2 | 3) && iso7064_mod11_10(&d)
}

/// Dutch BSN: the "11-proef" with weights 9..2 and −1.
pub(crate) fn nl_bsn(s: &str) -> bool {
    let d = digits(s);
    if d.len() != 9 || all_same(&d) {
        return false;
    }
    let sum = weighted(&d[..8], &[9, 8, 7, 6, 5, 4, 3, 2]) as i64 - i64::from(d[8]);
    sum % 11 == 0
}

/// Polish PESEL: weights 1,3,7,9 and a valid encoded birth date.
pub(crate) fn pl_pesel(s: &str) -> bool {
    let d = digits(s);
    if d.len() != 11 || all_same(&d) {
        return false;
    }
    let check = (10 - weighted(&d, &[1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10) % 10;
    let month = num(&d[2..4]) % 20;
    let day = num(&d[4..6]);
    check == u32::from(d[10]) && (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// Swedish personnummer (10 or 12 digits): Luhn over the last ten and a valid date (day + 60 allowed).
pub(crate) fn se_personnummer(s: &str) -> bool {
    let d = digits(s);
    let d = match d.len() {
        10 => &d[..],
        12 => &d[2..],
        _ => return false,
    };
    let (month, day) = (num(&d[2..4]), num(&d[4..6]) % 60);
    (1..=12).contains(&month) && (1..=31).contains(&day) && luhn(d)
}

/// Indian Aadhaar: 12 digits, first not 0 or 1, Verhoeff.
pub(crate) fn in_aadhaar(s: &str) -> bool {
    let d = digits(s);
    d.len() == 12 && d[0] >= 2 && one_separator(s) && verhoeff(&d)
}

/// Brazilian CPF: two mod-11 check digits.
pub(crate) fn br_cpf(s: &str) -> bool {
    let d = digits(s);
    if d.len() != 11 || all_same(&d) {
        return false;
    }
    let dv = |n: usize| {
        let sum: u32 = (0..n).map(|i| u32::from(d[i]) * (n as u32 + 1 - i as u32)).sum();
        let r = sum * 10 % 11;
        if r == 10 { 0 } else { r }
    };
    dv(9) == u32::from(d[9]) && dv(10) == u32::from(d[10])
}

/// Brazilian CNPJ: two mod-11 check digits with the published weights.
pub(crate) fn br_cnpj(s: &str) -> bool {
    let d = digits(s);
    if d.len() != 14 || all_same(&d) {
        return false;
    }
    let dv = |w: &[u32]| {
        let r = weighted(&d, w) % 11;
        if r < 2 { 0 } else { 11 - r }
    };
    dv(&[5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) == u32::from(d[12])
        && dv(&[6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]) == u32::from(d[13])
}

/// Australian TFN: weights 1,4,3,7,5,8,6,9,10, sum divisible by 11.
pub(crate) fn au_tfn(s: &str) -> bool {
    let d = digits(s);
    d.len() == 9 && !all_same(&d) && weighted(&d, &[1, 4, 3, 7, 5, 8, 6, 9, 10]).is_multiple_of(11)
}

/// Australian Medicare number: first digit 2–6, check digit over the first eight.
pub(crate) fn au_medicare(s: &str) -> bool {
    let d = digits(s);
    (d.len() == 10 || d.len() == 11)
        && (2..=6).contains(&d[0])
        && weighted(&d, &[1, 3, 7, 9, 1, 3, 7, 9]) % 10 == u32::from(d[8])
}

/// Singapore NRIC/FIN: prefix letter, 7 digits, check letter.
pub(crate) fn sg_nric(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 9 {
        return false;
    }
    let d = digits(&s[1..8]);
    let mut sum = weighted(&d, &[2, 7, 6, 5, 4, 3, 2]);
    let table: &[u8; 11] = match b[0] {
        b'S' => b"JZIHGFEDCBA",
        b'T' => {
            sum += 4;
            b"JZIHGFEDCBA"
        }
        b'F' => b"XWUTRQPNMLK",
        b'G' => {
            sum += 4;
            b"XWUTRQPNMLK"
        }
        b'M' => {
            sum += 3;
            b"XWUTRQPNJLK"
        }
        _ => return false,
    };
    d.len() == 7 && table.get((sum % 11) as usize) == Some(&b[8])
}

/// US ABA routing number: 3-7-1 weights and a valid Federal Reserve prefix.
pub(crate) fn aba_routing(s: &str) -> bool {
    let d = digits(s);
    if d.len() != 9 || all_same(&d) {
        return false;
    }
    let prefix = num(&d[..2]);
    matches!(prefix, 0..=12 | 21..=32 | 61..=72 | 80)
        && weighted(&d, &[3, 7, 1, 3, 7, 1, 3, 7, 1]).is_multiple_of(10)
}

/// ISO 3166 alpha-2 codes (for SWIFT/BIC and IBAN country checks).
const COUNTRIES: &str = "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCHCICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGNGPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLILKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOMPAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTDTFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSXKYEYTZAZMZW";

/// True if `cc` is an assigned ISO 3166 alpha-2 code.
pub(crate) fn country(cc: &[u8]) -> bool {
    cc.len() == 2 && COUNTRIES.as_bytes().chunks(2).any(|c| c == cc)
}

/// SWIFT/BIC: 8 or 11 characters with a real country code in positions 5–6.
pub(crate) fn swift_bic(s: &str) -> bool {
    let b = s.as_bytes();
    (b.len() == 8 || b.len() == 11) && country(&b[4..6])
}
