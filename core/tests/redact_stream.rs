//! Split invariance of the streaming redactor and the streaming restorer: for every single split offset
//! (including inside multi-byte characters) and for random multi-splits, the concatenated output, the
//! findings and the vault equal the one-shot result.

use std::sync::{Arc, OnceLock};

use proptest::prelude::*;
use ward_core::redact::{Policy, Redactor, StreamRestorer, Streaming, Vault, rule_examples};

fn streaming(policy: Policy) -> Streaming {
    let redactor = Redactor::new(policy).unwrap_or_else(|e| panic!("{e}"));
    Streaming::new(Arc::new(redactor)).unwrap_or_else(|e| panic!("{e}"))
}

/// The default policy's streaming redactor, compiled once for all tests.
fn default_streaming() -> Streaming {
    static ONCE: OnceLock<Streaming> = OnceLock::new();
    ONCE.get_or_init(|| streaming(Policy::default())).clone()
}

/// Mixed-script texts around values of every kind.
const TEXTS: &[&str] = &[
    "Hello, my name is Jonas Weber and my mail is jonas.weber@example.org; call +49 30 12345678.",
    "カードは 4111 1111 1111 1111 です。メール: 山田@example.jp ではなく yamada@example.co.jp",
    "मेरा नाम है, ईमेल priya.sharma@example.in और फ़ोन +91 98765 43210 है।",
    "Γειά σου! IBAN: GR16 0110 1250 0000 0001 2300 695, email: νίκος@παράδειγμα.ελ ή nikos@example.gr",
    "emoji 👩‍💻🎉 token ghp_1234567890abcdefghijABCDEFGHIJ123456 🎉 and e\u{301}te\u{301} café",
    "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA1234567890abcdefghij\n-----END RSA PRIVATE KEY-----\nafter",
    "ssn 123-45-6789, dob: born 1990-04-12, server 192.168.10.20 / 2001:db8::1, mac 00:1A:2B:3C:4D:5E",
    "Thanks,\nMaria Lopez\nACME — jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    "postgres://app:s3cr3tP4ss@db.internal:5432/app and password = \"hunter2hunter2!\" then",
    "Dear Pierre Martin, 10 Downing Street, London SW1A 2AA. Order 4111111111111112 is not a card.",
    "repeat jane@example.org, JANE@EXAMPLE.ORG and jane@example.org again",
];

fn check_all_single_splits(s: &Streaming, text: &str) {
    let one = s.redactor().redact(text);
    let bytes = text.as_bytes();
    for cut in 0..=bytes.len() {
        let mut st = s.stream(Vault::new());
        let mut out = st.push(&bytes[..cut]).unwrap_or_else(|e| panic!("{e}"));
        out.push_str(&st.push(&bytes[cut..]).unwrap_or_else(|e| panic!("{e}")));
        out.push_str(&st.finish().unwrap_or_else(|e| panic!("{e}")));
        assert_eq!(out, one.text, "split at {cut} of {text:?}");
        assert_eq!(st.take_findings(), one.findings, "findings, split at {cut} of {text:?}");
        assert_eq!(st.forced_cuts(), 0);
    }
}

#[test]
fn every_single_split_of_mixed_texts() {
    let s = default_streaming();
    for text in TEXTS {
        check_all_single_splits(&s, text);
    }
}

#[test]
fn every_single_split_of_every_rule_example() {
    let s = default_streaming();
    let mut n = 0;
    for rule in rule_examples() {
        for text in rule.true_positives.iter().chain(rule.false_positives) {
            check_all_single_splits(&s, text);
            n += 1;
        }
    }
    assert!(n > 300, "only {n} examples");
}

#[test]
fn byte_by_byte_keeps_vault_and_numbering() {
    let s = default_streaming();
    let text = TEXTS.join("\n");
    let mut one_vault = Vault::new();
    let one = s.redactor().redact_with(&text, &mut one_vault);
    let mut st = s.stream(Vault::new());
    let mut out = String::new();
    for b in text.as_bytes() {
        out.push_str(&st.push(std::slice::from_ref(b)).unwrap_or_else(|e| panic!("{e}")));
        assert!(st.held() < 400, "hold-back {} bytes", st.held());
    }
    out.push_str(&st.finish().unwrap_or_else(|e| panic!("{e}")));
    assert_eq!(out, one.text);
    assert_eq!(st.take_findings(), one.findings);
    assert_eq!(st.into_vault(), one_vault);
}

#[test]
fn conversation_vault_carries_over() {
    let s = default_streaming();
    let mut vault = Vault::new();
    let _ = s.redactor().redact_with("first jane@example.org", &mut vault);
    let mut one_vault = vault.clone();
    let text = "again jane@example.org and bob@example.org";
    let one = s.redactor().redact_with(text, &mut one_vault);
    let mut stream_vault = vault;
    let out = s.redact_all(text, &mut stream_vault).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(out, one.text);
    assert_eq!(out, "again [EMAIL_1] and [EMAIL_2]");
    assert_eq!(stream_vault, one_vault);
}

#[test]
fn policies_with_custom_rules_deny_lists_and_operators() {
    let policy = Policy::from_json(
        r#"{"deny": ["project falcon", "blue team"], "allow": ["ok@example.org"],
            "operators": {"CREDIT_CARD": {"type": "mask", "keep_last": 4}, "EMAIL": {"type": "hash", "key": "0123456789abcdef"}},
            "custom": [{"entity": "EMPLOYEE_ID", "pattern": "EMP-(?P<v>[0-9]{6})", "context": ["employee"], "context_required": true}]}"#,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let s = streaming(policy);
    for text in [
        "Project Falcon status: employee EMP-123456 and card 4111 1111 1111 1111, mail ok@example.org x@example.org",
        "the blue team met; blue teams did not. EMP-654321 has no cue here, employee id EMP-000042.",
    ] {
        check_all_single_splits(&s, text);
    }
}

#[test]
fn invalid_utf8_is_an_error_with_offset() {
    let s = default_streaming();
    let mut st = s.stream(Vault::new());
    let _ = st.push("ok é".as_bytes()[..4].as_ref()).unwrap_or_else(|e| panic!("{e}"));
    let err = st.finish().err().unwrap_or_else(|| panic!("unfinished char accepted"));
    assert_eq!(err.code(), "invalid_utf8");
    assert!(err.message().contains("offset 3"), "{}", err.message());
    let mut st = s.stream(Vault::new());
    let err = st.push(b"abc \xff def").err().unwrap_or_else(|| panic!("invalid byte accepted"));
    assert_eq!(err.code(), "invalid_utf8");
    assert!(err.message().contains("offset 4"), "{}", err.message());
}

#[test]
fn hold_back_is_bounded_and_forced_cuts_are_chunking_independent() {
    let s = default_streaming().max_hold(256);
    let text =
        format!("key -----BEGIN RSA PRIVATE KEY-----\n{} tail é and jane@example.org", "A".repeat(2000));
    let whole = s.redact_all(&text, &mut Vault::new()).unwrap_or_else(|e| panic!("{e}"));
    for step in [1, 7, 64, 255, 1000] {
        let mut st = s.stream(Vault::new());
        let mut out = String::new();
        for chunk in text.as_bytes().chunks(step) {
            out.push_str(&st.push(chunk).unwrap_or_else(|e| panic!("{e}")));
            assert!(st.held() <= 256 + 4, "held {}", st.held());
        }
        out.push_str(&st.finish().unwrap_or_else(|e| panic!("{e}")));
        assert_eq!(out, whole, "chunk size {step}");
        assert!(st.forced_cuts() > 0);
    }
    let strict = default_streaming().max_hold(256).fail_on_overflow(true);
    let err =
        strict.redact_all(&text, &mut Vault::new()).err().unwrap_or_else(|| panic!("no overflow error"));
    assert_eq!(err.code(), "input_too_large");
}

fn restore_every_split(vault: &Vault, text: &str) {
    let whole = vault.restore(text);
    let bytes = text.as_bytes();
    for cut in 0..=bytes.len() {
        let mut r = StreamRestorer::new(vault);
        let mut out = r.push(&bytes[..cut]).unwrap_or_else(|e| panic!("{e}"));
        out.push_str(&r.push(&bytes[cut..]).unwrap_or_else(|e| panic!("{e}")));
        out.push_str(&r.finish().unwrap_or_else(|e| panic!("{e}")));
        assert_eq!(out, whole, "split at {cut} of {text:?}");
    }
}

fn sample_vault() -> (Vault, String) {
    let s = default_streaming();
    let mut vault = Vault::new();
    let red = s.redactor().redact_with(&TEXTS.join(" | "), &mut vault);
    (vault, red.text)
}

#[test]
fn restore_every_single_split() {
    let (vault, redacted) = sample_vault();
    assert!(vault.entries().len() > 10);
    restore_every_split(&vault, &redacted);
    // Near misses, a dangling prefix at the end, brackets that are not placeholders, prefixes sharing
    // a stem ([EMAIL_1] / [EMAIL_10]).
    restore_every_split(&vault, "[EMAIL_] [EMAIL_9] [[EMAIL_1]] ü[PERSON_1]ü [x] [EMAIL_2");
    restore_every_split(&vault, "tail [EMAIL_");
}

#[test]
fn restore_dangling_prefix_is_emitted_as_is() {
    let (vault, _) = sample_vault();
    let mut r = StreamRestorer::new(&vault);
    assert_eq!(r.push_str("see [EMAIL_1] and [EMA").unwrap_or_default(), "see jonas.weber@example.org and ");
    assert_eq!(r.held(), 4);
    assert_eq!(r.finish().unwrap_or_default(), "[EMA");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn random_multi_splits_redact(cuts in proptest::collection::vec(0usize..4096, 0..24)) {
        let s = default_streaming();
        let text = TEXTS.join("\n\n");
        let one = s.redactor().redact(&text);
        let bytes = text.as_bytes();
        let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c % (bytes.len() + 1)).collect();
        cuts.sort_unstable();
        let mut st = s.stream(Vault::new());
        let mut out = String::new();
        let mut last = 0;
        for c in cuts.into_iter().chain([bytes.len()]) {
            out.push_str(&st.push(&bytes[last..c]).unwrap_or_else(|e| panic!("{e}")));
            last = c;
        }
        out.push_str(&st.finish().unwrap_or_else(|e| panic!("{e}")));
        prop_assert_eq!(out, one.text);
        prop_assert_eq!(st.take_findings(), one.findings);
    }

    #[test]
    fn random_multi_splits_restore(cuts in proptest::collection::vec(0usize..4096, 0..24)) {
        let (vault, redacted) = sample_vault();
        let whole = vault.restore(&redacted);
        let bytes = redacted.as_bytes();
        let mut cuts: Vec<usize> = cuts.into_iter().map(|c| c % (bytes.len() + 1)).collect();
        cuts.sort_unstable();
        let mut r = StreamRestorer::new(&vault);
        let mut out = String::new();
        let mut last = 0;
        for c in cuts.into_iter().chain([bytes.len()]) {
            out.push_str(&r.push(&bytes[last..c]).unwrap_or_else(|e| panic!("{e}")));
            last = c;
        }
        out.push_str(&r.finish().unwrap_or_else(|e| panic!("{e}")));
        prop_assert_eq!(out, whole);
    }
}

/// Throughput and hold-back of the streaming redactor versus one-shot, on the mixed texts repeated to
/// ~1 MB. Run: `cargo test --release -p ward-core --test redact_stream -- --ignored --nocapture`.
#[test]
#[ignore]
fn stream_throughput_report() {
    let s = default_streaming();
    let text = TEXTS.join("\n").repeat(1 << 20 >> 10);
    let mb = text.len() as f64 / 1e6;
    let _ = s.redact_all(&text, &mut Vault::new());
    let t = std::time::Instant::now();
    let one = s.redactor().redact(&text);
    let one_s = t.elapsed().as_secs_f64();
    println!("one-shot: {:.1} MB/s ({} bytes, {} findings)", mb / one_s, text.len(), one.findings.len());
    for chunk in [16usize, 256, 4096] {
        let mut st = s.stream(Vault::new());
        let (mut out, mut max_held, mut sum_held, mut n) = (String::new(), 0, 0, 0);
        let t = std::time::Instant::now();
        for c in text.as_bytes().chunks(chunk) {
            out.push_str(&st.push(c).unwrap_or_else(|e| panic!("{e}")));
            max_held = max_held.max(st.held());
            sum_held += st.held();
            n += 1;
        }
        out.push_str(&st.finish().unwrap_or_else(|e| panic!("{e}")));
        let secs = t.elapsed().as_secs_f64();
        assert_eq!(out, one.text);
        println!(
            "stream, {chunk:>4}-byte chunks: {:.1} MB/s, hold-back after a push: mean {:.0} B, max {max_held} B",
            mb / secs,
            sum_held as f64 / n as f64
        );
    }
}
