//! Validators for textual shapes: e-mail, IP and MAC addresses, JWTs, credential values.

use std::net::{Ipv4Addr, Ipv6Addr};

use super::checksum::entropy;

/// E-mail: no leading, trailing or doubled dot in the local part; domain labels without edge hyphens;
/// a letters-only (or `xn--`) top-level domain. Internationalized domains pass as UTF-8 or punycode.
pub(crate) fn email(candidate: &str) -> bool {
    let Some((local, domain)) = candidate.rsplit_once('@') else { return false };
    let labels_ok = domain.split('.').all(|l| !l.is_empty() && !l.starts_with('-') && !l.ends_with('-'));
    let tld = domain.rsplit('.').next().unwrap_or_default();
    let tld_ok = tld.starts_with("xn--") || (tld.len() >= 2 && tld.chars().all(char::is_alphabetic));
    // A byte-pair scan: `str::contains("..")` builds a substring searcher on every call.
    let double_dot = local.as_bytes().windows(2).any(|w| w == b"..");
    !double_dot && !local.starts_with('.') && !local.ends_with('.') && labels_ok && tld_ok
}

/// IPv4: four octets 0–255 without leading zeros; not part of a longer dotted run or a version string.
pub(crate) fn ipv4(candidate: &str) -> bool {
    // Loopback (127.0.0.0/8) names the local machine of whoever reads it: it identifies no one.
    candidate
        .parse::<Ipv4Addr>()
        .is_ok_and(|ip| !ip.is_unspecified() && !ip.is_broadcast() && !ip.is_loopback())
}

/// IPv6: parses, has at least four hex digits and is not `::`.
pub(crate) fn ipv6(candidate: &str) -> bool {
    let hex = candidate.bytes().filter(u8::is_ascii_hexdigit).count();
    hex >= 4 && candidate.parse::<Ipv6Addr>().is_ok_and(|ip| !ip.is_unspecified())
}

/// MAC: one separator kind throughout, not all zero or broadcast.
pub(crate) fn mac(candidate: &str) -> bool {
    let seps: Vec<u8> = candidate.bytes().filter(|b| !b.is_ascii_hexdigit()).collect();
    let hex: String =
        candidate.chars().filter(char::is_ascii_hexdigit).collect::<String>().to_ascii_lowercase();
    seps.windows(2).all(|w| w[0] == w[1]) && hex != "000000000000" && hex != "ffffffffffff"
}

/// Decodes unpadded base64url (JWT segments); `None` on a bad character.
pub(crate) fn base64url(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in s.bytes() {
        let v = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            b'=' => break,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    Some(out)
}

/// JWT: the header decodes to a JSON object with an `alg` field.
pub(crate) fn jwt(candidate: &str) -> bool {
    let header = candidate.split('.').next().unwrap_or_default();
    base64url(header)
        .and_then(|bytes| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
        .is_some_and(|v| v.get("alg").is_some_and(serde_json::Value::is_string))
}

/// Values that look like placeholders, not secrets (gitleaks' global allowlist and stopwords, abridged).
const STOPWORDS: &[&str] = &[
    "password",
    "changeme",
    "example",
    "xxxxxx",
    "******",
    "secret",
    "redacted",
    "dummy",
    "sample",
    "placeholder",
    "your_",
    "<your",
    "todo",
    "null",
    "undefined",
    "true",
    "false",
    "none",
    "test1234",
    "notreal",
    "foobar",
];

/// Generic credential value: long enough, high enough entropy, not a template or stopword.
pub(crate) fn credential_value(v: &str) -> bool {
    let lower = v.to_ascii_lowercase();
    let templated = v.starts_with("${") || v.starts_with("{{") || v.starts_with('$') || v.starts_with('<');
    let stop = STOPWORDS.iter().any(|w| lower.contains(w));
    let classes = [
        v.bytes().any(|b| b.is_ascii_lowercase()),
        v.bytes().any(|b| b.is_ascii_uppercase()),
        v.bytes().any(|b| b.is_ascii_digit()),
        v.bytes().any(|b| !b.is_ascii_alphanumeric()),
    ];
    let mixed = classes.iter().filter(|&&c| c).count() >= 2;
    v.len() >= 8 && !templated && !stop && !code_reference(v) && mixed && entropy(v) >= 3.0
}

/// A code expression that fetches the secret instead of holding it: `os.environ['KEY']`,
/// `os.getenv("KEY")`, `process.env.KEY`, `config.get(…)` (the value class stops at the quote, so the
/// candidate is a dotted identifier path followed by `[` or `(`), or a known environment accessor.
fn code_reference(v: &str) -> bool {
    const ACCESSORS: &[&str] = &[
        "os.environ",
        "os.getenv",
        "process.env.",
        "import.meta.env.",
        "system.getenv",
        "env::var",
        "getenv(",
    ];
    let lower = v.to_ascii_lowercase();
    if ACCESSORS.iter().any(|a| lower.starts_with(a)) {
        return true;
    }
    let Some(path) = v.strip_suffix('[').or_else(|| v.strip_suffix('(')) else { return false };
    let ident = |seg: &str| {
        let mut b = seg.bytes();
        b.next().is_some_and(|c| c.is_ascii_alphabetic() || c == b'_')
            && b.all(|c| c.is_ascii_alphanumeric() || c == b'_')
    };
    path.contains('.') && path.split('.').all(ident)
}

/// Generic secret token with no known prefix: entropy floor only.
pub(crate) fn high_entropy(v: &str) -> bool {
    entropy(v) >= 3.5
}
