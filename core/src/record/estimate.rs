//! Token estimates for responses that report no usage (e.g. OpenAI streams without
//! `stream_options.include_usage`).
//!
//! A byte heuristic, not a tokenizer: about four bytes of English text per token for the GPT and Claude
//! vocabularies, plus the OpenAI chat framing (3 tokens per message, 3 for reply priming). The result is
//! flagged `estimated` so nobody mistakes it for billed usage. With the cargo feature `tiktoken`, OpenAI
//! models are counted with their exact encoding instead ([`super::tokenizer`]; still `estimated`, with
//! `tokenizer` naming the encoding); the feature adds ~47.6 MB of tables to a binary, so it is off by
//! default and in every wasm build.

use super::model::{Message, Part, Usage};

fn part_bytes(p: &Part) -> usize {
    match p {
        Part::Text { content } | Part::Reasoning { content } | Part::Refusal { content } => content.len(),
        Part::ToolCall { name, arguments, .. } => name.len() + arguments.to_string().len(),
        Part::ToolCallResponse { response, .. } => match response {
            serde_json::Value::String(s) => s.len(),
            other => other.to_string().len(),
        },
    }
}

/// Estimated tokens of a message list (text bytes / 4, rounded up, plus chat framing).
pub fn estimate_messages(messages: &[Message]) -> u64 {
    let bytes: usize = messages.iter().flat_map(|m| &m.parts).map(part_bytes).sum();
    if messages.is_empty() {
        return 0;
    }
    (bytes as u64).div_ceil(4) + 3 * messages.len() as u64 + 3
}

/// The usage of a call that reported none, for `model` (request or response model): counted with the
/// model's exact encoding when the `tiktoken` feature is on and the model is a known OpenAI one, else
/// [`estimate_usage`].
pub fn usage_without_report(model: Option<&str>, input: &[Message], output: &[Message]) -> Usage {
    #[cfg(feature = "tiktoken")]
    if let Some(e) = model.and_then(super::tokenizer::encoding_for_model) {
        use super::tokenizer::{count_messages, count_output};
        return Usage {
            input_tokens: count_messages(e, input),
            output_tokens: count_output(e, output),
            estimated: true,
            tokenizer: Some(e.name().to_string()),
            ..Usage::default()
        };
    }
    #[cfg(not(feature = "tiktoken"))]
    let _ = model;
    estimate_usage(input, output)
}

/// An estimated usage for a call, from what was sent and what came back (byte heuristic).
pub fn estimate_usage(input: &[Message], output: &[Message]) -> Usage {
    let out_bytes: usize = output.iter().flat_map(|m| &m.parts).map(part_bytes).sum();
    Usage {
        input_tokens: estimate_messages(input),
        output_tokens: (out_bytes as u64).div_ceil(4),
        estimated: true,
        ..Usage::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn msgs(role: &str, text: &str) -> Vec<Message> {
        vec![Message {
            role: role.into(),
            parts: vec![Part::Text { content: text.into() }],
            finish_reason: None,
        }]
    }

    #[test]
    fn heuristic_without_feature_or_model() {
        let u = usage_without_report(
            Some("claude-sonnet-4-5"),
            &msgs("user", "abcdefgh"),
            &msgs("assistant", "abcd"),
        );
        assert_eq!((u.input_tokens, u.output_tokens, u.estimated, u.tokenizer), (8, 1, true, None));
    }

    #[cfg(feature = "tiktoken")]
    #[test]
    fn exact_tokenizer_for_openai_models() {
        let u = usage_without_report(
            Some("gpt-4o"),
            &msgs("user", "hello world"),
            &msgs("assistant", "hello world"),
        );
        // 2 tokens + 3 framing + 3 priming in; 2 out; flagged estimated, counted by o200k_base.
        assert_eq!((u.input_tokens, u.output_tokens, u.estimated), (8, 2, true));
        assert_eq!(u.tokenizer.as_deref(), Some("o200k_base"));
        let u = usage_without_report(Some("gpt-3.5-turbo"), &msgs("user", "hello world"), &[]);
        assert_eq!(u.tokenizer.as_deref(), Some("cl100k_base"));
    }

    #[cfg(not(feature = "tiktoken"))]
    #[test]
    fn openai_models_use_the_heuristic_without_the_feature() {
        let u = usage_without_report(Some("gpt-4o"), &msgs("user", "hello world"), &[]);
        assert_eq!((u.input_tokens, u.tokenizer), (3 + 3 + 3, None));
    }
}
