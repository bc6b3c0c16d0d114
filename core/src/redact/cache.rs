//! A one-slot cache of compiled redactors keyed by policy JSON.
//!
//! Hosts receive policies as JSON text on every call (the component API, the JS API). Compiling the
//! recognizers costs far more than scanning a prompt, so the last compiled policy is kept; hosts that
//! switch policies every call still work, only slower.

use super::{Policy, Redaction, Redactor};
use crate::Error;

/// Caches the redactor of the most recent policy text.
#[derive(Debug, Default)]
pub struct RedactorCache {
    slot: Option<(String, Redactor)>,
}

impl RedactorCache {
    /// An empty cache.
    pub fn new() -> Self {
        Self::default()
    }

    /// The redactor for `policy_json` (`None` or empty = default policy), compiling it if it changed.
    pub fn get(&mut self, policy_json: Option<&str>) -> Result<&Redactor, Error> {
        let key = policy_json.map(str::trim).unwrap_or("");
        let fresh = !matches!(&self.slot, Some((k, _)) if k == key);
        if fresh {
            let policy = if key.is_empty() { Policy::default() } else { Policy::from_json(key)? };
            self.slot = Some((key.to_string(), Redactor::new(policy)?));
        }
        match &self.slot {
            Some((_, redactor)) => Ok(redactor),
            None => Err(Error::internal("redactor cache empty after fill")),
        }
    }

    /// Convenience: redact `text` under `policy_json`.
    pub fn redact(&mut self, text: &str, policy_json: Option<&str>) -> Result<Redaction, Error> {
        Ok(self.get(policy_json)?.redact(text))
    }
}
