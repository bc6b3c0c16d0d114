//! The built-in recognizers: one pattern and one validator per entity type.
//!
//! Patterns are ASCII-only (`(?-u)`): values such as e-mail addresses, card numbers and API keys are ASCII,
//! and ASCII classes keep the combined regex on the fast lazy DFA and keep Unicode tables out of the wasm
//! artifacts. Boundaries are ASCII `\b`; text around a value may be any Unicode.

use super::validate;

/// A recognizer: an entity type, a candidate pattern, a base score and a validator.
#[derive(Debug)]
pub(crate) struct Recognizer {
    pub entity: &'static str,
    /// Regex source (no capture groups of its own; the scanner wraps it in one).
    pub pattern: &'static str,
    /// Score of a candidate that passes `validate`.
    pub score: f64,
    /// Returns false to reject a candidate (failed checksum, wrong shape).
    pub validate: fn(&str) -> bool,
}

/// Every built-in recognizer, in priority order: when two could match at the same position, the earlier
/// one wins. Multi-line secrets come first, then fixed-prefix tokens, then e-mail and cards.
pub(crate) const ALL: &[Recognizer] = &[
    Recognizer {
        entity: "PRIVATE_KEY",
        pattern: r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\x00-\x7F]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----",
        score: 1.0,
        validate: validate::always,
    },
    Recognizer {
        entity: "AWS_ACCESS_KEY",
        pattern: r"\b(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16}\b",
        score: 1.0,
        validate: validate::always,
    },
    Recognizer {
        entity: "GITHUB_TOKEN",
        pattern: r"\b(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\b",
        score: 1.0,
        validate: validate::always,
    },
    Recognizer {
        entity: "OPENAI_API_KEY",
        pattern: r"\bsk-(?:(?:proj|svcacct|admin)-[A-Za-z0-9_-]{20,}|[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})\b",
        score: 1.0,
        validate: validate::always,
    },
    Recognizer {
        entity: "EMAIL",
        pattern: r"\b[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}\b",
        score: 1.0,
        validate: validate::email,
    },
    Recognizer {
        entity: "CREDIT_CARD",
        pattern: r"\b[0-9](?:[ -]?[0-9]){11,18}\b",
        score: 1.0,
        validate: validate::payment_card,
    },
];
