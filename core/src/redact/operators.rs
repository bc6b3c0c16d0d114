//! Operators: what replaces a finding. Typed placeholders (reversible through a [`Vault`](super::Vault)),
//! partial masks, keyed hashes (HMAC-SHA-256 with a caller key: stable, not reversible, not guessable
//! without the key, unlike the unkeyed hashes of Higress or Datadog), removal, or fixed text.

use hmac::{Hmac, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

/// How one entity type is replaced.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Operator {
    /// `[EMAIL_1]`, numbered per entity, stable across a conversation through the vault.
    Placeholder,
    /// Keep the last `keep_last` characters, replace the others by `char`.
    Mask {
        /// Characters kept at the end (default 4).
        #[serde(default = "four")]
        keep_last: usize,
        /// The masking character (default `*`).
        #[serde(default = "star")]
        char: char,
    },
    /// `[EMAIL_<16 hex>]`: HMAC-SHA-256 of the value under `key`, truncated to 64 bits.
    Hash {
        /// The caller's secret key (at least 16 bytes).
        key: String,
    },
    /// Delete the value.
    Remove,
    /// Replace the value by `text`.
    Fixed {
        /// The replacement text.
        text: String,
    },
}

fn four() -> usize {
    4
}

fn star() -> char {
    '*'
}

impl Operator {
    /// Checks parameters; the message names the problem.
    pub(crate) fn validate(&self) -> Result<(), String> {
        match self {
            Operator::Hash { key } if key.len() < 16 => Err("hash key must be at least 16 bytes".to_string()),
            Operator::Fixed { text } if text.len() > 256 => {
                Err("fixed text longer than 256 bytes".to_string())
            }
            Operator::Mask { keep_last, .. } if *keep_last > 64 => Err("keep_last above 64".to_string()),
            _ => Ok(()),
        }
    }

    /// The replacement for `value` of `entity`, for every operator except `Placeholder`.
    pub(crate) fn apply(&self, entity: &str, value: &str) -> String {
        match self {
            Operator::Placeholder => String::new(),
            Operator::Mask { keep_last, char } => {
                let n = value.chars().count();
                let keep = (*keep_last).min(n / 2);
                value.chars().enumerate().map(|(i, c)| if i + keep < n { *char } else { c }).collect()
            }
            Operator::Hash { key } => format!("[{entity}_{}]", hmac_hex(key.as_bytes(), entity, value)),
            Operator::Remove => String::new(),
            Operator::Fixed { text } => text.clone(),
        }
    }
}

/// First 64 bits of HMAC-SHA-256(key, entity ‖ 0 ‖ value), hex.
pub(crate) fn hmac_hex(key: &[u8], entity: &str, value: &str) -> String {
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(key) else { return String::new() };
    mac.update(entity.as_bytes());
    mac.update(&[0]);
    mac.update(value.as_bytes());
    mac.finalize().into_bytes().iter().take(8).map(|b| format!("{b:02x}")).collect()
}
