//! A policy document must be a JSON object: serde alone would also accept an array (fields by position).

use ward_core::redact::Policy;

#[test]
fn policy_must_be_an_object() {
    for text in ["[]", "[null, []]", "\"EMAIL\"", "3", "null"] {
        let err = Policy::from_json(text).expect_err(text);
        assert_eq!(err.code(), "policy_invalid", "{text}");
    }
    assert!(Policy::from_json("{}").is_ok());
}
