//! A one-slot cache of compiled redactors keyed by policy JSON.
//!
//! Hosts receive policies as JSON text on every call (the component API, the JS API). Compiling the
//! recognizers costs far more than scanning a prompt, so the last compiled policy is kept; hosts that
//! switch policies every call still work, only slower. The streaming form of the redactor (its cut
//! automaton, needed by the event-aware SSE redaction of captures) is built on first use and kept with it.

use std::sync::Arc;

use super::{Policy, Redaction, Redactor, Streaming};
use crate::Error;

/// Caches the redactor of the most recent policy text.
#[derive(Debug, Default)]
pub struct RedactorCache {
    slot: Option<Slot>,
}

#[derive(Debug)]
struct Slot {
    key: String,
    redactor: Arc<Redactor>,
    streaming: Option<Streaming>,
}

impl RedactorCache {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// The redactor for `policy_json` (`None` or empty = default policy), compiling it if it changed.
    pub fn get(&mut self, policy_json: Option<&str>) -> Result<&Redactor, Error> {
        Ok(&self.slot(policy_json)?.redactor)
    }

    /// The streaming redactor for `policy_json`, compiling its cut automaton on first use.
    pub fn streaming(&mut self, policy_json: Option<&str>) -> Result<&Streaming, Error> {
        let slot = self.slot(policy_json)?;
        if slot.streaming.is_none() {
            slot.streaming = Some(Streaming::new(Arc::clone(&slot.redactor))?);
        }
        slot.streaming.as_ref().ok_or_else(|| Error::internal("streaming redactor missing after fill"))
    }

    fn slot(&mut self, policy_json: Option<&str>) -> Result<&mut Slot, Error> {
        let key = policy_json.map(str::trim).unwrap_or("");
        let fresh = !matches!(&self.slot, Some(s) if s.key == key);
        if fresh {
            let policy = if key.is_empty() { Policy::default() } else { Policy::from_json(key)? };
            let redactor = Arc::new(Redactor::new(policy)?);
            self.slot = Some(Slot { key: key.to_string(), redactor, streaming: None });
        }
        self.slot.as_mut().ok_or_else(|| Error::internal("redactor cache empty after fill"))
    }

    /// Convenience: redact `text` under `policy_json`.
    pub fn redact(&mut self, text: &str, policy_json: Option<&str>) -> Result<Redaction, Error> {
        Ok(self.get(policy_json)?.redact(text))
    }
}
