//! Token estimates for responses that report no usage (e.g. OpenAI streams without
//! `stream_options.include_usage`).
//!
//! A byte heuristic, not a tokenizer: about four bytes of English text per token for the GPT and Claude
//! vocabularies, plus the OpenAI chat framing (3 tokens per message, 3 for reply priming). The result is
//! flagged `estimated` so nobody mistakes it for billed usage; an exact tokenizer would add ~4.7 MB to
//! every wasm artifact (see the design notes), so it is not in the default build.

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

/// An estimated usage for a call, from what was sent and what came back.
pub fn estimate_usage(input: &[Message], output: &[Message]) -> Usage {
    let out_bytes: usize = output.iter().flat_map(|m| &m.parts).map(part_bytes).sum();
    Usage {
        input_tokens: estimate_messages(input),
        output_tokens: (out_bytes as u64).div_ceil(4),
        estimated: true,
        ..Usage::default()
    }
}
