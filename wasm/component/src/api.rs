//! The `api` interface, redaction half: vault handles, redaction with a vault (text, JSON, LLM bodies,
//! JSONL), and streaming redact/restore. Each function decodes its arguments, calls one core function and
//! encodes the result. `redact-capture` takes the cached redactor's streaming form (its SSE content
//! streams are redacted as streams).
//!
//! Why handles and not JSON vaults: a vault grows with the conversation and every call needs it, so it
//! stays in the component's memory; the host serializes it only when it wants to keep it. Core's types are
//! `&mut` APIs while WIT resources are shared, hence the `RefCell`s (calls never re-enter the component).

use std::cell::RefCell;
use std::sync::Arc;

use serde::Deserialize;
use ward_core::redact::structured::{self, BadLine, JsonPaths, Provider};
use ward_core::redact::{
    Finding as CoreFinding, Policy, Redactor, StreamRedactor as CoreStreamRedactor,
    StreamRestorer as CoreStreamRestorer, Streaming, Vault as CoreVault,
};

use crate::bindings::exports::ward::engine::api::{
    self, Error, Finding, GuestStreamRedactor, GuestStreamRestorer, GuestVault, Redaction, VaultBorrow,
};
use crate::{REDACTORS, u32_of};

pub(crate) fn err(e: ward_core::Error) -> Error {
    Error { code: e.code().to_string(), message: e.message().to_string() }
}

fn finding(f: CoreFinding) -> Finding {
    Finding {
        entity: f.entity.into_owned(),
        start: u32_of(f.start),
        end: u32_of(f.end),
        start_utf16: u32_of(f.start_utf16),
        end_utf16: u32_of(f.end_utf16),
        score: f.score,
        replacement: f.replacement,
    }
}

/// Serializes a core output; core's output types always serialize, the error path is for completeness.
pub(crate) fn json<T: serde::Serialize>(value: &T) -> Result<String, Error> {
    serde_json::to_string(value)
        .map_err(|e| Error { code: "internal".into(), message: format!("encoding JSON: {e}") })
}

/// Runs `f` with the cached redactor for `policy` (`None` = the default policy).
fn with_redactor<T>(
    policy: Option<&str>,
    f: impl FnOnce(&Redactor) -> Result<T, ward_core::Error>,
) -> Result<T, Error> {
    REDACTORS.with(|cache| cache.borrow_mut().get(policy).and_then(f)).map_err(err)
}

/// The path lists of `redact-json` / `redact-jsonl`, as the JSON documented in the WIT.
#[derive(Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct PathLists {
    include: Vec<String>,
    exclude: Vec<String>,
    json_strings: Vec<String>,
}

fn paths(json: Option<&str>) -> Result<JsonPaths, Error> {
    let lists: PathLists = match json.map(str::trim).filter(|s| !s.is_empty()) {
        Some(text) => serde_json::from_str(text)
            .map_err(|e| Error { code: "parse_failed".into(), message: format!("paths: {e}") })?,
        None => PathLists::default(),
    };
    JsonPaths::new(&lists.include, &lists.exclude, &lists.json_strings).map_err(err)
}

fn bad_line(mode: Option<&str>) -> Result<BadLine, Error> {
    match mode {
        None => Ok(BadLine::default()),
        Some(m) => serde_json::from_value(serde_json::Value::String(m.to_string())).map_err(|_| Error {
            code: "parse_failed".into(),
            message: format!("bad-lines: `{m}` is not fail, text or pass"),
        }),
    }
}

/// A vault handle.
pub struct Vault(RefCell<CoreVault>);

impl GuestVault for Vault {
    fn new() -> Self {
        Vault(RefCell::new(CoreVault::new()))
    }

    fn from_json(json: String) -> Result<api::Vault, Error> {
        CoreVault::from_json(&json).map(|v| api::Vault::new(Vault(RefCell::new(v)))).map_err(err)
    }

    fn to_json(&self) -> String {
        self.0.borrow().to_json()
    }

    fn size(&self) -> u32 {
        u32_of(self.0.borrow().entries().len())
    }

    fn restore(&self, text: String) -> String {
        self.0.borrow().restore(&text)
    }

    fn restore_json(&self, json: String) -> Result<String, Error> {
        self.0.borrow().restore_json(&json).map_err(err)
    }

    fn restore_body(&self, json: String) -> Result<String, Error> {
        structured::restore_body(&self.0.borrow(), &json).map_err(err)
    }
}

fn cell<'a>(vault: &'a VaultBorrow<'_>) -> &'a RefCell<CoreVault> {
    &vault.get::<Vault>().0
}

pub(crate) fn redact_with(
    text: String,
    policy: Option<String>,
    vault: VaultBorrow<'_>,
) -> Result<Redaction, Error> {
    let mut vault = cell(&vault).borrow_mut();
    let r = with_redactor(policy.as_deref(), |r| Ok(r.redact_with(&text, &mut vault)))?;
    Ok(Redaction { text: r.text, findings: r.findings.into_iter().map(finding).collect() })
}

pub(crate) fn redact_json(
    json_text: String,
    path_lists: Option<String>,
    policy: Option<String>,
    vault: VaultBorrow<'_>,
) -> Result<String, Error> {
    let paths = paths(path_lists.as_deref())?;
    let mut vault = cell(&vault).borrow_mut();
    let out =
        with_redactor(policy.as_deref(), |r| structured::redact_json(r, &json_text, &paths, &mut vault))?;
    json(&out)
}

pub(crate) fn redact_body(
    json_text: String,
    provider: Option<String>,
    policy: Option<String>,
    vault: VaultBorrow<'_>,
) -> Result<String, Error> {
    let provider = Provider::parse(provider.as_deref().unwrap_or("auto")).map_err(err)?;
    let mut vault = cell(&vault).borrow_mut();
    let out =
        with_redactor(policy.as_deref(), |r| structured::redact_body(r, provider, &json_text, &mut vault))?;
    json(&out)
}

pub(crate) fn redact_jsonl(
    text: String,
    path_lists: Option<String>,
    bad_lines: Option<String>,
    policy: Option<String>,
    vault: VaultBorrow<'_>,
) -> Result<String, Error> {
    let paths = paths(path_lists.as_deref())?;
    let bad = bad_line(bad_lines.as_deref())?;
    let mut vault = cell(&vault).borrow_mut();
    let out =
        with_redactor(policy.as_deref(), |r| structured::redact_jsonl(r, &text, &paths, bad, &mut vault))?;
    json(&out)
}

pub(crate) fn redact_capture(
    text: String,
    bad_lines: Option<String>,
    policy: Option<String>,
    vault: VaultBorrow<'_>,
) -> Result<String, Error> {
    let bad = bad_line(bad_lines.as_deref())?;
    let mut vault = cell(&vault).borrow_mut();
    let out = REDACTORS
        .with(|cache| {
            let mut cache = cache.borrow_mut();
            let streaming = cache.streaming(policy.as_deref())?;
            structured::redact_capture(streaming, &text, bad, &mut vault)
        })
        .map_err(err)?;
    json(&out)
}

/// A streaming redactor handle.
pub struct StreamRedactor(RefCell<CoreStreamRedactor>);

impl GuestStreamRedactor for StreamRedactor {
    fn open(policy: Option<String>) -> Result<api::StreamRedactor, Error> {
        let policy = match policy.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(text) => Policy::from_json(text),
            None => Ok(Policy::default()),
        };
        let streaming =
            policy.and_then(Redactor::new).and_then(|r| Streaming::new(Arc::new(r))).map_err(err)?;
        Ok(api::StreamRedactor::new(StreamRedactor(RefCell::new(streaming.stream(CoreVault::new())))))
    }

    fn push(&self, chunk: Vec<u8>, vault: VaultBorrow<'_>) -> Result<String, Error> {
        self.0.borrow_mut().push_with(&chunk, &mut cell(&vault).borrow_mut()).map_err(err)
    }

    fn finish(&self, vault: VaultBorrow<'_>) -> Result<String, Error> {
        self.0.borrow_mut().finish_with(&mut cell(&vault).borrow_mut()).map_err(err)
    }

    fn take_findings(&self) -> Vec<Finding> {
        self.0.borrow_mut().take_findings().into_iter().map(finding).collect()
    }
}

/// A streaming restorer handle.
pub struct StreamRestorer(RefCell<CoreStreamRestorer>);

impl GuestStreamRestorer for StreamRestorer {
    fn new(vault: VaultBorrow<'_>) -> Self {
        StreamRestorer(RefCell::new(CoreStreamRestorer::new(&cell(&vault).borrow())))
    }

    fn push(&self, chunk: Vec<u8>) -> Result<String, Error> {
        self.0.borrow_mut().push(&chunk).map_err(err)
    }

    fn finish(&self) -> Result<String, Error> {
        self.0.borrow_mut().finish().map_err(err)
    }
}
