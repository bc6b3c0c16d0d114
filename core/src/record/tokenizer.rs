//! Exact OpenAI token counts (feature `tiktoken`) for responses that report no usage.
//!
//! The byte heuristic of [`super::estimate`] is good to ~±25 %; when the model is an OpenAI one, this
//! module counts its text with the model's own byte-pair encoding instead: `o200k_base` for the GPT-4o,
//! GPT-4.1, GPT-4.5, GPT-5, o-series and gpt-oss families, `cl100k_base` for GPT-4, GPT-3.5 and the
//! text-embedding-3 / ada-002 models (the same prefix table as OpenAI's `tiktoken`). Other models (Claude,
//! Gemini, …) have no public tokenizer here and keep the heuristic.
//!
//! The encoder is `bpe-openai` (GitHub's `rust-gems`): the tiktoken ranks embedded at build time, the
//! pre-tokenizer run by `regex-automata` (linear time; tiktoken's negative look-ahead is emulated with a
//! one-character look-ahead pattern) and a BPE that is linear in the piece length. `tiktoken-rs` was the
//! other candidate (smaller: ~5 MB of base64 ranks) but its pre-tokenizer is `fancy-regex`, a
//! backtracking engine whose errors it unwraps: a panic and super-linear time on hostile input, which
//! ward's rules forbid. The price is size: the two encoders' tables add ~47.6 MB to a native binary
//! (3.4 MB → 51.1 MB for the `ward_io` example), and the first count of an encoding deserializes its
//! table (~0.2 s for o200k_base); `benches/tiktoken-size.sh` measures both. Hence a feature, off by
//! default and never enabled for the wasm artifacts (npm, Envoy, the component the CLI embeds).
//!
//! What the exact count covers: the text of every part (text, reasoning, refusals, tool names, tool
//! arguments and results as sent), plus OpenAI's documented chat framing (3 tokens per message, 3 for
//! the reply priming). Tool definitions and images are not counted, so the usage stays flagged
//! `estimated`; `Usage::tokenizer` names the encoding so a reader knows the text was counted exactly.

use bpe_openai::Tokenizer;
use serde_json::Value;

use super::model::{Message, Part};

/// A tiktoken encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// GPT-4o, GPT-4.1, GPT-4.5, GPT-5, o1/o3/o4, gpt-oss.
    O200kBase,
    /// GPT-4, GPT-3.5, text-embedding-3-*, text-embedding-ada-002.
    Cl100kBase,
}

impl Encoding {
    /// The encoding's tiktoken name (`o200k_base`, `cl100k_base`).
    pub fn name(self) -> &'static str {
        match self {
            Encoding::O200kBase => "o200k_base",
            Encoding::Cl100kBase => "cl100k_base",
        }
    }

    fn tokenizer(self) -> &'static Tokenizer {
        match self {
            Encoding::O200kBase => bpe_openai::o200k_base(),
            Encoding::Cl100kBase => bpe_openai::cl100k_base(),
        }
    }

    /// Exact number of tokens of `text` in this encoding (no special tokens).
    pub fn count(self, text: &str) -> u64 {
        self.tokenizer().count(text) as u64
    }
}

/// Model-name prefixes and their encodings, most specific first (`gpt-4o` before `gpt-4`).
const PREFIXES: &[(&str, Encoding)] = &[
    ("gpt-4o", Encoding::O200kBase),
    ("chatgpt-4o", Encoding::O200kBase),
    ("gpt-4.1", Encoding::O200kBase),
    ("gpt-4.5", Encoding::O200kBase),
    ("gpt-5", Encoding::O200kBase),
    ("gpt-oss", Encoding::O200kBase),
    ("o1", Encoding::O200kBase),
    ("o3", Encoding::O200kBase),
    ("o4", Encoding::O200kBase),
    ("codex-mini", Encoding::O200kBase),
    ("gpt-4", Encoding::Cl100kBase),
    ("gpt-3.5", Encoding::Cl100kBase),
    ("gpt-35", Encoding::Cl100kBase),
    ("text-embedding-3", Encoding::Cl100kBase),
    ("text-embedding-ada-002", Encoding::Cl100kBase),
];

/// The encoding of an OpenAI model name (provider prefixes such as `openai/` or `azure/` and fine-tune
/// names `ft:gpt-4o-…` allowed); `None` for models without a known public tokenizer.
pub fn encoding_for_model(model: &str) -> Option<Encoding> {
    let name = model.rsplit('/').next().unwrap_or(model);
    let name = name.strip_prefix("ft:").unwrap_or(name).to_ascii_lowercase();
    PREFIXES.iter().find(|(p, _)| is_family(&name, p)).map(|(_, e)| *e)
}

/// `name` is `prefix` itself or `prefix` followed by a separator (`o1-mini`, `gpt-4o-2024-08-06`), so
/// that `o1` does not claim an unrelated `o10x` model.
fn is_family(name: &str, prefix: &str) -> bool {
    match name.strip_prefix(prefix) {
        Some("") => true,
        Some(rest) => rest.starts_with(['-', '.', ':', '_']) || prefix.ends_with(['-', '.']),
        None => false,
    }
}

fn part_tokens(e: Encoding, p: &Part) -> u64 {
    match p {
        Part::Text { content } | Part::Reasoning { content, .. } | Part::Refusal { content } => {
            e.count(content)
        }
        Part::ToolCall { name, arguments, .. } => {
            let args = match arguments {
                Value::String(s) => e.count(s),
                other => e.count(&other.to_string()),
            };
            e.count(name) + args
        }
        Part::ToolCallResponse { response, .. } => match response {
            Value::String(s) => e.count(s),
            other => e.count(&other.to_string()),
        },
    }
}

/// Exact tokens of a prompt: every part, plus 3 per message and 3 for the reply priming.
pub fn count_messages(e: Encoding, messages: &[Message]) -> u64 {
    if messages.is_empty() {
        return 0;
    }
    let content: u64 = messages.iter().flat_map(|m| &m.parts).map(|p| part_tokens(e, p)).sum();
    content + 3 * messages.len() as u64 + 3
}

/// Exact tokens of generated output: every part, no framing.
pub fn count_output(e: Encoding, messages: &[Message]) -> u64 {
    messages.iter().flat_map(|m| &m.parts).map(|p| part_tokens(e, p)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Token counts from OpenAI's own `tiktoken` 0.14.0 (PyPI) with the official rank files (their
    // SHA-256 checked by tiktoken), printed by `tests/tokenizer/counts.py`.
    const KNOWN: &[(&str, u64, u64)] = &[
        // (text, o200k_base, cl100k_base)
        ("hello world", 2, 2),
        ("", 0, 0),
        ("The quick brown fox jumps over the lazy dog.", 10, 10),
        ("tiktoken is great!", 6, 6),
        ("  leading and   inner   spaces\n\n\nand newlines  ", 12, 12),
        ("naïve café déjà vu — 東京タワー 🚀", 13, 17),
        ("fn main() { println!(\"{}\", 1 + 2); }", 13, 13),
        ("1234567890 3.14159 2026-11-27", 16, 16),
        ("<|endoftext|> is plain text here", 11, 11),
        ("I'm sure they'll say WE'VE DONE IT'S fine\t\ttabs\r\nCRLF", 17, 19),
        ("{\"city\":\"Paris\",\"units\":\"metric\"}", 9, 9),
    ];

    /// Runs of one character (same script): (char, o200k_base, cl100k_base) for 2,000 repeats.
    const RUNS: &[(&str, u64, u64)] = &[("a", 250, 250), (" ", 17, 16), ("1", 667, 667)];

    #[test]
    fn counts_match_tiktoken() {
        for (text, o200k, cl100k) in KNOWN {
            assert_eq!(Encoding::O200kBase.count(text), *o200k, "o200k_base: {text:?}");
            assert_eq!(Encoding::Cl100kBase.count(text), *cl100k, "cl100k_base: {text:?}");
        }
        for (c, o200k, cl100k) in RUNS {
            let text = c.repeat(2000);
            assert_eq!(Encoding::O200kBase.count(&text), *o200k, "o200k_base: {c:?} x 2000");
            assert_eq!(Encoding::Cl100kBase.count(&text), *cl100k, "cl100k_base: {c:?} x 2000");
        }
    }

    #[test]
    fn models_pick_their_encoding() {
        let o = Some(Encoding::O200kBase);
        let c = Some(Encoding::Cl100kBase);
        for (model, want) in [
            ("gpt-4o", o),
            ("gpt-4o-mini-2024-07-18", o),
            ("openai/gpt-4.1-nano", o),
            ("azure/gpt-5", o),
            ("o1", o),
            ("o3-mini", o),
            ("o4-mini-2025-04-16", o),
            ("ft:gpt-4o-2024-08-06:acme::abc", o),
            ("gpt-oss-120b", o),
            ("gpt-4", c),
            ("gpt-4-turbo-2024-04-09", c),
            ("gpt-3.5-turbo", c),
            ("text-embedding-3-small", c),
            ("claude-sonnet-4-5", None),
            ("o10x", None),
            ("gpt-40", None),
        ] {
            assert_eq!(encoding_for_model(model), want, "{model}");
        }
    }

    #[test]
    fn long_runs_stay_fast() {
        // Hostile shapes for a backtracking pre-tokenizer or a quadratic BPE: long runs of one class.
        for text in ["a".repeat(200_000), " ".repeat(200_000), "1".repeat(200_000), "\n ".repeat(100_000)] {
            let started = std::time::Instant::now();
            let n = Encoding::O200kBase.count(&text);
            assert!(n > 0 && n <= text.len() as u64);
            assert!(started.elapsed().as_secs() < 20, "{} bytes took {:?}", text.len(), started.elapsed());
        }
    }

    #[test]
    fn chat_framing() {
        let msg = |role: &str, t: &str| Message {
            role: role.into(),
            parts: vec![Part::Text { content: t.into() }],
            finish_reason: None,
        };
        let e = Encoding::O200kBase;
        // 2 + 2 content tokens, 3 per message, 3 priming.
        assert_eq!(count_messages(e, &[msg("system", "hello world"), msg("user", "hello world")]), 13);
        assert_eq!(count_messages(e, &[]), 0);
        assert_eq!(count_output(e, &[msg("assistant", "hello world")]), 2);
    }
}
