//! Limits: oversized input, memory and fuel each end in a clear error, never a hang or a crash, and the
//! engine keeps working afterwards (a trapped instance is replaced).

use ward_host::Limits;

use crate::support;

const SENTENCE: &str = "mail jane.doe@example.org, card 4111-1111-1111-1111";

/// Text dense with findings: the most work per byte the default recognizers do.
fn dense(bytes: usize) -> String {
    let unit = "a1@example.org 4111 1111 1111 1111 AKIAIOSFODNN7EXAMPLE x.y@mail.example.com\n";
    unit.repeat(bytes / unit.len() + 1)
}

fn assert_recovers(engine: &mut ward_host::Engine) {
    let out = engine.redact(SENTENCE, None).expect("the engine works again after a failed call");
    assert_eq!(out.text, "mail [EMAIL_1], card [CREDIT_CARD_1]");
}

#[test]
fn input_over_the_limit_is_refused_before_the_call() {
    let limits = Limits { max_input_bytes: 1024, ..Limits::default() };
    let mut engine = support::engine(limits);
    let err = engine.redact(&"x".repeat(1025), None).expect_err("over the limit");
    assert_eq!(err.code(), "input_too_large");
    assert_eq!(err.message(), "input of 1025 bytes exceeds the limit of 1024 bytes");
    // The policy counts too.
    let err = engine.redact(&"x".repeat(1000), Some(&" ".repeat(100))).expect_err("policy counts");
    assert_eq!(err.code(), "input_too_large");
    assert!(engine.redact(&"x".repeat(1024), None).is_ok());
}

#[test]
fn huge_input_hits_the_memory_limit_not_the_machine() {
    // Under the input limit but twice the memory limit: the guest cannot even copy the text in. (The limit
    // must leave room for the guest's own state: compiling the default policy takes a few MiB.)
    let limits = Limits { max_memory_bytes: 32 << 20, max_input_bytes: 128 << 20, ..Limits::default() };
    let mut engine = support::engine(limits);
    let err = engine.redact(&dense(64 << 20), None).expect_err("over the memory limit");
    assert_eq!(err.code(), "limit_exceeded", "{err}");
    assert!(err.message().contains("memory limit of 33554432 bytes"), "{err}");
    assert_recovers(&mut engine);
}

#[test]
fn default_limits_refuse_a_huge_input() {
    let mut engine = support::engine(Limits::default());
    let huge = "y".repeat(Limits::DEFAULT_MAX_INPUT_BYTES + 1);
    assert_eq!(
        engine.redact(&huge, None).map_err(|e| e.code().to_string()).err().as_deref(),
        Some("input_too_large")
    );
}

#[test]
fn a_call_that_runs_out_of_fuel_stops_with_a_clear_error() {
    // A budget far below what the call needs stands in for a runaway: it must stop, not hang.
    let limits = Limits { base_fuel: 1_000_000, fuel_per_byte: 0, ..Limits::default() };
    let mut engine = support::engine(limits);
    let err = engine.redact(&dense(1 << 20), None).expect_err("out of fuel");
    assert_eq!(err.code(), "limit_exceeded", "{err}");
    assert!(err.message().contains("fuel budget of 1000000 units"), "{err}");
    let mut engine = support::engine(Limits::default());
    assert_recovers(&mut engine);
}

#[test]
fn default_limits_are_generous_for_dense_input() {
    // 4 MiB of back-to-back findings, a new policy (recompiled in the guest) on the way: within the defaults.
    let mut engine = support::engine(Limits::default());
    let text = dense(4 << 20);
    let out = engine.redact(&text, Some(r#"{"exclude": ["PRIVATE_KEY"]}"#)).expect("within default limits");
    assert!(out.findings.len() > 150_000, "{} findings", out.findings.len());
}

#[test]
fn invalid_utf8_names_the_byte_offset() {
    let mut engine = support::engine(Limits::default());
    let err = engine.redact_bytes(b"ok \xff rest", None).expect_err("invalid UTF-8");
    assert_eq!(err.code(), "invalid_utf8");
    assert_eq!(err.message(), "input is not valid UTF-8 at byte offset 3");
    assert_eq!(engine.redact_bytes(b"ok", None).map(|r| r.text).ok().as_deref(), Some("ok"));
}
