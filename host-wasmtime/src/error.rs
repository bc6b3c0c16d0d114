//! The host's error: a stable code plus a message, like `ward_core::Error`.
//!
//! Errors reported by the component keep their code unchanged (it crosses the WIT boundary as a string), so
//! the CLI prints the same `policy_invalid` the npm package throws. Failures that only a host can detect
//! (limits, traps, loading) get host codes.

use std::borrow::Cow;
use std::fmt;

/// An error from loading the component or from one call.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostError {
    code: Cow<'static, str>,
    message: String,
}

impl HostError {
    /// The stable, machine-readable code, e.g. `policy_invalid` or `limit_exceeded`.
    pub fn code(&self) -> &str {
        &self.code
    }

    /// A human-readable explanation (lower case, no trailing period).
    pub fn message(&self) -> &str {
        &self.message
    }

    /// An error the component returned through its WIT `result`.
    pub(crate) fn from_component(code: String, message: String) -> Self {
        HostError { code: Cow::Owned(code), message }
    }

    fn host(code: &'static str, message: String) -> Self {
        HostError { code: Cow::Borrowed(code), message }
    }

    pub(crate) fn input_too_large(len: usize, limit: usize) -> Self {
        Self::host("input_too_large", format!("input of {len} bytes exceeds the limit of {limit} bytes"))
    }

    pub(crate) fn invalid_utf8(offset: usize) -> Self {
        Self::host("invalid_utf8", format!("input is not valid UTF-8 at byte offset {offset}"))
    }

    pub(crate) fn limit_exceeded(message: String) -> Self {
        Self::host("limit_exceeded", message)
    }

    pub(crate) fn stale_handle() -> Self {
        Self::host(
            "stale_handle",
            "this handle belonged to a component instance that was reset after an error; open a new one"
                .into(),
        )
    }

    pub(crate) fn trap(error: &wasmtime::Error) -> Self {
        Self::host("component_trap", format!("the component trapped: {error:#}"))
    }

    pub(crate) fn load(what: &str, error: &wasmtime::Error) -> Self {
        Self::host("component_load", format!("{what}: {error:#}"))
    }
}

impl fmt::Display for HostError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for HostError {}
