//! Redaction exports: text, JSON documents, LLM API bodies and JSONL, one-shot, with or without a vault,
//! and restore. Each decodes its arguments, calls one core function and encodes the result.
//!
//! Two ways to name the policy: the free functions take it per call (a policy object or JSON text) and go
//! through a one-slot cache of compiled redactors keyed by the policy's JSON; the [`Redactor`] class
//! compiles it once and also opens streams. Both end in the same core calls.

use std::cell::RefCell;
use std::sync::Arc;

use serde::Deserialize;
use ward_core::redact::structured::{self, BadLine, JsonPaths, Provider};
use ward_core::redact::{Policy as CorePolicy, Redactor as CoreRedactor, RedactorCache, Streaming};
use wasm_bindgen::prelude::*;

use crate::error;
use crate::types::{self, Redaction};
use crate::vault::Vault;

thread_local! {
    /// Compiling a policy costs far more than scanning a prompt: keep the last one (keyed by its JSON text).
    static REDACTORS: RefCell<RedactorCache> = RefCell::new(RedactorCache::new());
}

/// Runs `f` with the cached redactor of `policy` (a policy value from JS).
fn cached<T>(
    policy: &JsValue,
    f: impl FnOnce(&CoreRedactor) -> Result<T, ward_core::Error>,
) -> Result<T, JsValue> {
    let policy = error::policy_json(policy)?;
    REDACTORS
        .with(|cache| cache.borrow_mut().get(policy.as_deref()).and_then(f))
        .map_err(|e| error::to_js(&e))
}

/// The JS shape of core's `JsonPaths` lists (decoded here; compiled and validated by core).
#[derive(Debug, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
struct PathLists {
    include: Vec<String>,
    exclude: Vec<String>,
    json_strings: Vec<String>,
}

fn json_paths(paths: JsValue) -> Result<JsonPaths, JsValue> {
    let lists: PathLists = if paths.is_undefined() || paths.is_null() {
        PathLists::default()
    } else {
        serde_wasm_bindgen::from_value(paths)
            .map_err(|e| error::coded(error::PARSE_FAILED, &format!("paths: {e}")))?
    };
    JsonPaths::new(&lists.include, &lists.exclude, &lists.json_strings).map_err(|e| error::to_js(&e))
}

fn provider(name: Option<String>) -> Result<Provider, JsValue> {
    Provider::parse(name.as_deref().unwrap_or("auto")).map_err(|e| error::to_js(&e))
}

fn bad_line(mode: Option<String>) -> Result<BadLine, JsValue> {
    match mode {
        None => Ok(BadLine::default()),
        Some(m) => serde_wasm_bindgen::from_value(JsValue::from_str(&m)).map_err(|_| {
            error::coded(error::PARSE_FAILED, &format!("bad_lines: `{m}` is not fail, text or pass"))
        }),
    }
}

/// Redacts `text` under `policy` (a policy object, its JSON text, or `undefined`/`null` for the default
/// policy). Throws an `Error` whose `code` is core's stable error code, e.g. `policy_invalid`.
#[wasm_bindgen(unchecked_return_type = "Redaction")]
pub fn redact(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "string | Policy | null | undefined")] policy: JsValue,
) -> Result<JsValue, JsValue> {
    let redaction = cached(&policy, |r| Ok(r.redact(text)))?;
    types::encode(&Redaction::from(redaction))
}

/// [`redact`] numbering placeholders through `vault` (stable across the calls of a conversation).
#[wasm_bindgen(js_name = redactWith, unchecked_return_type = "Redaction")]
pub fn redact_with(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "string | Policy | null | undefined")] policy: JsValue,
    vault: &mut Vault,
) -> Result<JsValue, JsValue> {
    let redaction = cached(&policy, |r| Ok(r.redact_with(text, &mut vault.0)))?;
    types::encode(&Redaction::from(redaction))
}

/// Redacts an LLM API body: request, response or one stream chunk of `provider` (`auto` when absent,
/// `openai_chat`, `openai_responses`, `anthropic`). Only message texts and tool-call arguments change;
/// the body's other bytes are kept. Numbers placeholders through `vault`.
#[wasm_bindgen(js_name = redactBody, unchecked_return_type = "JsonRedaction")]
pub fn redact_body(
    json: &str,
    provider_name: Option<String>,
    #[wasm_bindgen(unchecked_param_type = "string | Policy | null | undefined")] policy: JsValue,
    vault: &mut Vault,
) -> Result<JsValue, JsValue> {
    let provider = provider(provider_name)?;
    let out = cached(&policy, |r| structured::redact_body(r, provider, json, &mut vault.0))?;
    types::encode(&out)
}

/// Redacts the string values of a JSON document selected by `paths` (`{include, exclude, json_strings}`,
/// lists of JSON paths such as `$.messages[*].content`; absent = every string value).
#[wasm_bindgen(js_name = redactJson, unchecked_return_type = "JsonRedaction")]
pub fn redact_json(
    json: &str,
    #[wasm_bindgen(unchecked_param_type = "JsonPathLists | null | undefined")] paths: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | Policy | null | undefined")] policy: JsValue,
    vault: &mut Vault,
) -> Result<JsValue, JsValue> {
    let paths = json_paths(paths)?;
    let out = cached(&policy, |r| structured::redact_json(r, json, &paths, &mut vault.0))?;
    types::encode(&out)
}

/// Redacts each line of a JSONL text as a JSON document; `bad_lines` (`fail` (default), `text`, `pass`)
/// says what happens to a line that is not JSON.
#[wasm_bindgen(js_name = redactJsonl, unchecked_return_type = "JsonlRedaction")]
pub fn redact_jsonl(
    text: &str,
    #[wasm_bindgen(unchecked_param_type = "JsonPathLists | null | undefined")] paths: JsValue,
    bad_lines: Option<String>,
    #[wasm_bindgen(unchecked_param_type = "string | Policy | null | undefined")] policy: JsValue,
    vault: &mut Vault,
) -> Result<JsValue, JsValue> {
    let paths = json_paths(paths)?;
    let bad = bad_line(bad_lines)?;
    let out = cached(&policy, |r| structured::redact_jsonl(r, text, &paths, bad, &mut vault.0))?;
    types::encode(&out)
}

/// Redacts a capture (JSONL in ward's capture format): request and response bodies by provider,
/// `response_sse` event-aware (a value split across delta events is caught), free-form attributes (the
/// rollup keys `user`, `tenant`, `feature`, `session`, `provider` kept), tool arguments and results; every
/// other byte kept. `bad_lines` as in [`redact_jsonl`].
#[wasm_bindgen(js_name = redactCapture, unchecked_return_type = "JsonlRedaction")]
pub fn redact_capture(
    text: &str,
    bad_lines: Option<String>,
    #[wasm_bindgen(unchecked_param_type = "string | Policy | null | undefined")] policy: JsValue,
    vault: &mut Vault,
) -> Result<JsValue, JsValue> {
    let bad = bad_line(bad_lines)?;
    let policy = error::policy_json(&policy)?;
    let out = REDACTORS
        .with(|cache| {
            let mut cache = cache.borrow_mut();
            let streaming = cache.streaming(policy.as_deref())?;
            structured::redact_capture(streaming, text, bad, &mut vault.0)
        })
        .map_err(|e| error::to_js(&e))?;
    types::encode(&out)
}

/// Puts original values back into every string of a JSON document (tool-call arguments included, with
/// JSON escaping), keeping its other bytes.
#[wasm_bindgen(js_name = restoreBody)]
pub fn restore_body(json: &str, vault: &Vault) -> Result<String, JsValue> {
    structured::restore_body(&vault.0, json).map_err(|e| error::to_js(&e))
}

/// A policy compiled once, for many calls and streams (the free functions recompile when the policy
/// changes between calls).
#[wasm_bindgen]
#[derive(Debug)]
pub struct Redactor {
    pub(crate) streaming: Streaming,
}

#[wasm_bindgen]
impl Redactor {
    /// Compiles `policy` (an object, its JSON text, or nothing for the default). Throws `policy_invalid`.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(unchecked_param_type = "string | Policy | null | undefined")] policy: JsValue,
    ) -> Result<Redactor, JsValue> {
        let policy = match error::policy_json(&policy)? {
            Some(text) if !text.trim().is_empty() => CorePolicy::from_json(&text),
            _ => Ok(CorePolicy::default()),
        };
        policy
            .and_then(CoreRedactor::new)
            .and_then(|r| Streaming::new(Arc::new(r)))
            .map(|streaming| Redactor { streaming })
            .map_err(|e| error::to_js(&e))
    }

    /// Redacts `text` with fresh numbering.
    #[wasm_bindgen(unchecked_return_type = "Redaction")]
    pub fn redact(&self, text: &str) -> Result<JsValue, JsValue> {
        types::encode(&Redaction::from(self.streaming.redactor().redact(text)))
    }

    /// Redacts `text`, numbering through `vault`.
    #[wasm_bindgen(js_name = redactWith, unchecked_return_type = "Redaction")]
    pub fn redact_with(&self, text: &str, vault: &mut Vault) -> Result<JsValue, JsValue> {
        types::encode(&Redaction::from(self.streaming.redactor().redact_with(text, &mut vault.0)))
    }

    /// [`redact_body`] with this redactor.
    #[wasm_bindgen(js_name = redactBody, unchecked_return_type = "JsonRedaction")]
    pub fn redact_body(
        &self,
        json: &str,
        provider_name: Option<String>,
        vault: &mut Vault,
    ) -> Result<JsValue, JsValue> {
        let provider = provider(provider_name)?;
        let out = structured::redact_body(self.streaming.redactor(), provider, json, &mut vault.0)
            .map_err(|e| error::to_js(&e))?;
        types::encode(&out)
    }
}
