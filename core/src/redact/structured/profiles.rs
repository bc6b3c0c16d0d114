//! Where the text lives in each provider's bodies, as path lists.
//!
//! Include lists name the content subtrees (message contents and their parts, system prompts, tool-call
//! arguments, tool results); exclude lists remove framing and binary fields of the blocks inside them:
//! ids, types, roles, tool names, base64 images/audio/files (`source`, `image_url`), encrypted reasoning,
//! and thinking blocks (Anthropic verifies their signatures when they are sent back, so they must stay
//! byte-identical). Tool inputs and arguments are redacted in full.

use super::body::JsonPaths;
use crate::Error;

/// Path lists of one body format.
#[derive(Clone, Debug, Default)]
pub(crate) struct Profile {
    pub include: Vec<String>,
    pub exclude: Vec<String>,
    pub json_strings: Vec<String>,
}

impl Profile {
    pub(crate) fn paths(&self) -> Result<JsonPaths, Error> {
        JsonPaths::new(&self.include, &self.exclude, &self.json_strings)
    }

    fn merge(mut self, other: Profile) -> Profile {
        for (mine, theirs) in [
            (&mut self.include, other.include),
            (&mut self.exclude, other.exclude),
            (&mut self.json_strings, other.json_strings),
        ] {
            for p in theirs {
                if !mine.contains(&p) {
                    mine.push(p);
                }
            }
        }
        self
    }
}

fn own(paths: &[&str]) -> Vec<String> {
    paths.iter().map(|s| s.to_string()).collect()
}

/// `root[*].key` for every root and key: framing fields of the blocks (parts, items) under `roots`.
/// Excludes are anchored to block level, never `$..key`, so a tool input field called `name` or `id`
/// is still redacted.
fn block_fields(roots: &[&str], keys: &[&str]) -> Vec<String> {
    roots.iter().flat_map(|r| keys.iter().map(move |k| format!("{r}[*].{k}"))).collect()
}

/// Fields of OpenAI content parts that are framing or binary.
const OPENAI_PART: &[&str] = &[
    "type",
    "image_url",
    "input_audio",
    "file",
    "file_data",
    "file_id",
    "detail",
    "annotations",
    "logprobs",
];

pub(crate) fn openai_chat() -> Profile {
    Profile {
        include: own(&[
            "$.messages[*].content",
            "$.messages[*].refusal",
            "$.messages[*].tool_calls[*].function.arguments",
            "$.messages[*].function_call.arguments",
            "$.choices[*].message.content",
            "$.choices[*].message.refusal",
            "$.choices[*].message.tool_calls[*].function.arguments",
            "$.choices[*].message.function_call.arguments",
            "$.choices[*].delta.content",
            "$.choices[*].delta.refusal",
            "$.choices[*].delta.tool_calls[*].function.arguments",
            "$.choices[*].text",
            "$.prompt",
            // Sent to the provider with the content: end-user ids and free-form metadata.
            "$.user",
            "$.metadata",
        ]),
        exclude: block_fields(&["$.messages[*].content", "$.choices[*].message.content"], OPENAI_PART),
        json_strings: own(&[
            "$.messages[*].tool_calls[*].function.arguments",
            "$.messages[*].function_call.arguments",
            "$.choices[*].message.tool_calls[*].function.arguments",
            "$.choices[*].message.function_call.arguments",
        ]),
    }
}

pub(crate) fn openai_responses() -> Profile {
    let items = ["$.input", "$.output", "$.response.output", "$.item", "$.response.input"];
    let mut exclude = block_fields(
        &items,
        &["type", "id", "role", "status", "call_id", "name", "encrypted_content", "server_label", "action"],
    );
    let parts: Vec<String> = items.iter().map(|i| format!("{i}[*].content")).collect();
    let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
    exclude.extend(block_fields(&parts, OPENAI_PART));
    exclude.extend(own(&[
        "$.part.type",
        "$.item.type",
        "$.item.id",
        "$.item.status",
        "$.item.call_id",
        "$.item.name",
    ]));
    Profile {
        include: own(&[
            "$.instructions",
            "$.input",
            "$.output",
            "$.response.instructions",
            "$.response.output",
            "$.item",
            "$.part",
            "$.user",
            "$.metadata",
        ]),
        exclude,
        json_strings: own(&[
            "$.input[*].arguments",
            "$.input[*].output",
            "$.output[*].arguments",
            "$.response.output[*].arguments",
            "$.item.arguments",
        ]),
    }
}

pub(crate) fn anthropic() -> Profile {
    let roots = ["$.system", "$.messages[*].content", "$.content", "$.message.content"];
    let keys = [
        "type",
        "id",
        "name",
        "tool_use_id",
        "signature",
        "thinking",
        "data",
        "source",
        "cache_control",
        "citations",
    ];
    let mut exclude = block_fields(&roots, &keys);
    let nested: Vec<String> = roots.iter().map(|r| format!("{r}[*].content")).collect();
    let nested: Vec<&str> = nested.iter().map(String::as_str).collect();
    exclude.extend(block_fields(&nested, &keys));
    exclude.extend(own(&["$.content_block.type", "$.content_block.id", "$.content_block.name"]));
    Profile {
        include: own(&[
            "$.system",
            "$.messages[*].content",
            "$.content",
            "$.message.content",
            "$.content_block",
            "$.metadata",
        ]),
        exclude,
        json_strings: Vec::new(),
    }
}

pub(crate) fn auto() -> Profile {
    openai_chat().merge(openai_responses()).merge(anthropic())
}

/// Stream events that repeat full texts (Responses `.done` and `output_item` events, completed responses,
/// Anthropic `message_start`): their top-level fields plus the body paths.
pub(crate) fn sse_full() -> Profile {
    let events = Profile {
        include: own(&["$.text", "$.arguments", "$.refusal", "$.part", "$.delta"]),
        exclude: Vec::new(),
        json_strings: Vec::new(),
    };
    openai_responses().merge(anthropic()).merge(events)
}
