//! Table-driven rule test (gitleaks' discipline): every built-in rule's true-positive strings must
//! yield a finding of its entity under the default policy, and its false-positive strings must not.

use ward_core::redact::{Policy, Redactor, rule_examples};

#[test]
fn every_rule_keeps_its_true_and_false_positives() {
    let redactor = Redactor::new(Policy::default()).unwrap();
    let mut failures = Vec::new();
    let mut checked = 0;
    for rule in rule_examples() {
        assert!(!rule.true_positives.is_empty(), "{}: rule without true positives", rule.entity);
        for tp in rule.true_positives {
            checked += 1;
            let out = redactor.redact(tp);
            if !out.findings.iter().any(|f| f.entity == rule.entity) {
                failures.push(format!("{} missed TP {tp:?}: {:?}", rule.entity, out.text));
            }
        }
        for fp in rule.false_positives {
            checked += 1;
            let out = redactor.redact(fp);
            if out.findings.iter().any(|f| f.entity == rule.entity) {
                failures.push(format!("{} fired on FP {fp:?}: {:?}", rule.entity, out.text));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} rule examples failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn there_are_at_least_sixty_secret_formats() {
    let mut secrets: Vec<&str> = rule_examples().iter().filter(|r| r.secret).map(|r| r.entity).collect();
    secrets.dedup();
    assert!(secrets.len() >= 60, "{} secret entities", secrets.len());
}
