//! Drift checks: the mirrors must serialize exactly like core's types, and every policy field must be one
//! core accepts.

use ward_core::redact::{Policy as CorePolicy, Redactor};

use super::{Policy, Redaction};

#[test]
fn redaction_mirror_serializes_like_core() {
    let redactor = Redactor::new(CorePolicy::default()).unwrap();
    let core = redactor.redact("mail jane.doe@example.org, card 4111-1111-1111-1111, é a@b.co");
    assert!(!core.findings.is_empty());
    let core_json = serde_json::to_value(&core).unwrap();
    let mirror_json = serde_json::to_value(Redaction::from(core)).unwrap();
    assert_eq!(core_json, mirror_json);
}

#[test]
fn every_policy_field_is_accepted_by_core() {
    let policy = Policy {
        entities: Some(vec!["EMAIL".into(), "CREDIT_CARD".into()]),
        exclude: Some(vec!["CREDIT_CARD".into()]),
        min_score: Some(0.5),
    };
    let json = serde_json::to_string(&policy).unwrap();
    let core = CorePolicy::from_json(&json).unwrap();
    assert!(core.enables("EMAIL"));
    assert!(!core.enables("CREDIT_CARD"));
    assert_eq!(serde_json::to_string(&Policy::default()).unwrap(), "{}");
    assert_eq!(CorePolicy::from_json("{}").unwrap(), CorePolicy::default());
}
