//! The one error type of ward-core.
//!
//! Opaque on purpose (model: regex-automata's `meta::BuildError`): callers match on the stable string
//! [`Error::code`], which crosses every binding unchanged (WIT `error.code`, JS `error.code`, CLI message),
//! so new kinds can be added without breaking anyone.

use std::fmt;

/// An error from any ward-core operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

/// Private kinds; each maps to one stable code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ErrorKind {
    PolicyInvalid,
    InvalidUtf8,
    InputTooLarge,
    ParseFailed,
    UnknownProvider,
    UnknownModel,
    PriceTableInvalid,
    VaultInvalid,
    Internal,
    NotFound,
}

impl ErrorKind {
    fn code(self) -> &'static str {
        match self {
            ErrorKind::PolicyInvalid => "policy_invalid",
            ErrorKind::InvalidUtf8 => "invalid_utf8",
            ErrorKind::InputTooLarge => "input_too_large",
            ErrorKind::ParseFailed => "parse_failed",
            ErrorKind::UnknownProvider => "unknown_provider",
            ErrorKind::UnknownModel => "unknown_model",
            ErrorKind::PriceTableInvalid => "price_table_invalid",
            ErrorKind::VaultInvalid => "vault_invalid",
            ErrorKind::Internal => "internal",
            ErrorKind::NotFound => "not_found",
        }
    }
}

impl Error {
    fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into() }
    }

    /// The stable, machine-readable code, e.g. `policy_invalid`.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// A human-readable explanation (lower case, no trailing period).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// Every code this crate can return, for bindings that enumerate them.
    pub fn all_codes() -> &'static [&'static str] {
        &[
            "policy_invalid",
            "invalid_utf8",
            "input_too_large",
            "parse_failed",
            "unknown_provider",
            "unknown_model",
            "price_table_invalid",
            "vault_invalid",
            "internal",
            "not_found",
        ]
    }

    pub(crate) fn policy(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::PolicyInvalid, message)
    }

    pub(crate) fn invalid_utf8(offset: usize) -> Self {
        Self::new(ErrorKind::InvalidUtf8, format!("input is not valid UTF-8 at byte offset {offset}"))
    }

    #[allow(dead_code)]
    pub(crate) fn too_large(len: usize, limit: usize) -> Self {
        Self::new(
            ErrorKind::InputTooLarge,
            format!("input of {len} bytes exceeds the limit of {limit} bytes"),
        )
    }

    #[allow(dead_code)]
    pub(crate) fn parse(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::ParseFailed, message)
    }

    #[allow(dead_code)]
    pub(crate) fn unknown_provider(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::UnknownProvider, message)
    }

    #[allow(dead_code)]
    pub(crate) fn unknown_model(model: &str) -> Self {
        Self::new(ErrorKind::UnknownModel, format!("no price known for model `{model}`"))
    }

    #[allow(dead_code)]
    pub(crate) fn price_table(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::PriceTableInvalid, message)
    }

    #[allow(dead_code)]
    pub(crate) fn vault(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::VaultInvalid, message)
    }

    pub(crate) fn not_found(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotFound, message)
    }

    #[allow(dead_code)]
    pub(crate) fn internal(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::Internal, message)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code(), self.message)
    }
}

impl std::error::Error for Error {}
