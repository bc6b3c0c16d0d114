//! Redaction of a stored capture: ward's JSONL capture format, one LLM call or agent step per line.
//!
//! Teams keep captures in logs and trace stores, so a capture must be redacted as carefully as live
//! traffic. Redacting it as generic JSONL misses two things: the request and response bodies need their
//! provider's profile (message texts and tool-call arguments, not ids and model names), and a streamed
//! answer (`response_sse`, the raw SSE text stored as one JSON string) splits values across delta events,
//! so `"jane.doe@"` in one event and `"example.org"` in the next are each harmless on their own. Here each
//! line is rewritten in place ([`json::rewrite`]: every byte outside a redacted value is kept) field by
//! field, all through one vault, so `[EMAIL_1]` in a request and in the streamed answer is the same value:
//!
//! | field | what happens |
//! |---|---|
//! | `request`, `response` | provider-aware body redaction ([`redact_body`](super::redact_body)); the provider comes from the `url` path (`/chat/completions`, `/responses`, `/messages`), else from the body's fields (`Provider::Auto`, when the request is an LLM body: a string `model` and a content field). A provider error's `response.error.message` is redacted too (it may echo the input). A body stored as a JSON string is decoded, redacted the same way and re-encoded. Bodies of an API ward does not know (neither URL nor request shape) have every string redacted: fail closed. |
//! | `response_sse` | decoded and run through the event-aware [`SseRedactor`]: each content stream (a choice's text, a tool call's arguments, a content block) is redacted as one text, so a value split across delta events is caught; framing and usage events are kept |
//! | `attributes` | `user`, `tenant`, `feature`, `session` and `provider` are kept; every other string (at any depth) is redacted |
//! | step lines (`operation`) | `tool.arguments` and `tool.result` (value by value when they hold JSON), `retrieval.query` and document fields other than `id`, `error.message` are redacted; names, ids, `data_source`, `error.type` kept |
//! | `url`, `status`, `start`, `first_token`, `end`, `trace_id`, `span_id`, `parent_span_id`, `operation`, `model`, `provider` | kept byte for byte |
//! | any other field | redacted (an unknown field is free-form: fail closed) |
//!
//! **Why those five attributes stay.** They key cost rollups, Prometheus series and trace grouping (`ward
//! cost` per user, tenant and feature; sessions), and they are identifiers the team chose, usually opaque
//! (`u-1042`, `acme`). Placeholders are numbered per run, so `user: [EMAIL_3]` in one file and in the
//! next would be different people: redacting them would break the rollups they exist for. If a team puts
//! e-mail addresses there, it should pseudonymize them when it writes the capture. `provider` overrides
//! the provider name the parser infers. Every other attribute is free-form and may carry anything.
//!
//! Findings name the line, the field's JSON path and, inside `response_sse` or a string-encoded body,
//! the path inside that text (`inner_path`): for a stream, the event field of the content stream's first
//! delta (e.g. `$.choices[0].delta.content`) with offsets in that stream's whole text. A line that is not
//! a JSON object follows [`BadLine`] exactly as in [`redact_jsonl`](super::redact_jsonl). Restore does not
//! apply: a capture is stored, never sent back to a model.
//!
//! A redacted SSE string is re-encoded by `serde_json`, so its escaping can differ from the original
//! writer's (`\u00e9` becomes `é`); its decoded text is unchanged outside the findings, and a line without
//! findings is unchanged byte for byte.

use serde_json::Value;

use super::super::{Streaming, Vault};
use super::body::{JsonFinding, JsonPaths, Provider, redact_body, redact_json, redact_value};
use super::json::{self, Seg};
use super::jsonl::{BadLine, JsonlRedaction, redact_lines};
use super::proxied::is_llm_body;
use super::sse::SseRedactor;
use crate::Error;

/// Attributes kept as they are: the keys of cost rollups and trace grouping (see the module docs).
pub const KEPT_ATTRIBUTES: [&str; 5] = ["user", "tenant", "feature", "session", "provider"];

/// Top-level framing fields kept byte for byte.
const FRAMING: [&str; 11] = [
    "url",
    "status",
    "start",
    "first_token",
    "end",
    "trace_id",
    "span_id",
    "parent_span_id",
    "operation",
    "model",
    "provider",
];

/// Redacts a capture (JSONL in ward's capture format) line by line through one `vault`. `streaming`
/// carries the redactor and its cut automaton (the SSE content streams are redacted as streams). The
/// result has the shape of [`redact_jsonl`](super::redact_jsonl)'s: text, findings with line numbers and
/// JSON paths, and the lines that were not JSON objects (handled as `bad` says).
pub fn redact_capture(
    streaming: &Streaming,
    text: &str,
    bad: BadLine,
    vault: &mut Vault,
) -> Result<JsonlRedaction, Error> {
    let profiles = Profiles::new()?;
    redact_lines(streaming.redactor(), text, bad, vault, &mut |line, vault| {
        let mut ctx = Line { streaming, profiles: &profiles, vault, findings: Vec::new() };
        let out = ctx.redact(line)?;
        Ok((out, ctx.findings))
    })
}

/// The body path lists of each provider, compiled once per call.
struct Profiles {
    chat: JsonPaths,
    responses: JsonPaths,
    anthropic: JsonPaths,
    auto: JsonPaths,
}

impl Profiles {
    fn new() -> Result<Profiles, Error> {
        Ok(Profiles {
            chat: Provider::OpenaiChat.profile().paths()?,
            responses: Provider::OpenaiResponses.profile().paths()?,
            anthropic: Provider::Anthropic.profile().paths()?,
            auto: Provider::Auto.profile().paths()?,
        })
    }

    fn get(&self, provider: Provider) -> &JsonPaths {
        match provider {
            Provider::OpenaiChat => &self.chat,
            Provider::OpenaiResponses => &self.responses,
            Provider::Anthropic => &self.anthropic,
            Provider::Auto => &self.auto,
        }
    }
}

/// The body format of a capture line, from its `url` path (the parser's rule); `Auto` recognizes the
/// body by its fields otherwise (also for embeddings, whose `input` the Responses paths cover).
fn provider_of(url: Option<&str>) -> Provider {
    let path = url.map(|u| u.split(['?', '#']).next().unwrap_or(u)).unwrap_or("");
    if path.ends_with("/chat/completions") {
        Provider::OpenaiChat
    } else if path.ends_with("/responses") {
        Provider::OpenaiResponses
    } else if path.ends_with("/messages") {
        Provider::Anthropic
    } else {
        Provider::Auto
    }
}

/// What to do with one string value of a line.
enum Action {
    Keep,
    /// Redact as text read with its key as context; `true`: a JSON document inside is redacted value by
    /// value.
    Text(bool),
    /// A request or response body stored as a JSON string.
    StringBody,
    /// The raw SSE text.
    Sse,
}

fn key(seg: Option<&Seg>) -> Option<&str> {
    match seg {
        Some(Seg::Key(k)) => Some(k),
        _ => None,
    }
}

/// The state of one line's rewrite.
struct Line<'a> {
    streaming: &'a Streaming,
    profiles: &'a Profiles,
    vault: &'a mut Vault,
    findings: Vec<JsonFinding>,
}

impl Line<'_> {
    fn redact(&mut self, line: &str) -> Result<String, Error> {
        let v: Value =
            serde_json::from_str(line).map_err(|e| Error::parse(format!("line is not JSON: {e}")))?;
        let Some(obj) = v.as_object() else {
            return Err(Error::parse("capture line is not a JSON object"));
        };
        let provider = provider_of(obj.get("url").and_then(Value::as_str));
        // A body ward cannot place (another provider's API) is redacted in full: fail closed.
        let known = provider != Provider::Auto || obj.get("request").is_some_and(is_llm_request);
        let provider = known.then_some(provider);
        let profiles = self.profiles;
        let body = provider.map(|p| profiles.get(p));
        json::rewrite(line, &mut |path, value| {
            let here = json::path_string(path);
            match action(path, body) {
                Action::Keep => Ok(None),
                Action::Text(json_string) => {
                    let k = key(path.last());
                    redact_value(
                        self.streaming.redactor(),
                        k,
                        &here,
                        value,
                        json_string,
                        self.vault,
                        &mut self.findings,
                    )
                }
                Action::StringBody => self.string_body(provider, &here, value),
                Action::Sse => self.sse(&here, value),
            }
        })
    }

    /// A body stored as a JSON string: redacted as its provider's body (every string value when the
    /// provider is unknown); as text when it is not a JSON object or array.
    fn string_body(
        &mut self,
        provider: Option<Provider>,
        here: &str,
        value: &str,
    ) -> Result<Option<String>, Error> {
        let redactor = self.streaming.redactor();
        if !json::is_json_container(value) {
            return redact_value(redactor, None, here, value, false, self.vault, &mut self.findings);
        }
        let r = match provider {
            Some(p) => redact_body(redactor, p, value, self.vault)?,
            None => redact_json(redactor, value, &JsonPaths::default(), self.vault)?,
        };
        for f in r.findings {
            let inner = match f.inner_path {
                Some(deeper) => format!("{}{}", f.path, deeper.strip_prefix('$').unwrap_or(&deeper)),
                None => f.path,
            };
            self.findings.push(JsonFinding {
                path: here.to_string(),
                inner_path: Some(inner),
                finding: f.finding,
            });
        }
        Ok((r.json != value).then_some(r.json))
    }

    /// The raw SSE text through the event-aware redactor, numbering through the line's vault.
    fn sse(&mut self, here: &str, value: &str) -> Result<Option<String>, Error> {
        let mut sse = SseRedactor::new(self.streaming.clone(), Vault::new())?;
        std::mem::swap(sse.vault_mut(), self.vault);
        let out = sse.push(value.as_bytes()).and_then(|mut out| {
            out.extend(sse.finish()?);
            Ok(out)
        });
        // The vault goes back to the caller whatever happened.
        std::mem::swap(sse.vault_mut(), self.vault);
        let out = String::from_utf8(out?).map_err(|e| Error::internal(format!("sse output: {e}")))?;
        let found = sse.take_findings();
        if found.is_empty() && out == value {
            return Ok(None);
        }
        self.findings.extend(found.into_iter().map(|f| JsonFinding {
            path: here.to_string(),
            inner_path: Some(f.path),
            finding: f.finding,
        }));
        Ok(Some(out))
    }
}

/// Whether a capture line's `request` (an object, or JSON text) is an LLM API call ward knows.
fn is_llm_request(v: &Value) -> bool {
    match v {
        Value::String(text) => serde_json::from_str::<Value>(text).is_ok_and(|v| is_llm_body(&v)),
        other => is_llm_body(other),
    }
}

/// Decides the fate of the string at `path` (see the module docs' table); `body` is the line's body
/// path lists (`None`: an API ward does not know, whose strings are all redacted).
fn action(path: &[Seg], body: Option<&JsonPaths>) -> Action {
    let Some(top) = key(path.first()) else { return Action::Text(false) };
    let rest = path.get(1..).unwrap_or_default();
    let second = key(rest.first());
    match top {
        "request" | "response" if rest.is_empty() => Action::StringBody,
        "request" | "response" => {
            let Some(body) = body else { return Action::Text(false) };
            let error_message = top == "response"
                && rest.len() == 2
                && second == Some("error")
                && key(rest.get(1)) == Some("message");
            if body.selects(rest) || error_message {
                Action::Text(body.json_string(rest))
            } else {
                Action::Keep
            }
        }
        "response_sse" if rest.is_empty() => Action::Sse,
        "attributes" if second.is_some_and(|k| KEPT_ATTRIBUTES.contains(&k)) => Action::Keep,
        "agent" if matches!(second, Some("name" | "id")) && rest.len() == 1 => Action::Keep,
        "tool" if matches!(second, Some("name" | "call_id" | "type")) && rest.len() == 1 => Action::Keep,
        "tool" if matches!(second, Some("arguments" | "result")) => Action::Text(rest.len() == 1),
        "retrieval" if second == Some("data_source") && rest.len() == 1 => Action::Keep,
        "retrieval" if second == Some("documents") && rest.len() == 3 && key(rest.get(2)) == Some("id") => {
            Action::Keep
        }
        "error" if matches!(second, Some("type" | "code")) && rest.len() == 1 => Action::Keep,
        t if FRAMING.contains(&t) && rest.is_empty() => Action::Keep,
        _ => Action::Text(false),
    }
}

#[cfg(test)]
mod tests;
