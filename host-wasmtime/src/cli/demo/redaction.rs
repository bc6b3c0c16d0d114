//! Part 1 of `ward demo`: the whole capture through `redact-capture` with one vault, then a restore.
//!
//! The capture's content fields (request and response bodies by provider, raw SSE streams event by event,
//! tool arguments and results, retrieval queries, free-form attributes) are redacted in place; framing
//! (URLs, ids, timestamps, model names, the rollup attributes) is left alone so that cost, traces and
//! OpenTelemetry read the redacted capture exactly as the original. Findings name a line and a JSON path;
//! the excerpts and the leak check resolve those paths here.

use std::fmt::Write as _;

use serde::Deserialize;
use serde_json::Value;
use ward_host::{Engine, Vault};

use super::{clip, decode, plural};
use crate::cli::CliError;

/// One finding of `redact-capture`: where (line, path of the string value, path inside a JSON string or
/// an SSE stream) and what (byte offsets within that decoded value, or within the stream's text).
#[derive(Debug, Deserialize)]
pub(super) struct LineFinding {
    pub line: usize,
    pub path: String,
    #[serde(default)]
    pub inner_path: Option<String>,
    pub entity: String,
    pub start: usize,
    pub end: usize,
}

/// A per-line error as the component reports it.
#[derive(Debug, Deserialize)]
pub(super) struct LineError {
    pub line: usize,
    pub code: String,
    pub message: String,
}

/// The redacted capture.
#[derive(Debug, Deserialize)]
pub(super) struct Redacted {
    pub text: String,
    pub findings: Vec<LineFinding>,
    pub errors: Vec<LineError>,
}

/// Redacts `capture` line by line through `vault`; a line that is not JSON is redacted as plain text and
/// reported (the default, `fail`, would reject the whole capture).
pub(super) fn redact(engine: &mut Engine, capture: &str, vault: &Vault) -> Result<Redacted, CliError> {
    let out = engine.redact_capture(capture, Some("text"), None, vault)?;
    decode(&out)
}

/// Renders part 1: counts per entity, the excerpts, the per-line errors, a restored answer and which
/// entities the vault keeps only as a digest.
pub(super) fn section(
    engine: &mut Engine,
    out: &mut String,
    capture: &str,
    red: &Redacted,
    vault: &Vault,
) -> Result<(), CliError> {
    let lines = red.findings.iter().map(|f| f.line).collect::<std::collections::BTreeSet<_>>().len();
    let _ = writeln!(
        out,
        "{} replaced on {} of {}: {}",
        plural(red.findings.len(), "value"),
        lines,
        plural(count_lines(capture), "line"),
        tally(&red.findings)
    );
    for e in &red.errors {
        let _ =
            writeln!(out, "line {}: {}: {} (redacted as plain text)", e.line, e.code, clip(&e.message, 60));
    }
    let secrets = digest_only(engine, vault)?;
    let (originals, redacted) = (json_lines(capture), json_lines(&red.text));
    for (line, path) in excerpts(&red.findings, &secrets) {
        let (Some(before), Some(after)) =
            (value_at(&originals, line, &path), value_at(&redacted, line, &path))
        else {
            continue;
        };
        let _ = writeln!(out, "\nline {line}, {path}");
        let _ = writeln!(out, "  before  {}", clip(&before, 200));
        let _ = writeln!(out, "  after   {}", clip(&after, 200));
    }
    restore_answer(engine, out, &red.findings, &redacted, vault)?;
    if !secrets.is_empty() {
        let _ = writeln!(
            out,
            "\nsecrets ({}) are kept in the vault only as a SHA-256 digest: they never come back",
            secrets.join(", ")
        );
    }
    Ok(())
}

/// Shows the last model answer with placeholders, as the provider would have written it had it seen only
/// the redacted conversation, and the same answer after `restore-body`.
fn restore_answer(
    engine: &mut Engine,
    out: &mut String,
    findings: &[LineFinding],
    redacted: &[Option<Value>],
    vault: &Vault,
) -> Result<(), CliError> {
    let Some(f) = findings.iter().rev().find(|f| f.path.starts_with("$.response.") && f.inner_path.is_none())
    else {
        return Ok(());
    };
    let line = f.line.checked_sub(1).and_then(|i| redacted.get(i)).and_then(Option::as_ref);
    let Some(body) = line.and_then(|l| l.get("response")) else {
        return Ok(());
    };
    let restored = engine.restore_body(vault, &body.to_string())?;
    let restored: Value = decode(&restored)?;
    let inner = f.path.replacen("$.response", "$", 1);
    let (Some(model), Some(user)) = (resolve(body, &inner), resolve(&restored, &inner)) else {
        return Ok(());
    };
    let _ = writeln!(out, "\nrestore (line {}, {}): the model answers with placeholders,", f.line, f.path);
    let _ = writeln!(out, "`restore-body` puts the originals back for the user");
    let _ = writeln!(out, "  model   {}", clip(model, 200));
    let _ = writeln!(out, "  user    {}", clip(user, 200));
    Ok(())
}

/// Entities the vault stores only as a digest (secrets), from its serialized form.
fn digest_only(engine: &mut Engine, vault: &Vault) -> Result<Vec<String>, CliError> {
    #[derive(Deserialize)]
    struct Entry {
        entity: String,
        #[serde(default)]
        digest: Option<String>,
    }
    #[derive(Deserialize)]
    struct Serialized {
        entries: Vec<Entry>,
    }
    let v: Serialized = decode(&engine.vault_to_json(vault)?)?;
    let mut secrets: Vec<String> =
        v.entries.into_iter().filter(|e| e.digest.is_some()).map(|e| e.entity).collect();
    secrets.sort();
    secrets.dedup();
    Ok(secrets)
}

/// `22 EMAIL, 9 CREDIT_CARD, …`: most frequent first, ties by name.
fn tally(findings: &[LineFinding]) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for f in findings {
        match counts.iter_mut().find(|(entity, _)| *entity == f.entity) {
            Some((_, n)) => *n += 1,
            None => counts.push((&f.entity, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    counts.iter().map(|(entity, n)| format!("{n} {entity}")).collect::<Vec<_>>().join(", ")
}

/// A request string and the kinds of values found in it.
struct Candidate<'a> {
    line: usize,
    path: &'a str,
    kinds: Vec<&'a str>,
}

/// The first candidate with the highest positive `score`.
fn best<'c, 'a>(
    all: &'c [Candidate<'a>],
    score: impl Fn(&Candidate<'a>) -> usize,
) -> Option<&'c Candidate<'a>> {
    let mut best: Option<(&Candidate<'a>, usize)> = None;
    for c in all {
        let s = score(c);
        if s > 0 && best.is_none_or(|(_, top)| s > top) {
            best = Some((c, s));
        }
    }
    best.map(|(c, _)| c)
}

/// Two request strings worth showing: the one with the most kinds of values, then the one with the most
/// kinds of secrets (or else the first with a kind not shown yet).
fn excerpts(findings: &[LineFinding], secrets: &[String]) -> Vec<(usize, String)> {
    let mut all: Vec<Candidate> = Vec::new();
    for f in findings.iter().filter(|f| f.path.starts_with("$.request.") && f.inner_path.is_none()) {
        match all.iter_mut().find(|c| c.line == f.line && c.path == f.path) {
            Some(c) if !c.kinds.contains(&f.entity.as_str()) => c.kinds.push(&f.entity),
            Some(_) => {}
            None => all.push(Candidate { line: f.line, path: &f.path, kinds: vec![&f.entity] }),
        }
    }
    let Some(first) = best(&all, |c| c.kinds.len()) else {
        return Vec::new();
    };
    let other = |c: &Candidate| (c.line, c.path) != (first.line, first.path);
    let secret_kinds = |c: &Candidate| {
        if other(c) { c.kinds.iter().filter(|k| secrets.iter().any(|s| s == *k)).count() } else { 0 }
    };
    let new_kinds = |c: &Candidate| c.kinds.iter().filter(|k| !first.kinds.contains(k)).count();
    let second = best(&all, secret_kinds).or_else(|| best(&all, new_kinds));
    std::iter::once(first).chain(second).map(|c| (c.line, c.path.to_string())).collect()
}

/// The values that were replaced (for the leak check): each finding's value taken from the original
/// capture, plus every value the vault holds. A finding inside `response_sse` has offsets in its content
/// stream's text, which only the stream redactor assembles; the vault has those values (secrets, kept
/// only as a digest, are covered where they also occur outside a stream).
pub(super) fn originals(
    engine: &mut Engine,
    capture: &str,
    findings: &[LineFinding],
    vault: &Vault,
) -> Result<Vec<String>, CliError> {
    #[derive(Deserialize)]
    struct Entry {
        #[serde(default)]
        value: Option<String>,
    }
    #[derive(Deserialize)]
    struct Serialized {
        entries: Vec<Entry>,
    }
    let lines = json_lines(capture);
    let raw: Vec<&str> = capture.lines().collect();
    let mut found: Vec<String> = findings
        .iter()
        .filter(|f| f.path != "$.response_sse")
        .filter_map(|f| {
            let index = f.line.checked_sub(1)?;
            let text = match lines.get(index) {
                Some(Some(_)) => value_at(&lines, f.line, &f.path)?,
                // A line that is not JSON was redacted as text: offsets are into the line itself.
                _ => raw.get(index)?.to_string(),
            };
            let text = match &f.inner_path {
                Some(inner) => {
                    let doc: Value = serde_json::from_str(&text).ok()?;
                    resolve(&doc, inner)?.to_string()
                }
                None => text,
            };
            text.get(f.start..f.end).map(str::to_string)
        })
        .collect();
    let v: Serialized = decode(&engine.vault_to_json(vault)?)?;
    found.extend(v.entries.into_iter().filter_map(|e| e.value));
    found.sort();
    found.dedup();
    Ok(found)
}

fn count_lines(text: &str) -> usize {
    text.lines().filter(|l| !l.trim().is_empty()).count()
}

/// Every line parsed as JSON (`None` for a line that is not).
fn json_lines(text: &str) -> Vec<Option<Value>> {
    text.lines().map(|l| serde_json::from_str(l).ok()).collect()
}

/// The string at `path` on 1-based `line`.
fn value_at(lines: &[Option<Value>], line: usize, path: &str) -> Option<String> {
    let doc = lines.get(line.checked_sub(1)?)?.as_ref()?;
    resolve(doc, path).map(str::to_string)
}

/// Resolves a path as core writes them (`$.a.b[2]['odd key']`) to a string value.
fn resolve<'a>(doc: &'a Value, path: &str) -> Option<&'a str> {
    let mut node = doc;
    let mut rest = path.strip_prefix('$')?;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("['") {
            // A quoted key: `\\` and `\'` are escapes, `']` ends it.
            let mut key = String::new();
            let mut chars = r.char_indices();
            let end = loop {
                match chars.next()? {
                    (_, '\\') => key.push(chars.next()?.1),
                    (i, '\'') => break i,
                    (_, c) => key.push(c),
                }
            };
            node = node.get(key.as_str())?;
            rest = r.get(end + 1..)?.strip_prefix(']')?;
        } else if let Some(r) = rest.strip_prefix('[') {
            let close = r.find(']')?;
            node = node.get(r.get(..close)?.parse::<usize>().ok()?)?;
            rest = r.get(close + 1..)?;
        } else {
            let r = rest.strip_prefix('.')?;
            let end = r.find(['.', '[']).unwrap_or(r.len());
            node = node.get(r.get(..end)?)?;
            rest = r.get(end..)?;
        }
    }
    node.as_str()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_core_paths() {
        let doc: Value = serde_json::from_str(
            r#"{"request": {"messages": [{"content": "a"}, {"content": "b"}]}, "x": {"odd key's": "c"}}"#,
        )
        .unwrap_or_default();
        assert_eq!(resolve(&doc, "$.request.messages[1].content"), Some("b"));
        assert_eq!(resolve(&doc, r"$.x['odd key\'s']"), Some("c"));
        assert_eq!(resolve(&doc, "$.request.messages[7].content"), None);
        assert_eq!(resolve(&doc, "$.request"), None, "not a string");
        assert_eq!(resolve(&doc, "$.x['unterminated"), None);
    }

    #[test]
    fn tally_orders_by_count() {
        let f = |entity: &str| LineFinding {
            line: 1,
            path: "$".into(),
            inner_path: None,
            entity: entity.into(),
            start: 0,
            end: 0,
        };
        assert_eq!(tally(&[f("PHONE"), f("EMAIL"), f("EMAIL"), f("IBAN")]), "2 EMAIL, 1 IBAN, 1 PHONE");
    }
}
