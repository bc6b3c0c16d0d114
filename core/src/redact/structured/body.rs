//! JSON documents and LLM API bodies: redact string values (by path), keep everything else.

use serde::Serialize;

use super::super::{Finding, Redactor, Vault};
use super::json::{self, Seg};
use super::keyed;
use super::path::{PathPattern, parse_all};
use super::profiles::{self, Profile};
use crate::Error;

/// Which string values of a JSON document are redacted.
#[derive(Clone, Debug, Default)]
pub struct JsonPaths {
    /// Only strings under one of these paths (empty = every string value).
    pub include: Vec<PathPattern>,
    /// Never strings under these paths.
    pub exclude: Vec<PathPattern>,
    /// Strings under these paths that hold a JSON document (tool-call arguments) are parsed, redacted
    /// value by value and re-serialized; when they do not parse they are redacted as text.
    pub json_strings: Vec<PathPattern>,
}

impl JsonPaths {
    /// Compiles include, exclude and JSON-string path lists (see [`PathPattern`]).
    pub fn new(include: &[String], exclude: &[String], json_strings: &[String]) -> Result<JsonPaths, Error> {
        Ok(JsonPaths {
            include: parse_all(include)?,
            exclude: parse_all(exclude)?,
            json_strings: parse_all(json_strings)?,
        })
    }

    pub(crate) fn selects(&self, path: &[Seg]) -> bool {
        (self.include.is_empty() || self.include.iter().any(|p| p.covers(path)))
            && !self.exclude.iter().any(|p| p.covers(path))
    }

    /// Whether the string at `path` may hold a JSON document to redact value by value.
    pub(crate) fn json_string(&self, path: &[Seg]) -> bool {
        self.json_strings.iter().any(|p| p.covers(path))
    }
}

/// The body format, which decides the paths redacted.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Provider {
    /// Any of the formats below, recognized by their fields (their path lists combined).
    Auto,
    /// OpenAI Chat Completions requests, responses and stream chunks.
    OpenaiChat,
    /// OpenAI Responses requests, responses and stream events.
    OpenaiResponses,
    /// Anthropic Messages requests, responses and stream events.
    Anthropic,
}

impl Provider {
    /// `auto`, `openai` / `openai_chat`, `openai_responses`, `anthropic`; else `unknown_provider`.
    pub fn parse(name: &str) -> Result<Provider, Error> {
        match name {
            "auto" => Ok(Provider::Auto),
            "openai" | "openai_chat" => Ok(Provider::OpenaiChat),
            "openai_responses" | "responses" => Ok(Provider::OpenaiResponses),
            "anthropic" => Ok(Provider::Anthropic),
            other => Err(Error::unknown_provider(format!("unknown body format `{other}`"))),
        }
    }

    pub(crate) fn profile(self) -> Profile {
        match self {
            Provider::Auto => profiles::auto(),
            Provider::OpenaiChat => profiles::openai_chat(),
            Provider::OpenaiResponses => profiles::openai_responses(),
            Provider::Anthropic => profiles::anthropic(),
        }
    }
}

/// One finding inside a JSON document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct JsonFinding {
    /// Path of the string value, e.g. `$.messages[0].content`.
    pub path: String,
    /// For a value inside a JSON-string document (tool-call arguments): its path in that document.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub inner_path: Option<String>,
    /// The finding; offsets are within the decoded string value.
    #[serde(flatten)]
    pub finding: Finding,
}

/// A redacted JSON document.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct JsonRedaction {
    /// The document with the selected string values redacted; every other byte unchanged.
    pub json: String,
    /// Every finding, in document order.
    pub findings: Vec<JsonFinding>,
}

/// How a JSON-string value is treated.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Nested {
    /// Parsed and redacted structurally.
    Structural,
    /// Redacted as plain text (streams: the deltas of the same text were redacted as text).
    Text,
}

/// Redacts the string values of `json` selected by `paths`, numbering placeholders through `vault`.
pub fn redact_json(
    redactor: &Redactor,
    json: &str,
    paths: &JsonPaths,
    vault: &mut Vault,
) -> Result<JsonRedaction, Error> {
    redact_json_as(redactor, json, paths, vault, Nested::Structural)
}

pub(crate) fn redact_json_as(
    redactor: &Redactor,
    json: &str,
    paths: &JsonPaths,
    vault: &mut Vault,
    nested: Nested,
) -> Result<JsonRedaction, Error> {
    let mut findings = Vec::new();
    let out = json::rewrite(json, &mut |path, value| {
        if !paths.selects(path) {
            return Ok(None);
        }
        let key = match path.last() {
            Some(Seg::Key(k)) => Some(k.as_str()),
            _ => None,
        };
        let json_string = nested == Nested::Structural && paths.json_string(path);
        let here = json::path_string(path);
        redact_value(redactor, key, &here, value, json_string, vault, &mut findings)
    })?;
    Ok(JsonRedaction { json: out, findings })
}

/// Redacts one selected string `value` at path `here` (its last key `key`): a JSON document inside the
/// string value by value when `json_string` (tool-call arguments; `Nested::Structural` only), else as text read with its key as
/// context. Findings go to `findings`; `Ok(None)` when nothing changed.
pub(crate) fn redact_value(
    redactor: &Redactor,
    key: Option<&str>,
    here: &str,
    value: &str,
    json_string: bool,
    vault: &mut Vault,
    findings: &mut Vec<JsonFinding>,
) -> Result<Option<String>, Error> {
    if json_string && json::is_json_container(value) {
        let inner = redact_json_as(redactor, value, &JsonPaths::default(), vault, Nested::Structural)?;
        for f in inner.findings {
            findings.push(JsonFinding {
                path: here.to_string(),
                inner_path: Some(f.path),
                finding: f.finding,
            });
        }
        return Ok((inner.json != value).then_some(inner.json));
    }
    let r = keyed::redact_keyed(redactor, key, value, vault);
    if r.findings.is_empty() {
        return Ok(None);
    }
    for f in r.findings {
        findings.push(JsonFinding { path: here.to_string(), inner_path: None, finding: f });
    }
    Ok(Some(r.text))
}

/// Redacts an LLM API body (request, response or one stream chunk) of `provider`: message contents,
/// content parts, system prompts and tool-call arguments (JSON inside strings is parsed, redacted value
/// by value and re-serialized). Framing fields (ids, roles, model names, types) and binary payloads
/// (images, audio, files, encrypted reasoning) are left alone.
pub fn redact_body(
    redactor: &Redactor,
    provider: Provider,
    json: &str,
    vault: &mut Vault,
) -> Result<JsonRedaction, Error> {
    let paths = provider.profile().paths()?;
    redact_json(redactor, json, &paths, vault)
}

/// Puts original values back into every string of a JSON document, keeping its bytes otherwise. A string
/// that is itself a JSON document (tool-call arguments) is restored value by value, so an original value
/// containing quotes or backslashes is escaped correctly inside it.
pub fn restore_body(vault: &Vault, json: &str) -> Result<String, Error> {
    json::rewrite(json, &mut |_, value| {
        if !value.contains('[') {
            return Ok(None);
        }
        if json::is_json_container(value) {
            let inner = restore_body(vault, value)?;
            return Ok((inner != value).then_some(inner));
        }
        let restored = vault.restore(value);
        Ok((restored != value).then_some(restored))
    })
}
