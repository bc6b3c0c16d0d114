//! Runtime rules: the built-in recognizers and a policy's custom recognizers in one shape, with the
//! policy's thresholds applied, ready for the scanner.

use std::borrow::Cow;

use super::policy::Policy;
use super::recognizers::{self, Recognizer, Trigger};
use super::validate::{self, Check};
use crate::Error;

/// One compiled-ready rule.
#[derive(Clone, Debug)]
pub(crate) struct Rule {
    /// Borrowed for built-in rules, so a finding names its entity without an allocation.
    pub entity: Cow<'static, str>,
    pub pattern: String,
    pub score: f64,
    /// Minimum score the policy asks for this entity.
    pub threshold: f64,
    pub check: Check,
    pub context: Vec<String>,
    pub context_required: bool,
    pub veto: Vec<String>,
    pub secret: bool,
    /// The pattern has a group named `v` holding the value.
    pub value_group: bool,
    /// Trigger words that bound where matches start (built-in rules only; speed, not behaviour).
    pub triggers: &'static [Trigger],
    /// Where an accepted match can start, for the shape screen (built-in rules only; speed).
    pub starts: Option<&'static str>,
}

impl Rule {
    fn builtin(r: &Recognizer, threshold: f64) -> Rule {
        Rule {
            entity: Cow::Borrowed(r.entity),
            pattern: r.pattern.to_string(),
            score: r.score,
            threshold,
            check: r.check,
            context: r.context.iter().map(|w| w.to_string()).collect(),
            context_required: r.context_required,
            veto: r.veto.iter().map(|w| w.to_string()).collect(),
            secret: r.secret,
            value_group: r.pattern.contains("(?P<v>"),
            triggers: r.triggers,
            starts: r.starts,
        }
    }
}

/// The rules `policy` enables, in priority order: custom rules first (the policy author knows best).
pub(crate) fn build(policy: &Policy) -> Result<Vec<Rule>, Error> {
    let mut rules = Vec::new();
    for c in &policy.custom {
        let check = match &c.validator {
            Some(name) => validate::named(name).ok_or_else(|| Error::policy("custom: unknown validator"))?,
            None => Check::None,
        };
        rules.push(Rule {
            entity: Cow::Owned(c.entity.clone()),
            pattern: c.pattern.clone(),
            score: c.score,
            threshold: policy.threshold(&c.entity),
            check,
            context: c.context.iter().map(|w| w.to_ascii_lowercase()).collect(),
            context_required: c.context_required,
            veto: Vec::new(),
            secret: c.secret,
            value_group: c.pattern.contains("(?P<v>"),
            triggers: &[],
            starts: None,
        });
    }
    for r in recognizers::all().filter(|r| policy.enables(r.entity)) {
        rules.push(Rule::builtin(r, policy.threshold(r.entity)));
    }
    Ok(rules)
}
