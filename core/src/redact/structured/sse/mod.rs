//! Event-aware SSE redaction and restore for OpenAI Chat, OpenAI Responses and Anthropic Messages
//! streams.
//!
//! Only the text deltas change (`choices[].delta.content` / `refusal`,
//! `delta.tool_calls[].function.arguments`, Anthropic `text_delta.text` and `input_json_delta.partial_json`,
//! Responses `response.output_text.delta`, `refusal.delta` and `function_call_arguments.delta`); framing,
//! other fields and unknown events pass through byte for byte. Each content stream (one choice's text,
//! one tool call's arguments, one content block) runs through its own [`StreamRedactor`] or
//! [`StreamRestorer`], so a value or placeholder split across delta events is still caught; every stream
//! shares one vault. Text a stream still holds when it closes (finish reason, `content_block_stop`,
//! `.done` events, `[DONE]`, `message_stop`, end of input) goes out in one extra delta event of that
//! stream, placed just before the closing event: a copy of the stream's delta shape (chat: the chunk
//! envelope with that choice only; Responses: the last delta event, same sequence number).
//!
//! Events that repeat full texts (Responses `.done`, `output_item.*`, `response.completed`; Anthropic
//! `message_start`) are redacted one-shot with the same vault, which gives the same text as the deltas.
//! Tool-call arguments arrive as partial JSON: they are redacted as text (placeholders are JSON-safe) and
//! restored with JSON-escaped values, so a restored value containing `"` keeps the JSON valid.

mod frame;
mod plan;

use serde_json::Value;

use super::super::{StreamRedactor, StreamRestorer, Streaming, Vault};
use super::body::{JsonFinding, JsonPaths, Nested, redact_json_as};
use super::json;
use super::profiles;
use crate::Error;
use frame::{Framer, RawEvent, synthesize, with_data};
use plan::{Plan, Template};

/// One direction of processing (redact or restore) over content streams.
trait Side {
    type Stream: std::fmt::Debug;
    /// Opens the content stream whose first delta is at `path` in its event.
    fn open(&self, json_text: bool, path: &str) -> Self::Stream;
    fn push(&mut self, s: &mut Self::Stream, text: &str) -> Result<String, Error>;
    fn finish(&mut self, s: &mut Self::Stream) -> Result<String, Error>;
    /// A whole event body that repeats full texts.
    fn whole(&mut self, data: &str) -> Result<String, Error>;
}

#[derive(Debug)]
struct Redact {
    streaming: Streaming,
    vault: Vault,
    full: JsonPaths,
    findings: Vec<JsonFinding>,
}

/// A content stream being redacted and the event path of its first delta (named in its findings).
#[derive(Debug)]
struct RedactStream {
    inner: StreamRedactor,
    path: String,
}

impl Redact {
    fn collect(&mut self, s: &mut RedactStream) {
        let path = &s.path;
        self.findings.extend(s.inner.take_findings().into_iter().map(|finding| JsonFinding {
            path: path.clone(),
            inner_path: None,
            finding,
        }));
    }
}

impl Side for Redact {
    type Stream = RedactStream;
    fn open(&self, _json_text: bool, path: &str) -> RedactStream {
        RedactStream { inner: self.streaming.stream(Vault::new()), path: path.to_string() }
    }
    fn push(&mut self, s: &mut RedactStream, text: &str) -> Result<String, Error> {
        let out = s.inner.push_with(text.as_bytes(), &mut self.vault)?;
        self.collect(s);
        Ok(out)
    }
    fn finish(&mut self, s: &mut RedactStream) -> Result<String, Error> {
        let out = s.inner.finish_with(&mut self.vault)?;
        self.collect(s);
        Ok(out)
    }
    fn whole(&mut self, data: &str) -> Result<String, Error> {
        let r = redact_json_as(self.streaming.redactor(), data, &self.full, &mut self.vault, Nested::Text)?;
        self.findings.extend(r.findings);
        Ok(r.json)
    }
}

#[derive(Debug)]
struct Restore {
    vault: Vault,
    escaped: Vault,
}

impl Side for Restore {
    type Stream = StreamRestorer;
    fn open(&self, json_text: bool, _path: &str) -> StreamRestorer {
        StreamRestorer::new(if json_text { &self.escaped } else { &self.vault })
    }
    fn push(&mut self, s: &mut StreamRestorer, text: &str) -> Result<String, Error> {
        s.push_str(text)
    }
    fn finish(&mut self, s: &mut StreamRestorer) -> Result<String, Error> {
        s.finish()
    }
    fn whole(&mut self, data: &str) -> Result<String, Error> {
        super::body::restore_body(&self.vault, data)
    }
}

/// The vault with every value JSON-escaped (for restoring inside JSON text).
fn escaped_vault(vault: &Vault) -> Result<Vault, Error> {
    let mut v: Value =
        serde_json::from_str(&vault.to_json()).map_err(|e| Error::internal(format!("vault: {e}")))?;
    for entry in v.get_mut("entries").and_then(Value::as_array_mut).into_iter().flatten() {
        if let Some(Value::String(s)) = entry.get_mut("value") {
            let q = json::quote(s);
            *s = q.get(1..q.len().saturating_sub(1)).unwrap_or_default().to_string();
        }
    }
    Vault::from_json(&v.to_string())
}

#[derive(Debug)]
struct Open<S> {
    key: String,
    stream: S,
    template: Template,
    eol: &'static str,
}

#[derive(Debug)]
struct Processor<D: Side + std::fmt::Debug> {
    side: D,
    framer: Framer,
    streams: Vec<Open<D::Stream>>,
    done: bool,
}

impl<D: Side + std::fmt::Debug> Processor<D> {
    fn new(side: D) -> Self {
        Processor { side, framer: Framer::default(), streams: Vec::new(), done: false }
    }

    fn push(&mut self, bytes: &[u8]) -> Result<Vec<u8>, Error> {
        if self.done {
            return Err(Error::internal("push after finish"));
        }
        let mut out = String::new();
        for ev in self.framer.push(bytes)? {
            self.event(&ev, &mut out)?;
        }
        Ok(out.into_bytes())
    }

    fn finish(&mut self) -> Result<Vec<u8>, Error> {
        if self.done {
            return Ok(Vec::new());
        }
        self.done = true;
        let mut out = String::new();
        if let Some(ev) = self.framer.finish()? {
            self.event(&ev, &mut out)?;
        }
        self.close("", &[], &mut out)?;
        Ok(out.into_bytes())
    }

    /// Finishes every stream whose key starts with `prefix` (except `keep`), emitting held text.
    fn close(&mut self, prefix: &str, keep: &[&str], out: &mut String) -> Result<(), Error> {
        let mut i = 0;
        while i < self.streams.len() {
            let s = &self.streams[i];
            if !s.key.starts_with(prefix) || keep.contains(&s.key.as_str()) {
                i += 1;
                continue;
            }
            let mut open = self.streams.remove(i);
            let rest = self.side.finish(&mut open.stream)?;
            if !rest.is_empty() {
                let mut value = open.template.value.clone();
                if let Some(slot) = value.pointer_mut(&open.template.pointer) {
                    *slot = Value::String(rest);
                }
                out.push_str(&synthesize(open.template.name.as_deref(), &value.to_string(), open.eol));
            }
        }
        Ok(())
    }

    fn event(&mut self, ev: &RawEvent, out: &mut String) -> Result<(), Error> {
        let Some(data) = ev.data.as_deref() else {
            out.push_str(&ev.raw);
            return Ok(());
        };
        if data.trim() == "[DONE]" {
            self.close("", &[], out)?;
            out.push_str(&ev.raw);
            return Ok(());
        }
        let Ok(v) = serde_json::from_str::<Value>(data) else {
            out.push_str(&ev.raw);
            return Ok(());
        };
        let plan = plan::plan(&v, ev.name.as_deref());
        let own: Vec<&str> = plan.deltas.iter().map(|d| d.key.as_str()).collect();
        for prefix in &plan.closes {
            self.close(prefix, &own, out)?;
        }
        let new = if !plan.deltas.is_empty() {
            self.deltas(data, &plan, ev.eol)?
        } else if plan.whole {
            self.side.whole(data)?
        } else {
            data.to_string()
        };
        if new == data {
            out.push_str(&ev.raw);
        } else {
            out.push_str(&with_data(ev, &new));
        }
        Ok(())
    }

    /// Runs the event's deltas through their streams (a stream this event closes is finished here).
    fn deltas(&mut self, data: &str, plan: &Plan, eol: &'static str) -> Result<String, Error> {
        json::rewrite(data, &mut |path, text| {
            let Some(d) = plan.deltas.iter().find(|d| d.path == path) else { return Ok(None) };
            let i = match self.streams.iter().position(|s| s.key == d.key) {
                Some(i) => i,
                None => {
                    let stream = self.side.open(d.json_text, &json::path_string(&d.path));
                    self.streams.push(Open { key: d.key.clone(), stream, template: d.template.clone(), eol });
                    self.streams.len() - 1
                }
            };
            let Some(open) = self.streams.get_mut(i) else { return Ok(None) };
            open.template = d.template.clone();
            let mut new = self.side.push(&mut open.stream, text)?;
            if plan.closes.iter().any(|c| d.key.starts_with(c.as_str())) {
                let mut open = self.streams.remove(i);
                new.push_str(&self.side.finish(&mut open.stream)?);
            }
            Ok((new != text).then_some(new))
        })
    }
}

/// Redacts an SSE byte stream of OpenAI Chat, OpenAI Responses or Anthropic Messages events.
#[derive(Debug)]
pub struct SseRedactor(Processor<Redact>);

impl SseRedactor {
    /// A redactor numbering placeholders through `vault` (the conversation's vault).
    pub fn new(streaming: Streaming, vault: Vault) -> Result<SseRedactor, Error> {
        let full = profiles::sse_full().paths()?;
        Ok(SseRedactor(Processor::new(Redact { streaming, vault, full, findings: Vec::new() })))
    }

    /// Feeds bytes (any split); returns the bytes of the events completed so far, redacted.
    pub fn push(&mut self, bytes: &[u8]) -> Result<Vec<u8>, Error> {
        self.0.push(bytes)
    }

    /// Ends the stream: flushes the last event and every open content stream.
    pub fn finish(&mut self) -> Result<Vec<u8>, Error> {
        self.0.finish()
    }

    /// The vault (placeholders handed out so far).
    pub fn vault(&self) -> &Vault {
        &self.0.side.vault
    }

    /// The vault, to lend the caller's in and out (`capture` numbers a whole file through one vault).
    pub(crate) fn vault_mut(&mut self) -> &mut Vault {
        &mut self.0.side.vault
    }

    /// Findings emitted since the last call. `path` is the event field of a content stream's first delta
    /// (e.g. `$.choices[0].delta.content`) with offsets in that stream's whole text (every delta of the
    /// stream concatenated), or the field of an event that repeats a full text, with offsets in it.
    pub fn take_findings(&mut self) -> Vec<JsonFinding> {
        std::mem::take(&mut self.0.side.findings)
    }

    /// The vault, after `finish`.
    pub fn into_vault(self) -> Vault {
        self.0.side.vault
    }
}

/// Restores placeholders in an SSE byte stream of OpenAI Chat, OpenAI Responses or Anthropic events.
#[derive(Debug)]
pub struct SseRestorer(Processor<Restore>);

impl SseRestorer {
    /// A restorer for the placeholders of `vault`.
    pub fn new(vault: &Vault) -> Result<SseRestorer, Error> {
        let escaped = escaped_vault(vault)?;
        Ok(SseRestorer(Processor::new(Restore { vault: vault.clone(), escaped })))
    }

    /// Feeds bytes (any split); returns the bytes of the events completed so far, restored.
    pub fn push(&mut self, bytes: &[u8]) -> Result<Vec<u8>, Error> {
        self.0.push(bytes)
    }

    /// Ends the stream: flushes the last event and every open content stream.
    pub fn finish(&mut self) -> Result<Vec<u8>, Error> {
        self.0.finish()
    }
}
