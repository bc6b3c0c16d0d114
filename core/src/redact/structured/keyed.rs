//! A JSON key is the context of its value: `{"name": "Jane Doe"}` or `{"password": "hunter2!x"}` carry
//! the cue in the key, not in the string, so a string redacted alone would lose it.
//!
//! Each selected string value is scanned as `"{label}: {value}"`, where the label is the key split into
//! words (`first_name`, `firstName` → `first name`), exactly as a form field or a YAML line would read.
//! Only findings that start inside the value are replaced (the streaming window's rule), and their offsets
//! are shifted back into the value, so the key itself is never reported or changed. Keys longer than
//! [`MAX_LABEL`] bytes or without a letter are not used (array elements have no key either).

use super::super::{Finding, Redaction, Redactor, Vault};

/// Longest key used as a label (a longer key is data, not a field name).
pub const MAX_LABEL: usize = 48;

/// `first_name` → `first name`, `dateOfBirth` → `date of birth`, `e-mail` → `e mail`; `None` when the
/// key cannot be a field name.
pub fn label(key: &str) -> Option<String> {
    if key.len() > MAX_LABEL || !key.chars().any(char::is_alphabetic) {
        return None;
    }
    let mut out = String::with_capacity(key.len() + 4);
    let mut prev_lower = false;
    for c in key.chars() {
        if c == '_' || c == '-' || c == '.' || c.is_whitespace() {
            if !out.ends_with(' ') && !out.is_empty() {
                out.push(' ');
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !out.ends_with(' ') {
            out.push(' ');
        }
        prev_lower = c.is_lowercase() || c.is_ascii_digit();
        out.extend(c.to_lowercase());
    }
    let trimmed = out.trim_end();
    (!trimmed.is_empty()).then(|| trimmed.to_string())
}

/// Redacts `value` with `key` (when it makes a label) as the context before it.
pub fn redact_keyed(redactor: &Redactor, key: Option<&str>, value: &str, vault: &mut Vault) -> Redaction {
    let Some(label) = key.and_then(label) else {
        return redactor.redact_with(value, vault);
    };
    let prefix = format!("{label}: ");
    let text = format!("{prefix}{value}");
    let window = redactor.redact_window(&text, prefix.len(), text.len(), vault);
    let shift_utf16 = prefix.encode_utf16().count();
    let findings = window
        .findings
        .into_iter()
        .map(|f| Finding {
            start: f.start - prefix.len(),
            end: f.end - prefix.len(),
            start_utf16: f.start_utf16 - shift_utf16,
            end_utf16: f.end_utf16 - shift_utf16,
            ..f
        })
        .collect();
    Redaction { text: window.text, findings }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::redact::Policy;

    #[test]
    fn labels_read_like_field_names() {
        assert_eq!(label("first_name").as_deref(), Some("first name"));
        assert_eq!(label("dateOfBirth").as_deref(), Some("date of birth"));
        assert_eq!(label("DOB").as_deref(), Some("dob"));
        assert_eq!(label("e-mail").as_deref(), Some("e mail"));
        assert_eq!(label("api_key").as_deref(), Some("api key"));
        assert_eq!(label("123"), None);
        assert_eq!(label(""), None);
        assert_eq!(label(&"k".repeat(MAX_LABEL + 1)), None);
    }

    #[test]
    fn the_key_is_context_and_offsets_stay_in_the_value() -> Result<(), crate::Error> {
        let r = Redactor::new(Policy::default())?;
        let mut vault = Vault::new();
        let value = "Jane Doe";
        let got = redact_keyed(&r, Some("customer_name"), value, &mut vault);
        assert_eq!(got.text, "[PERSON_1]", "{got:?}");
        assert_eq!((got.findings[0].start, got.findings[0].end), (0, value.len()));
        assert_eq!((got.findings[0].start_utf16, got.findings[0].end_utf16), (0, 8));
        // Without the key the same value carries no cue.
        assert!(redact_keyed(&r, None, value, &mut Vault::new()).findings.is_empty());
        Ok(())
    }

    #[test]
    fn a_secret_under_a_password_key_is_redacted_and_the_key_is_never_reported() -> Result<(), crate::Error> {
        let r = Redactor::new(Policy::default())?;
        let got = redact_keyed(&r, Some("password"), "Zq7!mK2#vR9p", &mut Vault::new());
        assert_ne!(got.text, "Zq7!mK2#vR9p", "{got:?}");
        assert!(got.findings.iter().all(|f| f.start < f.end && f.end <= "Zq7!mK2#vR9p".len()));
        // A key that is itself sensitive-looking text is never scanned into a finding.
        let key = "alice@example.com";
        let got = redact_keyed(&r, Some(key), "ok", &mut Vault::new());
        assert_eq!(got.text, "ok");
        assert!(got.findings.is_empty());
        Ok(())
    }
}
