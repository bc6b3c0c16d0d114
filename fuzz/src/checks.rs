//! The properties the fuzz targets check, one function per target. Shared with
//! `core/tests/fuzz_regressions.rs` (included by path), which replays every committed crash input on
//! each `cargo test`, so a fixed crash stays fixed.
//!
//! - `redact`: never panics; findings are sorted, non-overlapping, non-empty, on UTF-8 char boundaries,
//!   with correct UTF-16 offsets; the output is the input with each finding replaced; `redact_bytes`
//!   agrees (and rejects invalid UTF-8); restoring the output gives back the input when nothing secret
//!   was found and the input had no `[`; redacting the output again never starts a finding inside a
//!   placeholder (the idempotence we can state: placeholders are never cut into).
//! - `restore`: `Vault::from_json`, `restore`, `restore_json` never panic; streaming restore over any
//!   chunking equals the one-shot restore.
//! - `policy`: `Policy::from_json` and `Redactor::new` never panic on any JSON; a policy that compiles
//!   redacts with the invariants above.
//! - `stream`: streaming redaction over any chunking equals the one-shot redaction (unless the hold-back
//!   bound forced a cut), and invalid UTF-8 is an error, never a panic.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs, dead_code)]

use std::collections::HashSet;
use std::sync::{Arc, LazyLock};

use ward_core::redact::{Policy, Redaction, Redactor, StreamRestorer, Streaming, Vault, rule_examples};

static DEFAULT: LazyLock<Arc<Redactor>> =
    LazyLock::new(|| Arc::new(Redactor::new(Policy::default()).expect("the default policy compiles")));

static STREAMING: LazyLock<Streaming> =
    LazyLock::new(|| Streaming::new(DEFAULT.clone()).expect("the default policy streams"));

static SECRETS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| rule_examples().into_iter().filter(|r| r.secret).map(|r| r.entity).collect());

/// Text with one value of several entity types, to give the restore target a populated vault.
const SEED: &str = "Jane Doe <jane.doe@example.org>, +44 20 7946 0958, card 4111 1111 1111 1111, \
                    IBAN DE89 3704 0044 0532 0130 00, from 203.0.113.42, my name is Jonas Weber.";

/// Chunk lengths (1..=17 bytes) from a seed, for splitting an input into stream chunks.
fn chunks(data: &[u8], seed: u8) -> Vec<&[u8]> {
    let mut x = u32::from(seed) | 0x9E37_0000;
    let mut out = Vec::new();
    let mut rest = data;
    while !rest.is_empty() {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        let n = (1 + (x % 17) as usize).min(rest.len());
        let (a, b) = rest.split_at(n);
        out.push(a);
        rest = b;
    }
    out
}

/// Checks the structural invariants of `out = redactor.redact(text)`; returns the placeholder spans in
/// `out.text`.
pub fn check_redaction(text: &str, out: &Redaction) -> Vec<(usize, usize)> {
    let mut rebuilt = String::with_capacity(out.text.len());
    let mut spans = Vec::with_capacity(out.findings.len());
    let mut last = 0;
    for f in &out.findings {
        assert!(f.start >= last && f.start < f.end && f.end <= text.len(), "bad span {f:?} in {text:?}");
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end), "span splits a char: {f:?}");
        assert_eq!(text[..f.start].encode_utf16().count(), f.start_utf16, "utf16 start of {f:?}");
        assert_eq!(text[..f.end].encode_utf16().count(), f.end_utf16, "utf16 end of {f:?}");
        assert!((0.0..=1.0).contains(&f.score), "score of {f:?}");
        rebuilt.push_str(&text[last..f.start]);
        spans.push((rebuilt.len(), rebuilt.len() + f.replacement.len()));
        rebuilt.push_str(&f.replacement);
        last = f.end;
    }
    rebuilt.push_str(&text[last..]);
    assert_eq!(rebuilt, out.text, "output is not the input with findings replaced");
    spans
}

pub fn redact(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        assert!(DEFAULT.redact_bytes(data).is_err(), "invalid UTF-8 accepted");
        return;
    };
    let mut vault = Vault::new();
    let out = DEFAULT.redact_with(text, &mut vault);
    let placeholders = check_redaction(text, &out);
    assert_eq!(DEFAULT.redact_bytes(data).map(|r| r.text).ok().as_deref(), Some(out.text.as_str()));
    if !text.contains('[') && !out.findings.iter().any(|f| SECRETS.contains(f.entity.as_ref())) {
        assert_eq!(vault.restore(&out.text), text, "restore(redact(x)) != x");
    }
    let again = DEFAULT.redact(&out.text);
    check_redaction(&out.text, &again);
    for f in &again.findings {
        for &(a, b) in &placeholders {
            assert!(
                !(a < f.start && f.start < b),
                "second pass starts inside placeholder {:?}: {f:?}",
                &out.text[a..b]
            );
        }
    }
}

pub fn restore(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let _ = Vault::from_json(text);
    let mut vault = Vault::new();
    let mid = (0..=text.len() / 2).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let (a, b) = text.split_at(mid);
    DEFAULT.redact_with(SEED, &mut vault);
    DEFAULT.redact_with(a, &mut vault);
    let reloaded = Vault::from_json(&vault.to_json()).expect("a vault's own JSON loads");
    let once = vault.restore(b);
    assert_eq!(reloaded.restore(b), once, "vault JSON round trip changed restore");
    let _ = vault.restore_json(b);
    let mut stream = StreamRestorer::new(&vault);
    let mut streamed = String::new();
    for chunk in chunks(b.as_bytes(), data.first().copied().unwrap_or(0)) {
        streamed.push_str(&stream.push(chunk).expect("valid UTF-8 chunks restore"));
    }
    streamed.push_str(&stream.finish().expect("stream finishes"));
    assert_eq!(streamed, once, "streamed restore differs from one-shot restore");
}

pub fn policy(data: &[u8]) {
    let Ok(json) = std::str::from_utf8(data) else { return };
    let Ok(policy) = Policy::from_json(json) else { return };
    let Ok(redactor) = Redactor::new(policy) else { return };
    for text in [SEED, json] {
        let out = redactor.redact(text);
        check_redaction(text, &out);
    }
}

pub fn stream(data: &[u8]) {
    let Some((&seed, body)) = data.split_first() else { return };
    let mut s = STREAMING.stream(Vault::new());
    let mut out = String::new();
    for chunk in chunks(body, seed) {
        match s.push(chunk) {
            Ok(text) => out.push_str(&text),
            Err(_) => {
                assert!(std::str::from_utf8(body).is_err(), "valid UTF-8 rejected by the stream");
                return;
            }
        }
    }
    let Ok(rest) = s.finish() else {
        assert!(std::str::from_utf8(body).is_err(), "valid UTF-8 rejected at finish");
        return;
    };
    out.push_str(&rest);
    let text = std::str::from_utf8(body).expect("the stream accepted invalid UTF-8");
    if s.forced_cuts() == 0 {
        assert_eq!(out, DEFAULT.redact(text).text, "streamed redaction differs from one-shot");
    }
}
