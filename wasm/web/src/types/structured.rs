//! JS shapes of core's vault and structure-aware redaction results (`redact::Vault`,
//! `redact::structured::{JsonRedaction, JsonlRedaction, …}`). Core's values are encoded as they are
//! (serde); these mirrors only give them TypeScript declarations, and the drift tests in `tests.rs` decode
//! core's output into them and back, failing when a field is added, renamed or removed in core.

use std::collections::BTreeMap;

use serde::Serialize;
use tsify::Tsify;

use super::Finding;

/// A saved vault (`vault.toJSON()`): core's serialized form, stored by the host with the conversation.
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[tsify(hashmap_as_object)]
pub struct VaultData {
    /// Last number used per entity.
    pub counters: BTreeMap<String, u64>,
    /// Every placeholder handed out.
    pub entries: Vec<VaultEntry>,
}

/// One placeholder of a vault.
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct VaultEntry {
    /// E.g. `[EMAIL_1]`.
    pub placeholder: String,
    /// E.g. `EMAIL`.
    pub entity: String,
    /// The original value; absent for secrets (never restorable).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub value: Option<String>,
    /// Hex SHA-256 of a secret, so the same secret gets the same placeholder.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub digest: Option<String>,
}

/// Which string values of a JSON document `redactJson` / `redactJsonl` redact: JSON paths such as
/// `$.messages[*].content`, `$..arguments`, `$.input[*].content[*].text`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Tsify)]
pub struct JsonPathLists {
    /// Only strings under one of these paths (absent or empty: every string value).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub include: Option<Vec<String>>,
    /// Never strings under these paths.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub exclude: Option<Vec<String>>,
    /// Strings under these paths holding a JSON document (tool-call arguments) are redacted value by value.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[tsify(optional)]
    pub json_strings: Option<Vec<String>>,
}

/// A redacted JSON document or LLM API body.
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct JsonRedaction {
    /// The document with the selected string values redacted; every other byte unchanged.
    pub json: String,
    /// Every finding, in document order.
    pub findings: Vec<JsonFinding>,
}

/// A finding inside a JSON document; offsets are within the decoded string value.
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct JsonFinding {
    /// Path of the string value, e.g. `$.messages[0].content`.
    pub path: String,
    /// For a value inside a JSON-string document (tool-call arguments): its path in that document.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(test, serde(default))]
    #[tsify(optional)]
    pub inner_path: Option<String>,
    /// The finding.
    #[serde(flatten)]
    pub finding: Finding,
}

/// A redacted JSONL text.
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct JsonlRedaction {
    /// The redacted lines, line endings unchanged.
    pub text: String,
    /// Every finding, in order.
    pub findings: Vec<LineFinding>,
    /// Lines that were not JSON (with `bad_lines` `text` or `pass`).
    pub errors: Vec<LineError>,
}

/// A finding on one JSONL line.
#[derive(Clone, Debug, PartialEq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct LineFinding {
    /// 1-based line number.
    pub line: usize,
    /// The finding within that line's document.
    #[serde(flatten)]
    pub finding: JsonFinding,
}

/// A JSONL line that did not parse.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Tsify)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct LineError {
    /// 1-based line number.
    pub line: usize,
    /// Stable error code (`parse_failed`).
    pub code: String,
    /// What was wrong.
    pub message: String,
}
