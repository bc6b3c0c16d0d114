//! The redaction policy: which entities to look for, how sure a finding must be, and what replaces it.
//! The format is documented in `POLICY.md` beside this file.
//!
//! Policies are plain JSON so every host (CLI file, Envoy plugin configuration, JS object) shares one
//! format. Unknown fields are rejected with an error that names them, so a typo never silently disables
//! redaction; every other check names the field (`custom[2].pattern: …`) and says why.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{operators::Operator, recognizers, scan, validate};
use crate::Error;

/// Most custom recognizers a policy may define.
pub const MAX_CUSTOM: usize = 64;
/// Longest custom pattern, in bytes.
pub const MAX_PATTERN_LEN: usize = 1024;
/// Compiled-size limit of one custom pattern (NFA and DFA), in bytes.
pub const MAX_PATTERN_SIZE: usize = 256 * 1024;

/// What to redact and how. `Policy::default()` enables every built-in entity with typed placeholders.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Policy {
    /// Entities to enable; `None` means all built-in entities.
    #[serde(default)]
    pub entities: Option<Vec<String>>,
    /// Entities to disable (applied after `entities`).
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Findings scoring below this are ignored.
    #[serde(default)]
    pub min_score: f64,
    /// Per-entity score thresholds (override `min_score`).
    #[serde(default)]
    pub thresholds: BTreeMap<String, f64>,
    /// Per-entity operators; the key `*` sets the default (a typed placeholder when absent).
    #[serde(default)]
    pub operators: BTreeMap<String, Operator>,
    /// Values never redacted (exact match, e.g. the support address of your own company).
    #[serde(default)]
    pub allow: Vec<String>,
    /// Terms always redacted as `DENY_LIST` (ASCII case-insensitive, whole words).
    #[serde(default)]
    pub deny: Vec<String>,
    /// Extra recognizers.
    #[serde(default)]
    pub custom: Vec<CustomRecognizer>,
}

/// A policy-defined recognizer: a pattern, an optional named validator and optional context words.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CustomRecognizer {
    /// Entity name, `[A-Z][A-Z0-9_]*`.
    pub entity: String,
    /// Linear-time regex (Rust `regex` syntax, ASCII mode). A group named `v` marks the value.
    pub pattern: String,
    /// A built-in validator by name (`luhn`, `iban`, `entropy`, …).
    #[serde(default)]
    pub validator: Option<String>,
    /// Cue words (whole words, case-insensitive).
    #[serde(default)]
    pub context: Vec<String>,
    /// Require a cue word near the value.
    #[serde(default)]
    pub context_required: bool,
    /// Score of an accepted match.
    #[serde(default = "one")]
    pub score: f64,
    /// Secrets are never restorable.
    #[serde(default)]
    pub secret: bool,
}

fn one() -> f64 {
    1.0
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            entities: None,
            exclude: Vec::new(),
            min_score: 0.0,
            thresholds: BTreeMap::new(),
            operators: BTreeMap::new(),
            allow: Vec::new(),
            deny: Vec::new(),
            custom: Vec::new(),
        }
    }
}

fn entity_name_ok(name: &str) -> bool {
    let b = name.as_bytes();
    b.first().is_some_and(u8::is_ascii_uppercase)
        && b.iter().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == b'_')
        && b.len() <= 64
}

impl Policy {
    /// Parses a policy from JSON text. Errors are `policy_invalid` and name the offending field.
    pub fn from_json(json: &str) -> Result<Policy, Error> {
        // serde would also read a struct from a JSON array (fields by position): a policy must be an object.
        let value: serde_json::Value =
            serde_json::from_str(json).map_err(|e| Error::policy(format!("policy: {e}")))?;
        if !value.is_object() {
            return Err(Error::policy("policy: expected a JSON object"));
        }
        let policy: Policy =
            serde_json::from_value(value).map_err(|e| Error::policy(format!("policy: {e}")))?;
        policy.validate()?;
        Ok(policy)
    }

    /// Serializes the policy back to JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Every entity name this policy may refer to: built-ins, its custom entities and `DENY_LIST`.
    fn known(&self, name: &str) -> bool {
        name == "DENY_LIST"
            || recognizers::all().any(|r| r.entity == name)
            || self.custom.iter().any(|c| c.entity == name)
    }

    /// Checks names, ranges and custom patterns.
    pub fn validate(&self) -> Result<(), Error> {
        let listed = self.entities.iter().flatten().map(|n| ("entities", n));
        let names = listed
            .chain(self.exclude.iter().map(|n| ("exclude", n)))
            .chain(self.thresholds.keys().map(|n| ("thresholds", n)))
            .chain(self.operators.keys().filter(|k| *k != "*").map(|n| ("operators", n)));
        for (field, name) in names {
            if !self.known(name) {
                return Err(Error::policy(format!(
                    "{field}: unknown entity `{name}` (known: {})",
                    super::entities().join(", ")
                )));
            }
        }
        if !(0.0..=1.0).contains(&self.min_score) {
            return Err(Error::policy(format!("min_score: {} is outside [0, 1]", self.min_score)));
        }
        for (name, t) in &self.thresholds {
            if !(0.0..=1.0).contains(t) {
                return Err(Error::policy(format!("thresholds.{name}: {t} is outside [0, 1]")));
            }
        }
        for (name, op) in &self.operators {
            op.validate().map_err(|why| Error::policy(format!("operators.{name}: {why}")))?;
        }
        if self.custom.len() > MAX_CUSTOM {
            return Err(Error::policy(format!(
                "custom: {} recognizers, at most {MAX_CUSTOM}",
                self.custom.len()
            )));
        }
        for (i, c) in self.custom.iter().enumerate() {
            self.validate_custom(i, c)?;
        }
        if let Some((i, _)) = self.deny.iter().enumerate().find(|(_, d)| d.trim().is_empty() || d.len() > 256)
        {
            return Err(Error::policy(format!("deny[{i}]: empty or longer than 256 bytes")));
        }
        Ok(())
    }

    fn validate_custom(&self, i: usize, c: &CustomRecognizer) -> Result<(), Error> {
        let field = |f: &str, why: String| Error::policy(format!("custom[{i}].{f}: {why}"));
        if !entity_name_ok(&c.entity) {
            return Err(field(
                "entity",
                format!("`{}` must match [A-Z][A-Z0-9_]*, at most 64 bytes", c.entity),
            ));
        }
        if recognizers::all().any(|r| r.entity == c.entity) {
            return Err(field("entity", format!("`{}` is a built-in entity", c.entity)));
        }
        if c.pattern.is_empty() || c.pattern.len() > MAX_PATTERN_LEN {
            return Err(field(
                "pattern",
                format!("length {} outside 1..={MAX_PATTERN_LEN}", c.pattern.len()),
            ));
        }
        scan::compile_one(&c.pattern, MAX_PATTERN_SIZE).map_err(|e| field("pattern", e))?;
        if let Some(v) = c.validator.as_ref().filter(|v| validate::named(v).is_none()) {
            let known: Vec<&str> = validate::NAMED.iter().map(|(n, _)| *n).collect();
            return Err(field("validator", format!("unknown `{v}` (known: {})", known.join(", "))));
        }
        if !(0.0..=1.0).contains(&c.score) {
            return Err(field("score", format!("{} is outside [0, 1]", c.score)));
        }
        if c.context_required && c.context.is_empty() {
            return Err(field("context", "context_required needs at least one word".to_string()));
        }
        Ok(())
    }

    /// Whether `entity` is enabled by this policy.
    pub fn enables(&self, entity: &str) -> bool {
        let listed = self.entities.as_ref().is_none_or(|list| list.iter().any(|e| e == entity));
        listed && !self.exclude.iter().any(|e| e == entity)
    }

    /// The minimum score for `entity`.
    pub fn threshold(&self, entity: &str) -> f64 {
        self.thresholds.get(entity).copied().unwrap_or(self.min_score)
    }

    /// The operator for `entity`.
    pub fn operator(&self, entity: &str) -> &Operator {
        self.operators.get(entity).or_else(|| self.operators.get("*")).unwrap_or(&Operator::Placeholder)
    }
}
