//! JSONL: one JSON document per line, each redacted as a body; bad lines reported by line number.

use serde::{Deserialize, Serialize};

use super::super::{Redactor, Vault};
use super::body::{JsonFinding, JsonPaths, Nested, redact_json_as};
use crate::Error;

/// What happens to a line that is not valid JSON.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BadLine {
    /// Fail the whole call with `parse_failed` naming the line (fail closed; the default).
    #[default]
    Fail,
    /// Redact the line as plain text and report it.
    Text,
    /// Copy the line unchanged and report it (it may contain unredacted values).
    Pass,
}

/// A line that did not parse.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LineError {
    /// 1-based line number.
    pub line: usize,
    /// Stable error code (`parse_failed`).
    pub code: String,
    /// What was wrong.
    pub message: String,
}

/// A finding on one line.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LineFinding {
    /// 1-based line number.
    pub line: usize,
    /// The finding within that line's document (or text, for a bad line redacted as text).
    #[serde(flatten)]
    pub finding: JsonFinding,
}

/// A redacted JSONL text.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct JsonlRedaction {
    /// The redacted lines, line endings unchanged.
    pub text: String,
    /// Every finding, in order.
    pub findings: Vec<LineFinding>,
    /// Lines that did not parse (empty and whitespace-only lines are not errors).
    pub errors: Vec<LineError>,
}

/// Redacts each line of `text` as a JSON document selected by `paths`, numbering placeholders through
/// one `vault` (so the same value gets the same placeholder on every line).
pub fn redact_jsonl(
    redactor: &Redactor,
    text: &str,
    paths: &JsonPaths,
    bad: BadLine,
    vault: &mut Vault,
) -> Result<JsonlRedaction, Error> {
    redact_lines(redactor, text, bad, vault, &mut |line, vault| {
        let r = redact_json_as(redactor, line, paths, vault, Nested::Structural)?;
        Ok((r.json, r.findings))
    })
}

/// Redacts one line: its new text and findings, or an error (`parse_failed` makes it a bad line).
pub(crate) type LineFn<'a> = dyn FnMut(&str, &mut Vault) -> Result<(String, Vec<JsonFinding>), Error> + 'a;

/// The JSONL loop shared by [`redact_jsonl`] and the capture format: each non-blank line through `f`,
/// line endings kept, a line failing with `parse_failed` handled as `bad` says, any other error returned.
pub(crate) fn redact_lines(
    redactor: &Redactor,
    text: &str,
    bad: BadLine,
    vault: &mut Vault,
    f: &mut LineFn<'_>,
) -> Result<JsonlRedaction, Error> {
    let mut out =
        JsonlRedaction { text: String::with_capacity(text.len()), findings: Vec::new(), errors: Vec::new() };
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let line = i + 1;
        let body = raw.strip_suffix('\n').unwrap_or(raw);
        let body = body.strip_suffix('\r').unwrap_or(body);
        let ending = &raw[body.len()..];
        if body.trim().is_empty() {
            out.text.push_str(raw);
            continue;
        }
        match f(body, vault) {
            Ok((json, findings)) => {
                out.text.push_str(&json);
                out.findings.extend(findings.into_iter().map(|finding| LineFinding { line, finding }));
            }
            Err(e) if e.code() == "parse_failed" => {
                if bad == BadLine::Fail {
                    return Err(Error::parse(format!("line {line}: {}", e.message())));
                }
                out.errors.push(LineError {
                    line,
                    code: e.code().to_string(),
                    message: e.message().to_string(),
                });
                if bad == BadLine::Text {
                    let r = redactor.redact_with(body, vault);
                    out.text.push_str(&r.text);
                    out.findings.extend(r.findings.into_iter().map(|finding| LineFinding {
                        line,
                        finding: JsonFinding { path: "$".to_string(), inner_path: None, finding },
                    }));
                } else {
                    out.text.push_str(body);
                }
            }
            Err(e) => return Err(e),
        }
        out.text.push_str(ending);
    }
    Ok(out)
}
