//! The vault: placeholder ↔ original value, owned and stored by the host, serializable as JSON.
//!
//! Passing the same vault to every call of a conversation keeps numbering stable (`[EMAIL_1]` is the
//! same address in turn 1 and turn 7), and lets [`Vault::restore`] put originals back into model output.
//! Secrets get placeholders too, but the vault keeps only a SHA-256 digest of them: they can be matched
//! again, never restored.

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::Error;

/// One placeholder.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaultEntry {
    /// E.g. `[EMAIL_1]`.
    pub placeholder: String,
    /// E.g. `EMAIL`.
    pub entity: String,
    /// The original value; `None` for secrets.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// Hex SHA-256 of a secret value, so the same secret gets the same placeholder.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digest: Option<String>,
}

/// Placeholder state for one conversation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vault {
    /// Last number used per entity.
    #[serde(default)]
    counters: BTreeMap<String, u64>,
    /// Every placeholder handed out.
    #[serde(default)]
    entries: Vec<VaultEntry>,
    #[serde(skip)]
    index: HashMap<String, Slots>,
}

/// Entries of one entity: by original value, and by digest for secrets. Looked up with borrowed
/// strings, so a value seen before costs no allocation (the old `(entity, "=value")` key cost two
/// `String`s and a `format!` per finding).
#[derive(Clone, Debug, Default, PartialEq)]
struct Slots {
    values: HashMap<String, usize>,
    digests: HashMap<String, usize>,
}

impl Slots {
    /// Records entry `i`: by digest for a secret, by value otherwise.
    fn insert(&mut self, value: &str, digest: Option<&str>, i: usize) {
        match digest {
            Some(d) => self.digests.insert(d.to_string(), i),
            None => self.values.insert(value.to_string(), i),
        };
    }
}

/// `[ENTITY_n]`, written directly (`format!` went through the formatting machinery for two pieces).
pub(crate) fn numbered(entity: &str, n: u64) -> String {
    let mut digits = [0u8; 20];
    let (mut at, mut rest) = (digits.len(), n);
    loop {
        at -= 1;
        digits[at] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    let mut out = String::with_capacity(entity.len() + digits.len() - at + 3);
    out.push('[');
    out.push_str(entity);
    out.push('_');
    digits[at..].iter().for_each(|&d| out.push(char::from(d)));
    out.push(']');
    out
}

/// Lower-case hex SHA-256 of `value`, on the stack.
fn digest_hex(value: &str) -> [u8; 64] {
    // Hex by table: one `format!` per byte made this ~8 % of a redact call on chat traffic.
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = [0u8; 64];
    for (i, b) in Sha256::digest(value.as_bytes()).into_iter().enumerate() {
        out[2 * i] = HEX[usize::from(b >> 4)];
        out[2 * i + 1] = HEX[usize::from(b & 15)];
    }
    out
}

impl Vault {
    /// An empty vault.
    pub fn new() -> Vault {
        Vault::default()
    }

    /// Loads a vault saved with [`Vault::to_json`]; errors are `vault_invalid`.
    pub fn from_json(json: &str) -> Result<Vault, Error> {
        let mut vault: Vault = serde_json::from_str(json).map_err(|e| Error::vault(format!("vault: {e}")))?;
        vault.reindex();
        Ok(vault)
    }

    /// Serializes the vault (the host stores it with the conversation).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The placeholders handed out so far.
    pub fn entries(&self) -> &[VaultEntry] {
        &self.entries
    }

    fn reindex(&mut self) {
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            let slots = self.index.entry(e.entity.clone()).or_default();
            match (&e.value, &e.digest) {
                (Some(v), _) => slots.values.insert(v.clone(), i),
                (None, Some(d)) => slots.digests.insert(d.clone(), i),
                (None, None) => continue,
            };
        }
    }

    /// The placeholder for `value`, allocating the next number of `entity` on first sight.
    pub(crate) fn placeholder(&mut self, entity: &str, value: &str, secret: bool) -> String {
        let hex = secret.then(|| digest_hex(value));
        let digest = hex.as_ref().and_then(|h| std::str::from_utf8(h).ok());
        let known = self.index.get(entity).and_then(|slots| match digest {
            Some(d) => slots.digests.get(d),
            None => slots.values.get(value),
        });
        if let Some(e) = known.and_then(|&i| self.entries.get(i)) {
            return e.placeholder.clone();
        }
        // Looked up before inserting: the entity's name is copied once per entity, not once per value.
        let n = match self.counters.get_mut(entity) {
            Some(n) => {
                *n += 1;
                *n
            }
            None => {
                self.counters.insert(entity.to_string(), 1);
                1
            }
        };
        let placeholder = numbered(entity, n);
        let i = self.entries.len();
        self.entries.push(VaultEntry {
            placeholder: placeholder.clone(),
            entity: entity.to_string(),
            value: (!secret).then(|| value.to_string()),
            digest: digest.map(str::to_string),
        });
        // One lookup of the entity's slots (each hashes its name), one insertion for a new entity.
        match self.index.get_mut(entity) {
            Some(slots) => slots.insert(value, digest, i),
            None => {
                let mut slots = Slots::default();
                slots.insert(value, digest, i);
                self.index.insert(entity.to_string(), slots);
            }
        }
        placeholder
    }

    /// The original value of `placeholder`, if it is restorable.
    pub fn lookup(&self, placeholder: &str) -> Option<&str> {
        self.entries.iter().find(|e| e.placeholder == placeholder).and_then(|e| e.value.as_deref())
    }

    /// Longest placeholder handed out, in bytes (the streaming restorer's hold-back bound).
    pub fn max_placeholder_len(&self) -> usize {
        self.entries.iter().map(|e| e.placeholder.len()).max().unwrap_or(0)
    }

    /// Puts original values back in place of their placeholders. Secrets and unknown placeholders stay.
    pub fn restore(&self, text: &str) -> String {
        let map: HashMap<&str, &str> =
            self.entries.iter().filter_map(|e| Some((e.placeholder.as_str(), e.value.as_deref()?))).collect();
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(open) = rest.find('[') {
            out.push_str(&rest[..open]);
            let tail = &rest[open..];
            let close = tail.bytes().take(80).position(|b| b == b']');
            match close.and_then(|c| map.get(&tail[..=c]).map(|v| (c, v))) {
                Some((c, value)) => {
                    out.push_str(value);
                    rest = &tail[c + 1..];
                }
                None => {
                    out.push('[');
                    rest = &tail[1..];
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// Restores placeholders inside every string of a JSON document (keys included), re-encoding them so
    /// the output stays valid JSON; strings that are themselves JSON (tool-call arguments) are handled
    /// by the same substitution, since escaping is redone on output.
    pub fn restore_json(&self, json: &str) -> Result<String, Error> {
        let mut value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| Error::parse(format!("json: {e}")))?;
        self.restore_value(&mut value);
        serde_json::to_string(&value).map_err(|e| Error::internal(format!("json: {e}")))
    }

    fn restore_value(&self, value: &mut serde_json::Value) {
        match value {
            serde_json::Value::String(s) => *s = self.restore(s),
            serde_json::Value::Array(items) => items.iter_mut().for_each(|v| self.restore_value(v)),
            serde_json::Value::Object(map) => map.values_mut().for_each(|v| self.restore_value(v)),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbered_placeholders_match_the_format_they_replace() {
        for (entity, n) in [("EMAIL", 1), ("PHONE", 10), ("X", 909), ("CREDIT_CARD", u64::MAX)] {
            assert_eq!(numbered(entity, n), format!("[{entity}_{n}]"));
        }
    }

    #[test]
    fn a_new_entity_and_a_known_one_are_both_indexed() {
        let mut vault = Vault::new();
        assert_eq!(vault.placeholder("EMAIL", "a@x.org", false), "[EMAIL_1]");
        assert_eq!(vault.placeholder("EMAIL", "b@x.org", false), "[EMAIL_2]");
        assert_eq!(vault.placeholder("TOKEN", "s3cr3t", true), "[TOKEN_1]");
        // Each value again: found through the index, no new number.
        assert_eq!(vault.placeholder("EMAIL", "a@x.org", false), "[EMAIL_1]");
        assert_eq!(vault.placeholder("EMAIL", "b@x.org", false), "[EMAIL_2]");
        assert_eq!(vault.placeholder("TOKEN", "s3cr3t", true), "[TOKEN_1]");
        assert_eq!(vault.entries().len(), 3);
        // The index rebuilt from JSON is the one built by the calls.
        let reloaded = Vault::from_json(&vault.to_json()).unwrap();
        assert_eq!(reloaded, vault);
    }
}
