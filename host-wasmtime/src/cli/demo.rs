//! `ward demo`: redacts a bundled sample of captured LLM traffic and shows what was found and where.
//!
//! The sample (`demo/llm-traffic.jsonl`) is one JSON record per line: OpenAI Chat Completions and Anthropic
//! Messages requests and responses as a proxy would log them, with e-mail addresses, payment cards and
//! secrets in prompts, tool calls and answers. The whole file goes through one `redact` call; this module
//! only lays out the result (line numbers are presentation, so they are computed here, not in core).

use std::fmt::Write as _;

use ward_host::{Engine, Finding};

use super::{CliError, print};

/// The bundled sample.
pub const SAMPLE: &str = include_str!("../../demo/llm-traffic.jsonl");

pub fn run(engine: &mut Engine) -> Result<(), CliError> {
    let redaction = engine.redact(SAMPLE, None)?;
    let lines = LineIndex::new(SAMPLE);
    let mut out = String::new();
    // `write!` into a String cannot fail; the results are ignored on purpose.
    let _ = writeln!(
        out,
        "ward demo: {} lines of captured LLM traffic (OpenAI Chat Completions, Anthropic Messages),\n\
         redacted by the ward component (engine {}) under wasmtime {}.\n",
        lines.count(),
        engine.version()?,
        ward_host::WASMTIME_VERSION
    );
    let _ = writeln!(out, "{:>4}  {:>4}  {:<11}  {:<16}  placeholder", "line", "col", "bytes", "entity");
    let _ = writeln!(out, "{:->4}  {:->4}  {:-<11}  {:-<16}  {:-<16}", "", "", "", "", "");
    for f in &redaction.findings {
        let (line, col) = lines.locate(f.start);
        let span = format!("{}..{}", f.start, f.end);
        let _ = writeln!(out, "{line:>4}  {col:>4}  {span:<11}  {:<16}  {}", f.entity, f.replacement);
    }
    let _ = writeln!(out, "\n{} findings: {}", redaction.findings.len(), tally(&redaction.findings));
    let _ = writeln!(out, "(line and col are 1-based; bytes are offsets into the sample, end exclusive)\n");
    let _ = writeln!(out, "redacted traffic:");
    for (n, line) in redaction.text.lines().enumerate() {
        let _ = writeln!(out, "{:>4} | {line}", n + 1);
    }
    print(out.as_bytes())
}

/// `3 EMAIL, 2 CREDIT_CARD, …` in order of first appearance.
fn tally(findings: &[Finding]) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for f in findings {
        match counts.iter_mut().find(|(entity, _)| *entity == f.entity) {
            Some((_, n)) => *n += 1,
            None => counts.push((&f.entity, 1)),
        }
    }
    counts.iter().map(|(entity, n)| format!("{n} {entity}")).collect::<Vec<_>>().join(", ")
}

/// Byte offset → (line, column), both 1-based; the column counts bytes.
struct LineIndex {
    starts: Vec<usize>,
    trailing_newline: bool,
}

impl LineIndex {
    fn new(text: &str) -> Self {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        LineIndex { starts, trailing_newline: text.ends_with('\n') }
    }

    fn count(&self) -> usize {
        // A trailing newline does not start another line.
        self.starts.len() - usize::from(self.trailing_newline)
    }

    fn locate(&self, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        (line, offset.saturating_sub(start) + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locate() {
        let idx = LineIndex::new("ab\ncd\n");
        assert_eq!(idx.locate(0), (1, 1));
        assert_eq!(idx.locate(1), (1, 2));
        assert_eq!(idx.locate(3), (2, 1));
        assert_eq!(idx.locate(4), (2, 2));
    }

    #[test]
    fn sample_is_json_lines() {
        for line in SAMPLE.lines() {
            assert!(serde_json::from_str::<serde_json::Value>(line).is_ok(), "{line}");
        }
    }
}
