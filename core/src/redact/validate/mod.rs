//! Validators: the checks that turn a pattern candidate into a finding.
//!
//! Precision comes from here, not from the patterns (the lesson of Presidio, whose card regex alone
//! scores 0.3 until Luhn promotes it): a 16-digit order number that fails Luhn is left alone. A validator
//! either accepts or rejects the whole candidate ([`Check::Whole`]) or returns the sub-range that is the
//! value ([`Check::Trim`]), for shapes that can run into a neighbouring number.

pub(crate) mod checksum;
pub(crate) mod financial;
pub(crate) mod ids;
mod names;
pub(crate) mod phone;
#[cfg(test)]
mod reference;
pub(crate) mod soft;
pub(crate) mod text;

use std::ops::Range;

/// How a recognizer confirms a candidate.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Check {
    /// The pattern alone is specific enough (fixed token prefixes, PEM armour).
    None,
    /// Accept or reject the whole candidate.
    Whole(fn(&str) -> bool),
    /// Return the accepted sub-range of the candidate, if any.
    Trim(fn(&str) -> Option<Range<usize>>),
}

impl Check {
    /// The accepted range of `candidate`, relative to it.
    pub(crate) fn run(self, candidate: &str) -> Option<Range<usize>> {
        match self {
            Check::None => Some(0..candidate.len()),
            Check::Whole(f) => f(candidate).then_some(0..candidate.len()),
            Check::Trim(f) => f(candidate).filter(|r| r.start < r.end && r.end <= candidate.len()),
        }
    }
}

/// True when the value `text[start..end]` is a piece of a longer token of digit groups, which is never
/// a value of its own: it starts right after `digit + space/hyphen` (`4845 ⟦4387 9078 8527⟧`, the tail
/// of a 16-digit reference) or after `letter/digit + hyphen` (`ORD-⟦32436587⟧`), or the run goes on
/// after it with another group as long as its last one (`⟦5332 9330 4267⟧ 9978`). Without this, a
/// 16-digit number that fails Luhn still yields a 12-digit run that passes Verhoeff or Luhn one time in
/// ten. A shorter group after a card (`4111 1111 1111 1111 123`, a CVV) does not count.
/// Dotted digit runs count too, on both sides: a dotted quad inside an SNMP OID (`1.3.6.⟦1.4.1.39323⟧`)
/// or a French phone number (`04.⟦65.96.86.65⟧`) is not an IP address.
/// The scanner skips this for rules with a value group: their pattern matched the prefix on purpose
/// (a custom `EMP-(?P<v>[0-9]{16})`).
pub(crate) fn inside_digit_run(text: &str, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let starts_inside = bytes.get(start).is_some_and(u8::is_ascii_digit)
        && start >= 2
        && match (bytes[start - 1], bytes[start - 2]) {
            (b' ' | b'.', before) => before.is_ascii_digit(),
            (b'-', before) => before.is_ascii_alphanumeric(),
            _ => false,
        };
    let dotted_on = end >= 1
        && bytes.get(end - 1).is_some_and(u8::is_ascii_digit)
        && bytes.get(end) == Some(&b'.')
        && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
    if starts_inside || dotted_on {
        return true;
    }
    let Some(value) = bytes.get(start..end) else { return false };
    let last = value.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    let sep = bytes.get(end).copied();
    if last == 0
        || last == value.len()
        || !matches!(sep, Some(b' ' | b'-'))
        || value[value.len() - last - 1] != sep.unwrap_or(0)
    {
        return false;
    }
    let next = bytes.get(end + 1..).unwrap_or_default();
    let run = next.iter().take_while(|b| b.is_ascii_digit()).count();
    run == last && !next.get(run).is_some_and(u8::is_ascii_alphanumeric)
}

fn luhn_whole(s: &str) -> bool {
    let d = checksum::digits(s);
    !d.is_empty() && checksum::luhn(&d)
}

fn mod97_whole(s: &str) -> bool {
    checksum::mod97(s.bytes()) == 1
}

fn verhoeff_whole(s: &str) -> bool {
    let d = checksum::digits(s);
    !d.is_empty() && checksum::verhoeff(&d)
}

fn iban_whole(s: &str) -> bool {
    financial::iban(s).is_some_and(|r| r.end == s.len())
}

fn card_whole(s: &str) -> bool {
    financial::payment_card(s).is_some_and(|r| r.end == s.len())
}

/// Validators a policy's custom recognizer may name.
pub(crate) const NAMED: &[(&str, Check)] = &[
    ("luhn", Check::Whole(luhn_whole)),
    ("mod97", Check::Whole(mod97_whole)),
    ("verhoeff", Check::Whole(verhoeff_whole)),
    ("iban", Check::Whole(iban_whole)),
    ("payment_card", Check::Whole(card_whole)),
    ("entropy", Check::Whole(text::high_entropy)),
    ("credential", Check::Whole(text::credential_value)),
    ("email", Check::Whole(text::email)),
    ("ipv4", Check::Whole(text::ipv4)),
    ("ipv6", Check::Whole(text::ipv6)),
    ("jwt", Check::Whole(text::jwt)),
    ("us_ssn", Check::Whole(ids::us_ssn)),
    ("aba_routing", Check::Whole(ids::aba_routing)),
    ("nl_bsn", Check::Whole(ids::nl_bsn)),
    ("br_cpf", Check::Whole(ids::br_cpf)),
    ("de_tax_id", Check::Whole(ids::de_tax_id)),
];

/// The named validator, for custom recognizers.
pub(crate) fn named(name: &str) -> Option<Check> {
    NAMED.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
}

#[cfg(test)]
mod tests {
    use super::inside_digit_run;

    #[test]
    fn sub_runs_of_digit_groups() {
        let t = "ref 4845 4387 9078 8527";
        assert!(!inside_digit_run(t, 4, t.len()));
        assert!(inside_digit_run(t, 9, t.len()));
        assert!(inside_digit_run(t, 4, 18));
        assert!(inside_digit_run("ORD-32436587", 4, 12));
        assert!(!inside_digit_run("Tel: 030 1234", 5, 13));
        assert!(!inside_digit_run("x 1", 2, 3));
        assert!(!inside_digit_run("1", 0, 1));
        let cvv = "4111 1111 1111 1111 123";
        assert!(!inside_digit_run(cvv, 0, 19));
        assert!(!inside_digit_run("4111 1111 1111 1111 2024x", 0, 19));
    }
}
