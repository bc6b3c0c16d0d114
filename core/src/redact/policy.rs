//! The redaction policy: which entities to look for and how confident a finding must be.
//!
//! Policies are plain JSON so every host (CLI file, Envoy plugin configuration, JS object) shares one
//! format. Unknown fields are rejected with an error that names them, so a typo never silently disables
//! redaction.

use serde::Deserialize;

use super::recognizers;
use crate::Error;

/// What to redact. `Policy::default()` enables every built-in entity.
#[derive(Clone, Debug, PartialEq, Deserialize)]
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
}

impl Default for Policy {
    fn default() -> Self {
        Policy { entities: None, exclude: Vec::new(), min_score: 0.0 }
    }
}

impl Policy {
    /// Parses a policy from JSON text. Errors are `policy_invalid` and name the offending field.
    pub fn from_json(json: &str) -> Result<Policy, Error> {
        let policy: Policy = serde_json::from_str(json).map_err(|e| Error::policy(format!("policy: {e}")))?;
        policy.validate()?;
        Ok(policy)
    }

    /// Checks names and ranges.
    pub fn validate(&self) -> Result<(), Error> {
        let known = |name: &str| recognizers::ALL.iter().any(|r| r.entity == name);
        let listed = self.entities.iter().flatten().map(|n| ("entities", n));
        for (field, name) in listed.chain(self.exclude.iter().map(|n| ("exclude", n))) {
            if !known(name) {
                return Err(Error::policy(format!(
                    "{field}: unknown entity `{name}` (known: {})",
                    super::entities().join(", ")
                )));
            }
        }
        if !(0.0..=1.0).contains(&self.min_score) {
            return Err(Error::policy(format!("min_score: {} is outside [0, 1]", self.min_score)));
        }
        Ok(())
    }

    /// Whether `entity` is enabled by this policy.
    pub fn enables(&self, entity: &str) -> bool {
        let listed = self.entities.as_ref().is_none_or(|list| list.iter().any(|e| e == entity));
        listed && !self.exclude.iter().any(|e| e == entity)
    }
}
