//! Vault, restore and offset invariants.

use ward_core::redact::{Policy, Redactor, Vault};

#[test]
fn placeholders_are_stable_across_calls_and_restorable() {
    let r = Redactor::new(Policy::default()).unwrap();
    let mut vault = Vault::new();
    let a = r.redact_with("mail jane@example.com and bob@example.org", &mut vault);
    let saved = vault.to_json();
    let mut vault = Vault::from_json(&saved).unwrap();
    let b = r.redact_with("again bob@example.org, key AKIAIOSFODNN7EXAMPLE", &mut vault);
    assert_eq!(a.text, "mail [EMAIL_1] and [EMAIL_2]");
    assert_eq!(b.text, "again [EMAIL_2], key [AWS_ACCESS_KEY_1]");
    assert_eq!(
        vault.restore("Reply to [EMAIL_2] with [AWS_ACCESS_KEY_1]"),
        "Reply to bob@example.org with [AWS_ACCESS_KEY_1]"
    );
    assert!(!vault.to_json().contains("AKIAIOSFODNN7EXAMPLE"), "secrets never stored");
}

#[test]
fn restore_inside_json_and_tool_arguments() {
    let r = Redactor::new(Policy::default()).unwrap();
    let mut vault = Vault::new();
    r.redact_with("write to jane \"quoted\"@example.com? no: jane@example.com", &mut vault);
    let body =
        r#"{"choices":[{"message":{"tool_calls":[{"function":{"arguments":"{\"to\":\"[EMAIL_1]\"}"}}]}}]}"#;
    let restored = vault.restore_json(body).unwrap();
    let v: serde_json::Value = serde_json::from_str(&restored).unwrap();
    let args = v.pointer("/choices/0/message/tool_calls/0/function/arguments").unwrap().as_str().unwrap();
    let args: serde_json::Value = serde_json::from_str(args).unwrap();
    assert_eq!(args["to"], "jane@example.com");
    assert!(Vault::from_json("{\"nope\":1}").is_err());
}

#[test]
fn offsets_are_valid_in_utf8_and_utf16_and_text_outside_spans_is_identical() {
    let r = Redactor::new(Policy::default()).unwrap();
    let text = "你好 ω@example.gr हिन्दी e\u{301} 👩‍💻 4111 1111 1111 1111 Ελληνικά +44 20 7946 0958 終";
    let out = r.redact(text);
    assert_eq!(out.findings.len(), 3, "{}", out.text);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let mut rebuilt = String::new();
    let mut last = 0;
    for f in &out.findings {
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        let value16 = String::from_utf16(&utf16[f.start_utf16..f.end_utf16]).unwrap();
        assert_eq!(value16, &text[f.start..f.end]);
        rebuilt.push_str(&text[last..f.start]);
        rebuilt.push_str(&f.replacement);
        last = f.end;
    }
    rebuilt.push_str(&text[last..]);
    assert_eq!(rebuilt, out.text);
}

#[test]
fn policy_errors_name_the_field() {
    let err = Policy::from_json(r#"{"custom":[{"entity":"X","pattern":"(a"}]}"#).unwrap_err();
    assert_eq!(err.code(), "policy_invalid");
    assert!(err.message().contains("custom[0].pattern"), "{}", err.message());
    let err = Policy::from_json(r#"{"operators":{"EMAIL":{"type":"hash","key":"short"}}}"#).unwrap_err();
    assert!(err.message().contains("operators.EMAIL"), "{}", err.message());
    let long = format!(r#"{{"custom":[{{"entity":"X","pattern":"{}"}}]}}"#, "a".repeat(2000));
    assert!(Policy::from_json(&long).unwrap_err().message().contains("length"));
}
