//! Drift checks: the mirrors must serialize exactly like core's types, so a field added, renamed or removed
//! in core fails here until the mirror (and with it the generated TypeScript) follows.

use std::collections::BTreeMap;

use serde_json::Value;
use ward_core::redact::{Policy as CorePolicy, Redactor};

use super::{CustomRecognizer, Operator, Policy, Redaction};

#[test]
fn redaction_mirror_serializes_like_core() {
    let redactor = Redactor::new(CorePolicy::default()).unwrap();
    let core = redactor.redact("mail jane.doe@example.org, card 4111-1111-1111-1111, é a@b.co");
    assert!(!core.findings.is_empty());
    let core_json = serde_json::to_value(&core).unwrap();
    let mirror_json = serde_json::to_value(Redaction::from(core)).unwrap();
    assert_eq!(core_json, mirror_json);
}

/// A policy with every field, operator kind and recognizer field set explicitly.
fn full_policy() -> Policy {
    let operators = BTreeMap::from([
        ("*".to_string(), Operator::Placeholder),
        ("CREDIT_CARD".to_string(), Operator::Mask { keep_last: Some(4), char: Some('#') }),
        ("EMAIL".to_string(), Operator::Hash { key: "0123456789abcdef0123".into() }),
        ("AWS_ACCESS_KEY".to_string(), Operator::Remove),
        ("GITHUB_TOKEN".to_string(), Operator::Fixed { text: "<token>".into() }),
    ]);
    Policy {
        entities: Some(vec![
            "EMAIL".into(),
            "CREDIT_CARD".into(),
            "AWS_ACCESS_KEY".into(),
            "GITHUB_TOKEN".into(),
        ]),
        exclude: Some(vec!["GITHUB_TOKEN".into()]),
        min_score: Some(0.5),
        thresholds: Some(BTreeMap::from([("EMAIL".to_string(), 0.9)])),
        operators: Some(operators),
        allow: Some(vec!["support@example.com".into()]),
        deny: Some(vec!["project falcon".into()]),
        custom: Some(vec![CustomRecognizer {
            entity: "TICKET".into(),
            pattern: r"T-(?P<v>[0-9]{6})".into(),
            validator: None,
            context: Some(vec!["ticket".into()]),
            context_required: Some(false),
            score: Some(0.8),
            secret: Some(false),
        }]),
    }
}

#[test]
fn policy_mirror_round_trips_through_core_unchanged() {
    let mirror = serde_json::to_value(full_policy()).unwrap();
    let core = CorePolicy::from_json(&mirror.to_string()).unwrap();
    let mut back = serde_json::to_value(&core).unwrap();
    // `validator: None` is the one field the mirror omits and core writes as null.
    if let Some(Value::Array(custom)) = back.get_mut("custom") {
        for c in custom {
            if let Some(obj) = c.as_object_mut() {
                obj.retain(|k, v| !(k == "validator" && v.is_null()));
            }
        }
    }
    assert_eq!(back, mirror);
}

#[test]
fn policy_mirror_has_every_core_field() {
    let core_default = serde_json::to_value(CorePolicy::default()).unwrap();
    let mirror_full = serde_json::to_value(full_policy()).unwrap();
    let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
    assert_eq!(keys(&core_default), keys(&mirror_full));
    assert_eq!(serde_json::to_string(&Policy::default()).unwrap(), "{}");
    assert_eq!(CorePolicy::from_json("{}").unwrap(), CorePolicy::default());
}
