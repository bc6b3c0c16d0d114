//! Validators: the checks that turn a pattern candidate into a finding.
//!
//! Precision comes from here, not from the patterns (the lesson of Presidio, whose card regex alone
//! scores 0.3 until Luhn promotes it): a 16-digit order number that fails Luhn is left alone. A validator
//! either accepts or rejects the whole candidate ([`Check::Whole`]) or returns the sub-range that is the
//! value ([`Check::Trim`]), for shapes that can run into a neighbouring number.

pub(crate) mod checksum;
pub(crate) mod financial;
pub(crate) mod ids;
pub(crate) mod phone;
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
